import assert from 'node:assert/strict';
import { summaryCard } from '../../cards/summary-card';
import { heldBackText, themeLines, themeSection } from '../../cards/summary-section';
import { dilemmaer } from '../../domain/exercises/dilemmaer';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import { summarisePerspectives } from '../../domain/summary/perspectives';
import { summarise } from '../../domain/summary/summarise';
import { sessionOf } from '../support/card-sessions';
import { visibleTexts } from '../support/visible-texts';

const identity = <T>(xs: T[]): T[] => xs;
const shownText = (card: unknown) =>
  visibleTexts(card)
    .map((v) => v.text)
    .join('\n');
const MEETINGS = ['For mange møder', 'Møder uden dagsorden', 'Lange møder hver uge', 'Møder der kunne være en mail', 'Møder hele dagen'];

describe('summary card: what each section holds back (docs/anonymity.md, rule 7)', () => {
  it('says how many answers are quoted whole, redacted and held back, in Danish and English', () => {
    const answers = ['Vi mangler hænder, når fisken er syg, og borgerne venter på hjælp', 'Kaffe med bamse', ...MEETINGS].map((formal) => ({ formal }));
    const summary = summarisePerspectives(hvemDefinerer, answers, 5, 'all', identity);
    const da = shownText(summaryCard(sessionOf(hvemDefinerer, { lang: 'da' }), summary));
    // "nogle", not "5–7": the redacted and the held back together are 2, which 7 − 5 would give away.
    // And only two quotes: with one held back, at least k answers are left unquoted (rule 7.8).
    assert.match(da, /Af svarene her: nogle kan citeres ordret, få kan citeres med enkelte ord skjult som \[…\] og få er holdt tilbage af hensyn til anonymiteten\./);
    assert.equal((da.match(/“/g) ?? []).length, 2, da);
    assert.match(da, /Det største tema er »møder« \(5–7 svar, den formelle kerneopgave\)\./, 'the headline is as exact as the theme heading, no more');
    assert.match(da, /\nmøder \(5–7 svar\)\n/);
    const en = shownText(summaryCard(sessionOf(hvemDefinerer, { lang: 'en' }), summary));
    assert.match(en, /Of these answers: some can be quoted as written, a few can be quoted with some words hidden as \[…\] and a few are held back to protect anonymity\./);
  });

  it('says nothing is quoted when fewer than k people could be', () => {
    const summary = summarisePerspectives(
      hvemDefinerer,
      ['møder med bamse', 'møder, fisken', 'møder om kaninen', 'møder og trampolin', 'For mange møder uden dagsorden'].map((formal) => ({ formal })),
      5,
      'all',
      identity,
    );
    const text = shownText(summaryCard(sessionOf(hvemDefinerer, { lang: 'da' }), summary));
    assert.match(text, /Ingen citater her: for få af svarene kunne citeres, uden at nogen kunne genkendes\./);
    assert.doesNotMatch(text, /dagsorden/);
  });

  it('has no held-back line when every answer may be quoted as written', () => {
    assert.equal(heldBackText('da', { full: { kind: 'exact', count: 5 }, redacted: { kind: 'zero' }, heldBack: { kind: 'zero' }, belowK: false }), '');
  });

  it('never shows a theme size that the section total resolves: 7 answers, themes of 5 and 2', () => {
    const { themes, otherText } = themeSection(
      'da',
      {
        themes: [
          { label: ['møder'], members: [0, 1, 2, 3, 4], quotes: [] },
          { label: ['tid'], members: [5, 6], quotes: [] },
        ],
        count: 7,
        otherCount: 0,
      },
      5,
    );
    assert.deepEqual(
      themes.map((t) => t.heading),
      ['møder', 'tid (for få svar til at vise tallet)'],
    );
    assert.equal(otherText, '');
  });

  it('shows sizes in steps of k, and "other" with them, when that resolves nothing small', () => {
    const { themes, otherText } = themeSection(
      'en',
      {
        themes: [
          { label: ['meetings'], members: Array.from({ length: 7 }, (_, i) => i), quotes: [] },
          { label: ['time'], members: [7, 8, 9, 10, 11, 12], quotes: [] },
        ],
        count: 16,
        otherCount: 3,
      },
      5,
    );
    assert.deepEqual(
      themes.map((t) => t.heading),
      ['meetings (5–9 answers)', 'time (5–9 answers)'],
    );
    assert.equal(otherText, 'A few answers did not fit a shared theme.');
  });

  it('quotes "Andre svar" like a theme, and sizes it knowing a reader can count its quotes (rule 7.8)', () => {
    const meetings = [{ label: ['møder'], members: [0, 1, 2, 3, 4, 5], quotes: [] }];
    const unquoted = themeSection('da', { themes: meetings, count: 8, otherCount: 2 }, 3);
    assert.deepEqual(
      unquoted.themes.map((t) => t.heading),
      ['møder (6–8 svar)'],
    );
    assert.equal(unquoted.otherText, 'Enkelte svar passede ikke ind i et fælles tema.');
    // Two quotes under "Andre svar" say there are at least two, and "fewer than 3" would then say exactly two.
    const quoted = themeSection('da', { themes: meetings, count: 8, otherCount: 2, otherQuotes: ['Kaffe', 'Kage'] }, 3);
    assert.deepEqual(quoted.themes, [
      { heading: 'møder', quotes: [] },
      { heading: 'Andre svar', quotes: ['“Kaffe”', '“Kage”'] },
    ]);
    assert.equal(quoted.otherText, '');
    // The kept summary has no quotes but their number, and draws the same headings.
    assert.deepEqual(
      themeSection('da', { themes: meetings, count: 8, otherCount: 2, otherQuotes: [], otherQuoted: 2 }, 3).themes.map((t) => t.heading),
      ['møder', 'Andre svar'],
    );
  });

  it('gives a card without quotes (a check-in round) the same sizes, and a line when no theme formed', () => {
    const meetings = [{ label: ['møder'], members: [0, 1, 2, 3, 4, 5], quotes: [] }];
    assert.deepEqual(themeLines('da', { themes: meetings, count: 8, otherCount: 2, otherQuotes: ['Kaffe', 'Kage'] }, 3), ['møder', 'Nogle svar passede ikke ind i et fælles tema.']);
    assert.deepEqual(themeLines('da', { themes: meetings, count: 8, otherCount: 2 }, 3), ['møder (6–8 svar)', 'Enkelte svar passede ikke ind i et fælles tema.']);
    // Six answers, no theme of k: the question is not left as a heading with nothing under it.
    assert.deepEqual(themeLines('da', { themes: [], count: 6, otherCount: 6, otherQuotes: ['For mange møder', 'Travlhed'] }, 5), ['6 svar passede ikke ind i et fælles tema.']);
  });

  it('shows the held-back line on each side of a dilemma too', () => {
    const answers = [1, 1, 2, 2, 1, 2, 5, 5].map((position, i) => ({ variant: 'd1', position: String(position), reason: i === 0 ? 'Kaffe med bamse' : MEETINGS[i % 5] }));
    const summary = summarise(dilemmaer, answers, { k: 5, distribution: 'all' });
    const text = shownText(summaryCard(sessionOf(dilemmaer, { lang: 'da', variant: 'd1' }), summary));
    // One quote of six: with one held back, at least k answers are left unquoted, so "færre end 5" says no exact number.
    assert.match(text, /Af svarene her: nogle kan citeres ordret og få er holdt tilbage af hensyn til anonymiteten\./);
  });

  it('sizes a summary made with a facilitator in by its own threshold, k + 1, though the card names k = 3 (no "3 svar" beside "Andre svar")', () => {
    // Seven about meetings and three that share nothing: at k = 3, "Andre svar (3 svar)"; with the
    // facilitator's answer among the ten, the threshold is 4, and three is too few to count.
    const answers = [...MEETINGS, 'Møder om møder', 'Møder der aldrig slutter', 'Kaffe på kontoret', 'Trampolin i gården', 'Fisken i akvariet'].map((formal) => ({ formal }));
    const stored = summarisePerspectives(hvemDefinerer, answers, 4, 'all', identity);
    const session = sessionOf(hvemDefinerer, { lang: 'da' });
    const text = shownText(summaryCard({ ...session, settings: { ...session.settings, k: 3 } }, stored));
    assert.doesNotMatch(text, /\(3 svar\)/, text);
    assert.doesNotMatch(text, /færre end 4|mindst 4/, 'the threshold with the facilitator is never printed');
  });
});
