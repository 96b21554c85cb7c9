import assert from 'node:assert/strict';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import { summarisePerspectives } from '../../domain/summary/perspectives';
import { quotableTexts } from '../../domain/summary/quotable-texts';
import { redact, saysEnough } from '../../domain/summary/redact';

const identity = <T>(xs: T[]): T[] => xs;
const MEETINGS = ['For mange møder', 'Møder uden dagsorden', 'Lange møder hver uge', 'Møder der kunne være en mail'];

describe('redaction instead of dropping (docs/anonymity.md, rule 7, "Redaction")', () => {
  it('replaces the whole written word, so a suffix or a compound part does not hint at it', () => {
    assert.equal(redact('Bamses kaffe og sklerosepatienten', ['bamses', 'sklerosepatienten']), '[…] kaffe og […]');
    assert.equal(redact('Fisken-gruppen mødes', ['fisken-gruppen']), '[…] mødes');
    assert.equal(redact("Bamse's kaffe", ['bamse']), '[…] kaffe');
  });

  it('replaces a number, also one written with letters, and leaves the rest of the sentence as written', () => {
    assert.equal(redact('Da jeg var syg i uge 12, gik alt i stå.', ['12']), 'Da jeg var syg i uge […], gik alt i stå.');
    assert.equal(redact('Eleverne i 3a larmer', ['3']), 'Eleverne i […] larmer');
  });

  it('makes several rare terms in a row one […], so their number says nothing', () => {
    assert.equal(redact('Kaffe med Bamse Fisken, Tut hver dag', ['bamse', 'fisken', 'tut']), 'Kaffe med […] hver dag');
    assert.equal(redact('bamse og fisken', ['bamse', 'fisken']), '[…] og […]', 'a word between them stays');
  });

  it('leaves a masked name, an e-mail mark and an earlier […] alone', () => {
    assert.equal(redact('[NN] og bamse skrev til [e-mail] om @[…]', ['bamse', 'nn', 'e-mail']), '[NN] og […] skrev til [e-mail] om @[…]');
  });

  it('counts only content words: not stop words, […], [NN] or numbers', () => {
    assert.equal(saysEnough('[…] er syg, så vi mangler hænder til borgerne i weekenden'), true);
    assert.equal(saysEnough('[NN] og [NN] taler […] på møderne'), false);
    assert.equal(saysEnough('Møder, møder, møder, møder, møder'), false, 'one word five times is one word');
  });

  it('quotes a text with a rare term redacted when at least five content words are left, and leaves it out otherwise', () => {
    const long = 'Vi mangler hænder, når fisken er syg, og borgerne venter på hjælp';
    const short = 'Kaffe med bamse';
    const { texts, quote, tally } = quotableTexts([[long], [short], ...MEETINGS.map((m) => [m]), ['Møder hele dagen']], 5, {});
    assert.equal(quote(texts[0]), 'Vi mangler hænder, når […] er syg, og borgerne venter på hjælp');
    assert.equal(quote(texts[1]), undefined);
    assert.deepEqual(tally, { full: 5, redacted: 1, heldBack: 1, belowK: false });
  });

  it('shows the redacted text in a perspective summary, where it was dropped before', () => {
    // Two about waiting citizens, below k, so "Andre svar" (rule 7.6), whose texts are quoted like a theme's.
    const answers = ['Borgerne venter på hjælp, når fisken fra forvaltningen kommer på besøg', 'Borgerne venter for længe på hjælp', ...MEETINGS, 'Møder hele dagen'].map((formal) => ({ formal }));
    const s = summarisePerspectives(hvemDefinerer, answers, 5, 'all', identity);
    assert.ok(s.shown);
    const quotes = [...s.perspectives[0].themes.flatMap((t) => t.quotes), ...(s.perspectives[0].otherQuotes ?? [])];
    assert.ok(quotes.includes('Borgerne venter på hjælp, når […] fra forvaltningen kommer på besøg'), JSON.stringify(quotes));
    assert.doesNotMatch(JSON.stringify(s), /fisken/);
  });
});
