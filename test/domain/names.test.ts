import assert from 'node:assert/strict';
import { dan, eng } from 'stopword';
import lexicon from '../../domain/summary/words/domain-words.json';
import { maskPersonalDetails } from '../../domain/summary/mask';
import { maskNames, NAME_TOKEN } from '../../domain/summary/names';
import nameLists from '../../domain/summary/words/names.json';

describe('maskNames', () => {
  describe('Danish answers', () => {
    it('masks a known given name at the start of a sentence and inside it', () => {
      assert.equal(maskNames('Hanne glemte mødet igen'), '[NN] glemte mødet igen');
      assert.equal(maskNames('Vi venter altid på Hanne'), 'Vi venter altid på [NN]');
      assert.equal(maskNames('Møderne er lange. Hanne taler mest.'), 'Møderne er lange. [NN] taler mest.');
    });

    it('masks names with æ, ø and å, and possessives', () => {
      assert.equal(maskNames('Søren og Åse har styr på det'), '[NN] og [NN] har styr på det');
      assert.equal(maskNames('Aase og Lærke'), '[NN] og [NN]');
      assert.equal(maskNames('det var Sørens idé'), 'det var [NN] idé');
    });

    it('masks a known name even in lower case, as people type in chat', () => {
      assert.equal(maskNames('spørg hanne eller søren'), 'spørg [NN] eller [NN]');
    });

    it('masks an unknown capitalised word inside a sentence, since Danish nouns are lower case', () => {
      assert.equal(maskNames('Vi savner Ingeborg på stuen'), 'Vi savner [NN] på stuen');
      assert.equal(maskNames('kaffe med Bamse om fredagen'), 'kaffe med [NN] om fredagen');
    });

    it('masks the person after a title, also after "Hr." with its full stop', () => {
      assert.equal(maskNames('Fru Jensen der smiler når jeg kommer'), 'Fru [NN] der smiler når jeg kommer');
      assert.equal(maskNames('Hr. Abildgaard ringer hver dag'), 'Hr. [NN] ringer hver dag');
    });

    it('makes a full name one [NN]', () => {
      assert.equal(maskNames('Anne-Marie og Hanne Jensen'), '[NN] og [NN]');
    });

    it('masks unknown initials in capitals, but not common acronyms', () => {
      assert.equal(maskNames('spørg MKJ om det'), 'spørg [NN] om det');
      assert.equal(maskNames('Tag det op i MED og med KL og TR, IT-systemerne driller'), 'Tag det op i MED og med KL og TR, IT-systemerne driller');
    });

    it('keeps sentence starts, capitalised everyday words, places and systems', () => {
      for (const text of [
        'Borgerne skal have hjælp',
        'Trivsel, Læring og Fællesskab',
        'I skal huske Borgerne!',
        'Vi bruger Aula og Nexus hele dagen',
        'Gør som i Aalborg og Viborg',
        'Loven: Børnenes læring',
        'e-Boks og MitID er svært for de ældre',
        'DOKUMENTATION!!!',
      ]) {
        assert.equal(maskNames(text), text);
      }
    });

    it('keeps a name that is also a word at the start of a sentence, and masks it inside one', () => {
      assert.equal(maskNames('Per uge bruger vi fem timer'), 'Per uge bruger vi fem timer');
      assert.equal(maskNames('Hans mor ringer'), 'Hans mor ringer');
      assert.equal(maskNames('så sagde Hans nej'), 'så sagde [NN] nej');
    });

    it('masks an unknown institution name, which points at a workplace', () => {
      assert.equal(maskNames('Vi var på Solgården i går'), 'Vi var på [NN] i går');
    });
  });

  describe('English answers', () => {
    it('masks names at the start and inside a sentence', () => {
      assert.equal(maskNames('Hanne forgot the meeting again'), '[NN] forgot the meeting again');
      assert.equal(maskNames('working with Sarah every day'), 'working with [NN] every day');
      assert.equal(maskNames('Mr Ali never gets a call back'), 'Mr [NN] never gets a call back');
    });

    it('keeps "I", weekdays, months and nationalities', () => {
      for (const text of ["I think Monday meetings are too long and I'm tired", 'In May we got a new Danish system', 'The English letters are easier']) {
        assert.equal(maskNames(text), text);
      }
    });
  });

  describe('with the team roster', () => {
    it('masks roster names that no list knows, at the start of a sentence and in lower case', () => {
      assert.equal(maskNames('Vestbjerg tager altid referat', ['Aisha', 'Vestbjerg']), '[NN] tager altid referat');
      assert.equal(maskNames('vestbjerg tager altid referat', ['Aisha', 'Vestbjerg']), '[NN] tager altid referat');
      assert.equal(maskNames('Vestbjerg tager altid referat'), 'Vestbjerg tager altid referat', 'without the roster, a sentence start is left alone');
    });

    it('masks a roster surname that is an everyday word also at a sentence start, and keeps its other forms', () => {
      assert.equal(maskNames('Sommer er travl, spørg Sommer', ['Sommer']), '[NN] er travl, spørg [NN]');
      assert.equal(maskNames('om sommeren er der ferie', ['Sommer']), 'om sommeren er der ferie');
      assert.equal(maskNames('i sommer holder vi ferie', ['Sommer']), 'i sommer holder vi ferie');
    });

    // Names that are also words (issue 12, point 7c): the person wherever the context does not prove the word.
    const roster = ['Per Holm', 'Bo Lund', 'Else Kjær', 'Lone Storm', 'Tage Ravn', 'Kim Sol', 'Rose Møller', 'Hans Berg', 'Will Young', 'May Dam'];
    const cases: [string, string, string][] = [
      ['Per at a sentence start', 'Per siger altid nej', '[NN] siger altid nej'],
      ['Per inside a sentence', 'spørg Per om det', 'spørg [NN] om det'],
      ['per in lower case', 'spørg per om det', 'spørg [NN] om det'],
      ['"per uge" is the word, also at a sentence start', 'Per uge bruger vi fem timer, 2 timer per barn', 'Per uge bruger vi fem timer, 2 timer per barn'],
      ['"per voksen" is the word (from the labelled answers)', 'for mange børn per voksen', 'for mange børn per voksen'],
      ['"Tage" starting a sentence as a verb is masked: the cost of the rule', 'Tage udgangspunkt i borgerens egne mål', '[NN] udgangspunkt i borgerens egne mål'],
      ['"per" before a number is the word', 'Reglen gælder per 1. januar', 'Reglen gælder per 1. januar'],
      ['"pr." is no name', 'to timer pr. uge', 'to timer pr. uge'],
      ['Bo at a sentence start', 'Bo har styr på vagtplanen', '[NN] har styr på vagtplanen'],
      ['bo in lower case', 'spørg bo om det', 'spørg [NN] om det'],
      ['"at bo" is the verb', 'borgerne vil gerne bo hjemme, og det er svært at bo alene', 'borgerne vil gerne bo hjemme, og det er svært at bo alene'],
      ['Else at a sentence start', 'Else mener det modsatte', '[NN] mener det modsatte'],
      ['"anything else" is the word', 'nobody else helps, or anything else', 'nobody else helps, or anything else'],
      ['Else after "something" in capitals is the person', 'I asked someone Else', 'I asked someone [NN]'],
      ['Lone at a sentence start', 'Lone tager sig af forældrene', '[NN] tager sig af forældrene'],
      ['Tage at a sentence start, before the verb', 'Tage tager altid referatet', '[NN] tager altid referatet'],
      ['"skal tage" and "at tage" are the verb', 'vi skal tage stilling og huske at tage ansvar', 'vi skal tage stilling og huske at tage ansvar'],
      ['tage in lower case, as a name', 'snak med tage om det', 'snak med [NN] om det'],
      ['Kim at a sentence start', 'Kim ved hvordan', '[NN] ved hvordan'],
      ['Sol at a sentence start, and the surname inside', 'Sol har ret, spørg Kim Sol', '[NN] har ret, spørg [NN]'],
      ['"i sol" is the word', 'børnene leger ude i sol og regn', 'børnene leger ude i sol og regn'],
      ['Rose at a sentence start', 'Rose siger det hele tiden', '[NN] siger det hele tiden'],
      ['"hans" as possessive before a noun', 'det var hans idé med hans mor', 'det var hans idé med hans mor'],
      ['Hans at a sentence start', 'Hans mor ringer hver dag', '[NN] mor ringer hver dag'],
      ['hans in lower case before a small word', 'spørg hans om det', 'spørg [NN] om det'],
      ['Will, an English name, and "will" the verb', 'Will says we will manage', '[NN] says we will manage'],
      ['May, a name, and May the month', 'May said it in May', '[NN] said it in May'],
      ['a surname that is a word', 'spørg Holm eller Lund', 'spørg [NN] eller [NN]'],
    ];
    for (const [what, text, masked] of cases) {
      it(`roster name that is also a word: ${what}`, () => assert.equal(maskNames(text, roster), masked));
    }

    it('without a roster, a sentence start that is also a word is still left alone', () => {
      assert.equal(maskNames('Per uge bruger vi fem timer'), 'Per uge bruger vi fem timer');
      assert.equal(maskNames('Bo har styr på det'), 'Bo har styr på det');
    });
  });

  it('is idempotent, so a masked text can be masked again', () => {
    const once = maskNames('Spørg Hanne og MKJ');
    assert.equal(maskNames(once), once);
    assert.ok(once.includes(NAME_TOKEN));
  });

  it('lists no name that is also a stop word or an everyday word (those belong under alsoWords)', () => {
    const words = new Set([...dan, ...eng, ...[lexicon.da, lexicon.en].flatMap((lists) => Object.values(lists).flatMap((s) => s.split(/\s+/)))]);
    const clashes = Object.values(nameLists.names)
      .flatMap((s) => s.split(/\s+/))
      .filter((n) => words.has(n));
    assert.deepEqual(clashes, []);
  });
});

describe('maskPersonalDetails', () => {
  it('masks e-mail addresses, @-handles and names together', () => {
    assert.equal(maskPersonalDetails('Skriv til hanne.hansen@aarhus.dk, spørg @lars.q eller Søren'), 'Skriv til [e-mail], spørg @[…] eller [NN]');
  });

  it('uses the roster it is given', () => {
    assert.equal(maskPersonalDetails('Østergaard ved det', ['Søren', 'Østergaard']), '[NN] ved det');
  });
});
