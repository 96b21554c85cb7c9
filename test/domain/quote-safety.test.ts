import assert from 'node:assert/strict';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import { isDomainWord } from '../../domain/summary/domain-words';
import { summariseGroups } from '../../domain/summary/groups';
import { summarisePerspectives } from '../../domain/summary/perspectives';
import { quoteGuard, rareTerms } from '../../domain/summary/quote-safety';
import { findThemes } from '../../domain/summary/themes';
import { tallyVotes } from '../../domain/summary/votes';
import { mulberry32 } from '../../eval/baselines';
import { byQuestion, loadFixture } from '../../eval/fixture';
import { leaks, loadIdentifying, QUESTION_TEXTS, quotedThemes } from '../../eval/quote-eval';

const identity = <T>(xs: T[]): T[] => xs;
const MEETINGS = ['For mange møder', 'Møder uden dagsorden', 'Lange møder hver uge', 'Møder der kunne være en mail'];

describe('rare terms (quote-safety)', () => {
  it('finds a word fewer than k people use, that is not everyday language', () => {
    const people = [...MEETINGS, 'Møder om min borger med sklerose'];
    assert.deepEqual(rareTerms('Møder om min borger med sklerose', people, 5), ['sklerose']);
    assert.equal(quoteGuard(people, 5)('Møder om min borger med sklerose'), false);
  });

  it('keeps everyday domain words and their compounds, however few use them', () => {
    const people = [...MEETINGS, 'dokumentationskrav og personalemøder'];
    assert.deepEqual(rareTerms('dokumentationskrav og personalemøder', people, 5), []);
    assert.deepEqual(rareTerms('waiting for approval from management', [...MEETINGS, 'waiting for approval from management'], 5), []);
  });

  it('keeps a word once k people use it, and counts a person once however often they write it', () => {
    const trampolin = ['trampolinen', 'trampolin igen', 'en trampolin', 'trampolinen', 'trampolinen er god'];
    assert.deepEqual(rareTerms('trampolinen er god', trampolin, 5), []);
    assert.deepEqual(rareTerms('trampolinen er god', trampolin, 6), ['trampolinen']);
    assert.deepEqual(rareTerms('trampolin', ['trampolin trampolin trampolin trampolin trampolin', ...MEETINGS], 5), ['trampolin']);
  });

  it('treats a number as a term: "uge 12" points at one event', () => {
    const people = [...MEETINGS, 'da jeg var syg i uge 12'];
    assert.deepEqual(rareTerms('da jeg var syg i uge 12', people, 5), ['12']);
    assert.deepEqual(rareTerms('møder på 2 timer', ['møder på 2 timer', '2 timer', '2 møder', '2', 'to 2'], 5), []);
  });

  it('keeps words from the texts everyone saw, such as the question', () => {
    const people = [...MEETINGS, 'klimaplanen tager tid'];
    assert.deepEqual(rareTerms('klimaplanen tager tid', people, 5), ['klimaplanen']);
    assert.deepEqual(rareTerms('klimaplanen tager tid', people, 5, ['Hvad betyder klimaplanen for jer?']), []);
  });

  it('treats a misspelling as rare, since a habitual typo can point at its writer', () => {
    assert.deepEqual(rareTerms('dokumentaion', [...MEETINGS, 'dokumentaion'], 5), ['dokumentaion']);
  });

  it('does not take a compound with an unknown part for a domain word', () => {
    for (const word of ['Solgården', 'Skovbakkeskolen', 'sklerosepatient', 'hannegruppen']) assert.equal(isDomainWord(word), false, word);
  });

  it('leaves most typical answers of the labelled set quotable, judged by the lexicon alone', () => {
    const answers = loadFixture();
    const quotable = answers.filter((a) => rareTerms(a.text, [a.text], 5, [QUESTION_TEXTS[a.question]]).length === 0);
    assert.ok(quotable.length / answers.length >= 0.95, `${quotable.length} of ${answers.length}`);
  });

  it('never shows an identifying answer planted among typical answers (names masked, the rest not quoted)', () => {
    const questions = byQuestion(loadFixture());
    for (const planted of loadIdentifying()) {
      const texts = questions.get(planted.question)!.map((a) => a.text);
      const random = mulberry32(7);
      for (let run = 0; run < 10; run++) {
        const team = texts.filter(() => random() < 0.15).slice(0, 14);
        assert.equal(leaks(quotedThemes([...team, planted.text], planted.question, 5), planted), false, `${planted.text} among ${JSON.stringify(team)}`);
      }
    }
  });
});

describe('quotes that fall back or disappear (findThemes with quotable)', () => {
  // The first is the most typical: as many theme words as the others, and the shortest.
  const texts = ['Møder med Bamse', 'For mange møder i ugen', 'Møder uden nogen dagsorden', 'Lange møder hver eneste dag'];

  it('quotes the next most typical answer when the most typical may not be quoted', () => {
    const all = findThemes(texts, identity).themes[0].quotes;
    assert.ok(all.includes('Møder med Bamse'), 'without the rule it would be quoted');
    const { themes } = findThemes(texts, identity, { quote: (i) => (i !== 0 ? texts[i] : undefined) });
    assert.equal(themes.length, 1);
    // A section this small quotes every answer that may be shown (themes.ts, SECTION_QUOTES).
    assert.equal(themes[0].quotes.length, 3);
    assert.ok(!themes[0].quotes.includes('Møder med Bamse'));
    assert.ok(themes[0].quotes.includes('For mange møder i ugen'), 'the next most typical takes its place');
  });

  it('shows no quote, but still the theme, when no answer may be quoted', () => {
    const { themes } = findThemes(texts, identity, { quote: () => undefined });
    assert.deepEqual(
      themes.map((t) => [t.label[0], t.members.length, t.quotes]),
      [['møder', 4, []]],
    );
  });
});

describe('anonymity inside summaries', () => {
  it('masks names in perspective quotes, and never makes a name a theme word', () => {
    // Six, so that k of them can be quoted ("mest" is rare, and what is left of its text says too little).
    const answers = [
      'Hanne holder møderne',
      'Møderne med Hanne er lange',
      'Hanne og Søren taler mest på møderne',
      'Møder, møder, siger Søren',
      'Søren skriver referat af møderne',
      'Møderne med Søren er gode',
    ].map((formal) => ({ formal }));
    const s = summarisePerspectives(hvemDefinerer, answers, 5, 'all', identity);
    assert.ok(s.shown);
    const json = JSON.stringify(s);
    assert.doesNotMatch(json, /Hanne|Søren/i);
    const themes = s.perspectives[0].themes;
    assert.ok(themes.length > 0 && themes.every((t) => !t.label.some((w) => /hanne|søren|nn/i.test(w))), JSON.stringify(themes));
    assert.ok(themes.flatMap((t) => t.quotes).some((q) => q.includes('[NN]')));
  });

  it('uses the roster for names no list knows', () => {
    // Everyone writes the name, so the rare-term rule cannot catch it: only the roster can.
    const answers = ['Vestbjerg holder møderne', 'Vestbjerg har travlt', 'Vestbjerg og møder uden dagsorden', 'Vestbjerg: for mange møder', 'Vestbjerg, møder hele dagen'].map((formal) => ({
      formal,
    }));
    assert.match(JSON.stringify(summarisePerspectives(hvemDefinerer, answers, 5, 'all', identity)), /vestbjerg/i, 'without the roster, a name at the start of a sentence is a frequent word');
    const s = summarisePerspectives(hvemDefinerer, answers, 5, 'all', identity, { names: ['Vestbjerg'] });
    assert.doesNotMatch(JSON.stringify(s), /vestbjerg/i);
  });

  it('leaves a perspective answer with a rare term out of the quotes, and quotes the next one', () => {
    // The sklerose answer is the shortest, so the most typical: without the rule it would be quoted first.
    // Six, so that k of them can be quoted: what is left of "Møderne, sklerose" says too little to redact.
    const answers = ['Møderne, sklerose', 'Møderne er alt for lange', 'Møderne er uden dagsorden', 'Alt for mange møder om ugen', 'Kaffe', 'Kage'].map((formal) => ({ formal }));
    const s = summarisePerspectives(hvemDefinerer, answers, 5, 'all', identity);
    assert.ok(s.shown);
    // Four about meetings are below k, so they are "Andre svar" (rule 7.6); with one held back, at least k are left unquoted (rule 7.8).
    const quotes = [...s.perspectives[0].themes.flatMap((t) => t.quotes), ...(s.perspectives[0].otherQuotes ?? [])];
    assert.equal(quotes.length, 1, JSON.stringify(quotes));
    assert.doesNotMatch(quotes.join(' '), /sklerose/);
  });

  it('counts rare terms within a professional group, per person', () => {
    const group = (g: string, texts: string[]) => texts.map((kerneopgave) => ({ faggruppe: g, kerneopgave }));
    // "regnbuen" (the rainbow, a room's nickname) is rare in the group; five people saying "nærvær" are not.
    // Seven pædagoger, so that k of them can be quoted ("atter" is rare too).
    const answers = [
      ...group('Pædagog', [
        'Børn, nærvær, regnbuen',
        'Nærvær i hverdagen med børnene',
        'Nærvær og ro for børnene',
        'Børnene og nærvær hele dagen',
        'Nærvær, nærvær og atter nærvær',
        'Nærvær med børnene',
        'Nærvær og børnene',
      ]),
      ...group('Køkken', ['Maden til børnene', 'Maden skal være god', 'Maden og børnene', 'Maden først', 'God maden']),
    ];
    const s = summariseGroups('faggruppe', ['kerneopgave'], answers, ['Pædagog', 'Køkken'], 5, identity);
    assert.ok(s.shown);
    const quotes = s.groups.flatMap((g) => g.themes.flatMap((t) => t.quotes));
    assert.ok(
      quotes.some((q) => /nærvær/i.test(q)),
      JSON.stringify(quotes),
    );
    assert.doesNotMatch(quotes.join(' '), /regnbuen/);
  });

  it('masks names on the ballot and in the tally, but drops no proposal', () => {
    const t = tallyVotes(['Spørg Hanne om budgettet', 'Kaffeklub om sklerose'], ['0', '0', '1', '0', '1'], 1, 5);
    assert.ok(t.shown);
    assert.deepEqual(
      t.ranked.map((r) => r.text),
      ['Spørg [NN] om budgettet', 'Kaffeklub om sklerose'],
    );
  });
});
