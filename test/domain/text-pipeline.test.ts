import assert from 'node:assert/strict';
import { CONCEPTS } from '../../domain/summary/concept-list';
import { conceptOf } from '../../domain/summary/concepts';
import { detectLanguage } from '../../domain/summary/language';
import { spellingFixes } from '../../domain/summary/spelling';
import { terms, termsOfAll, words } from '../../domain/summary/text';

const lang = (text: string) => detectLanguage(text, words(text));
const stemOf = (text: string, surface: string) => terms(text).find((t) => t.surface === surface)?.stem;

describe('detectLanguage', () => {
  it('reads Danish from function words, even with English loanwords', () => {
    assert.equal(lang('Vi har for mange meetings og for lidt tid'), 'da');
    assert.equal(lang('at de skal vente i telefonkø'), 'da');
  });

  it('reads English from function words', () => {
    assert.equal(lang('they wait too long for an answer'), 'en');
    assert.equal(lang('meetings that could have been an email'), 'en');
  });

  it('takes æ, ø or å as Danish', () => {
    assert.equal(lang('møder'), 'da');
    assert.equal(lang('Ærgerligt'), 'da');
  });

  it('falls back on character statistics for answers without function words', () => {
    assert.equal(lang('dokumentationskrav og registreringer'), 'da');
    assert.equal(lang('endless paperwork'), 'en');
  });
});

describe('conceptOf', () => {
  it('meets Danish words, compounds and English words in one concept', () => {
    const waiting = ['ventetid', 'venteliste', 'telefonkøen', 'sagsbehandlingstider'].map((w) => conceptOf(w, w, 'da'));
    assert.deepEqual(new Set(waiting), new Set(['ventetid']));
    assert.equal(conceptOf('waiting', 'wait', 'en'), 'ventetid');
    assert.equal(conceptOf('personalemøder', 'personalemød', 'da'), 'møder');
    assert.equal(conceptOf('meetings', 'meet', 'en'), 'møder');
  });

  it('does not read a compound ending into a short word', () => {
    assert.equal(conceptOf('kø', 'kø', 'da'), 'ventetid');
    assert.equal(conceptOf('økø', 'økø', 'da'), undefined, 'too little in front of "kø" to be a compound');
  });

  it('leaves words outside the field alone', () => {
    assert.equal(conceptOf('kaffe', 'kaff', 'da'), undefined);
    assert.equal(conceptOf('weather', 'weather', 'en'), undefined);
  });

  it('tries the other language only for words of four letters or more', () => {
    assert.equal(conceptOf('meetings', 'meeting', 'da'), 'møder', 'an English word in a Danish answer');
    assert.equal(conceptOf('pay', 'pay', 'da'), undefined, 'short words collide across languages');
  });

  it('has single words as patterns, and every concept in both languages', () => {
    for (const c of CONCEPTS) {
      assert.ok(c.da.length > 0 && c.en.length > 0, c.id);
      for (const p of [...c.da, ...c.en]) assert.match(p, /^\*?[\p{L}-]+\*?$/u, `${c.id}: ${p}`);
    }
    assert.equal(new Set(CONCEPTS.map((c) => c.id)).size, CONCEPTS.length);
  });
});

describe('spellingFixes', () => {
  it('repairs a one-off typo towards the word others used', () => {
    const fixes = spellingFixes([['dokumentation'], ['dokumentation'], ['dokumenation']], []);
    assert.equal(fixes.get('dokumenation'), 'dokumentation');
  });

  it('puts back æ, ø and å written as ae, oe and aa', () => {
    const fixes = spellingFixes([['moeder'], ['paedagoger']], ['møder', 'pædagoger']);
    assert.equal(fixes.get('moeder'), 'møder');
    assert.equal(fixes.get('paedagoger'), 'pædagoger');
  });

  it('leaves short words, words in common use and distant words alone', () => {
    const fixes = spellingFixes([['mor'], ['mod'], ['mod'], ['kaffe'], ['kaffe'], ['kage'], ['tavle'], ['tavle']], []);
    assert.equal(fixes.has('mor'), false, 'too short to tell a typo from another word');
    assert.equal(fixes.has('kaffe'), false, 'used twice: not a typo');
    assert.equal(fixes.has('kage'), false);
  });

  it('never repairs towards a word that only one answer used', () => {
    assert.equal(spellingFixes([['samarbejde'], ['samarbjde']], []).size, 0);
  });

  it('lets a repaired word join its theme, while the label keeps what people wrote', () => {
    const docs = termsOfAll(['dokumentation', 'dokumentation', 'dokumenation']);
    assert.equal(docs[2][0].stem, docs[0][0].stem);
    assert.equal(docs[2][0].surface, 'dokumenation');
  });
});

describe('terms', () => {
  it('gives Danish and English words for the same thing the same term', () => {
    assert.equal(stemOf('lang ventetid', 'ventetid'), stemOf('they wait too long', 'wait'));
    assert.equal(stemOf('alt papirarbejdet', 'papirarbejdet'), stemOf('endless paperwork', 'paperwork'));
  });
});
