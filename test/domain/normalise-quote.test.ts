import assert from 'node:assert/strict';
import { normaliseQuote } from '../../domain/summary/normalise-quote';

/** The letters of a text, in lower case: what a quote's words are made of. */
const letters = (text: string) => (text.toLowerCase().match(/\p{L}/gu) ?? []).join('');

describe('normaliseQuote', () => {
  describe('case', () => {
    it('writes a shouted text in sentence case, Danish and English', () => {
      assert.equal(normaliseQuote('VI HAR ALT FOR MANGE MØDER'), 'Vi har alt for mange møder');
      assert.equal(normaliseQuote('WE NEVER GET TIME FOR THE CHILDREN'), 'We never get time for the children');
      assert.equal(normaliseQuote("I'M TIRED AND I NEED HELP"), "I'm tired and I need help");
    });

    it('starts every sentence of an all lower-case text with a capital, and writes English "i" as "I"', () => {
      assert.equal(normaliseQuote('for mange møder. vi når ikke børnene'), 'For mange møder. Vi når ikke børnene');
      assert.equal(normaliseQuote("i think we need more time, i'm sure"), "I think we need more time, I'm sure");
    });

    it('keeps acronyms in capitals, also inside a shouted text where they cannot be the word', () => {
      assert.equal(normaliseQuote('Tag det op i MED og med KL, IT og PPR'), 'Tag det op i MED og med KL, IT og PPR');
      assert.equal(normaliseQuote('MED-UDVALGET SKAL HØRE OM DET'), 'MED-udvalget skal høre om det');
      assert.equal(normaliseQuote('IT VIRKER IKKE I SFO'), 'IT virker ikke i SFO');
      assert.equal(normaliseQuote('spørg tr eller sfo'), 'Spørg TR eller SFO');
    });

    it('writes a shouted word inside a sentence in lower case', () => {
      assert.equal(normaliseQuote('Det er VIRKELIG for meget'), 'Det er virkelig for meget');
      assert.equal(normaliseQuote('This is NEVER going to work'), 'This is never going to work');
    });

    it('does not take an abbreviation or a date for a sentence end', () => {
      assert.equal(normaliseQuote('bl.a. pga. vikarer fra kl. 8'), 'Bl.a. pga. vikarer fra kl. 8');
      assert.equal(normaliseQuote('Det skete den 12. januar'), 'Det skete den 12. januar');
    });
  });

  describe('emoji and emoticons', () => {
    it('removes emoji, with skin tones and joined ones', () => {
      assert.equal(normaliseQuote('Vi mangler tid 👍🏽😡 og hænder 👩‍👩‍👧'), 'Vi mangler tid og hænder');
      assert.equal(normaliseQuote('Great team 🎉❤️'), 'Great team');
    });

    it('removes emoticons that stand alone, and keeps what only looks like one', () => {
      assert.equal(normaliseQuote('Godt samarbejde :) men for lidt tid :-('), 'Godt samarbejde men for lidt tid');
      assert.equal(normaliseQuote('Love this team <3'), 'Love this team');
      assert.equal(normaliseQuote('Fun but tiring xD ;)'), 'Fun but tiring');
      assert.equal(normaliseQuote('Vi har <3 timer til forberedelse'), 'Vi har <3 timer til forberedelse');
      assert.equal(normaliseQuote('Mødet kl. 8:30 (punkt 3)'), 'Mødet kl. 8:30 (punkt 3)');
    });

    it('gives nothing for a text of emoji alone', () => {
      assert.equal(normaliseQuote('👍 :)'), '');
    });
  });

  describe('punctuation and spacing', () => {
    it('collapses repeated marks, and writes three dots as an ellipsis', () => {
      assert.equal(normaliseQuote('Hvorfor?!?! Ingen svarer!!!'), 'Hvorfor? Ingen svarer!');
      assert.equal(normaliseQuote('Why??? Nobody knows...'), 'Why? Nobody knows…');
      assert.equal(normaliseQuote('tja.... måske,, eller'), 'Tja… måske, eller');
    });

    it('makes spacing plain: single spaces, none before a comma, one after', () => {
      assert.equal(normaliseQuote('  for   mange møder ,altså  '), 'For mange møder, altså');
      assert.equal(normaliseQuote('too many meetings ,really !'), 'Too many meetings, really!');
    });

    it('removes bullets and leading or trailing dashes, and joins lines as sentences', () => {
      assert.equal(normaliseQuote('- mere tid til børnene\n- færre møder'), 'Mere tid til børnene. Færre møder');
      assert.equal(normaliseQuote('* more time\n* fewer meetings -'), 'More time. Fewer meetings');
      assert.equal(normaliseQuote('Det er svært -- for alle'), 'Det er svært – for alle');
    });

    it("keeps links and the mask's marks as they are", () => {
      assert.equal(normaliseQuote('se https://aula.dk/a...b og skriv til [e-mail]'), 'Se https://aula.dk/a...b og skriv til [e-mail]');
      assert.equal(normaliseQuote('[…] og så spurgte [NN]'), '[…] og så spurgte [NN]');
    });
  });

  describe('stretched letters', () => {
    it('takes a stretched word back to the word it stretches', () => {
      assert.equal(normaliseQuote('suuuper godt, neeeej hvor er det fedt'), 'Super godt, nej hvor er det fedt');
      assert.equal(normaliseQuote('alllle er trætte'), 'Alle er trætte');
      assert.equal(normaliseQuote('sooooo tired'), 'So tired');
    });

    it('leaves letters doubled by spelling alone', () => {
      assert.equal(normaliseQuote('Alle skal tilbydes kaffe og tillid'), 'Alle skal tilbydes kaffe og tillid');
      assert.equal(normaliseQuote('Good coffee and free meetings'), 'Good coffee and free meetings');
    });
  });

  describe('sign-offs and tics at the end', () => {
    it('removes a signature of initials after a slash or dash', () => {
      assert.equal(normaliseQuote('Flere hænder i ydertimerne /H'), 'Flere hænder i ydertimerne');
      assert.equal(normaliseQuote('Flere hænder –K'), 'Flere hænder');
      assert.equal(normaliseQuote('More hands, please - JK'), 'More hands, please');
      assert.equal(normaliseQuote('Mere tid\n/[NN]'), 'Mere tid.');
    });

    it('removes a sign-off, with the masked name after it, Danish and English', () => {
      assert.equal(normaliseQuote('Mere tid til børnene. Mvh [NN]'), 'Mere tid til børnene.');
      assert.equal(normaliseQuote('mere tid til børnene mvh'), 'Mere tid til børnene');
      assert.equal(normaliseQuote('Tak for i dag. Venlig hilsen\n[NN]'), 'Tak for i dag.');
      assert.equal(normaliseQuote('More time for the children. Kind regards, [NN]'), 'More time for the children.');
      assert.equal(normaliseQuote('More time. Cheers'), 'More time.');
    });

    it('removes initials standing alone after the last sentence', () => {
      assert.equal(normaliseQuote('Flere hænder. KJ'), 'Flere hænder.');
    });

    it('keeps an acronym, a small word or a greeting that is part of the sentence', () => {
      assert.equal(normaliseQuote('Tag det op i MED – TR'), 'Tag det op i MED – TR');
      assert.equal(normaliseQuote('PAS PÅ – DU'), 'Pas på – du');
      assert.equal(normaliseQuote('Vi sender en hilsen'), 'Vi sender en hilsen');
      assert.equal(normaliseQuote('Nobody cares about best practice'), 'Nobody cares about best practice');
      assert.equal(normaliseQuote('Plan A'), 'Plan A');
    });
  });

  describe('words', () => {
    // Quotes as colleagues write them, none with a stretched word, an emoticon or a sign-off.
    const plain = [
      'For mange møder, for lidt tid til børnene.',
      'VI SKAL HAVE MERE TID TIL KERNEOPGAVEN!!!',
      'dokumentationen i Nexus tager al tiden... hvorfor?',
      'Tag det op i MED-udvalget og med TR',
      'e-Boks og MitID er svært for de ældre borgere',
      'Det er 12. januar og vi har 3,5 time om ugen',
      '- samarbejde med PPR\n- flere hænder i SFO',
      'The parents never see what we actually do',
      'i think IT is the problem , not the staff',
      'Færre regler — mere tillid',
    ];

    it("never changes a word's letters, only their case, marks and spacing", () => {
      for (const text of plain) assert.equal(letters(normaliseQuote(text)), letters(text), text);
    });

    it('keeps every word, in order', () => {
      for (const text of plain) {
        const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
        assert.deepEqual(words(normaliseQuote(text)), words(text), text);
      }
    });

    it('gives the same form for the same words written in different ways', () => {
      const forms = ['FOR MANGE MØDER!!!', 'for mange møder!', 'For mange møder ! 😡', '- for mange møder!! /H', 'for  mange møder!!! mvh'];
      assert.deepEqual(new Set(forms.map(normaliseQuote)), new Set(['For mange møder!']));
    });
  });
});
