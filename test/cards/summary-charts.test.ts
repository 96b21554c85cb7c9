import assert from 'node:assert/strict';
import type { AdaptiveCard } from '../../cards/render';
import { summaryCard } from '../../cards/summary-card';
import type { Language } from '../../domain/exercise';
import { inddragelse } from '../../domain/exercises/inddragelse';
import { vildfarelser } from '../../domain/exercises/vildfarelser';
import type { Session } from '../../domain/session';
import { summarise } from '../../domain/summary/summarise';
import type { AnswerTexts } from '../../domain/validation/answer';
import { nodes, texts as textsIn, type Json, charts } from '../support/card-nodes';

function session(exerciseId: string, language: Language = 'da'): Session {
  return {
    schema: 1,
    id: 'sess-charts',
    exerciseId,
    exerciseVersion: 1,
    settings: { title: 'Diagrammer', k: 5, language, distribution: 'all', timeZone: 'Europe/Copenhagen' },
    facilitator: { id: 'f', name: 'F' },
    state: 'closed',
    phase: 'answer',
    place: { serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'c' },
    createdAt: '2026-11-22T00:00:00Z',
    shownProgress: 0,
  };
}

/** The containers that hold a chart and carry a fallback: the chart blocks. */
const blocks = (card: AdaptiveCard) => nodes(card).filter((n) => n.type === 'Container' && n.fallback && (n.items as Json[]).some((i) => String(i.type).startsWith('Chart.')));

/** Six people: "fixed" 1,2,1,1,1,5; level mostly "kommune"; only three answer "citizenCentre". */
const VILDFARELSER: AnswerTexts[] = [
  { fixed: '1', onlyOne: '2', citizenCentre: '4', level: 'kommune' },
  { fixed: '2', onlyOne: '2', citizenCentre: '5', level: 'arbejdsplads' },
  { fixed: '1', onlyOne: '4', citizenCentre: '3', level: 'kommune' },
  { fixed: '1', onlyOne: '4', level: 'kommune' },
  { fixed: '1', onlyOne: '4', level: 'team' },
  { fixed: '5', onlyOne: '4', level: 'kommune' },
];

describe('summary card charts', () => {
  const card = summaryCard(session('vildfarelser'), summarise(vildfarelser, VILDFARELSER, { k: 5, distribution: 'all' }));

  it('draws a bar per step of each shown scale, with exactly the counts of the text lines, the ends named', () => {
    const [first, second, choice] = charts(card);
    assert.equal(charts(card).length, 3, 'fixed, onlyOne and level; citizenCentre has only three answers');
    assert.deepEqual(first.data, [
      { x: '1 – helt uenig', y: 4 },
      { x: '2', y: 1 },
      { x: '3', y: 0 },
      { x: '4', y: 0 },
      { x: '5 – helt enig', y: 1 },
    ]);
    assert.deepEqual(second.data, [
      { x: '1 – helt uenig', y: 0 },
      { x: '2', y: 2 },
      { x: '3', y: 0 },
      { x: '4', y: 4 },
      { x: '5 – helt enig', y: 0 },
    ]);
    assert.ok(choice);
  });

  it('draws the options of a choice as bars with their counts, zeros included, each under its whole name', () => {
    const [choice] = charts(card).slice(2);
    assert.deepEqual(choice.data, [
      { x: 'Hele kommunen', y: 4 },
      { x: 'Forvaltningen eller centret', y: 0 },
      { x: 'Vores institution eller arbejdsplads', y: 1 },
      { x: 'Vores team eller afdeling', y: 1 },
      { x: 'Ved ikke', y: 0 },
    ]);
  });

  it('draws counts with no axis, so no tick is 0.5 or 1.5, and with no legend that could hide a category as "+2 items"', () => {
    // Issue 12, point 6: the renderer cuts a count axis in quarters of the largest count, and a legend does not wrap (charts.ts).
    for (const chart of charts(card)) {
      assert.equal(chart.type, 'Chart.HorizontalBar');
      assert.equal(chart.displayMode, 'AbsoluteNoAxis');
      assert.ok((chart.data as { y: number }[]).every((d) => Number.isInteger(d.y)));
      assert.ok(!('legend' in chart) && (chart.data as object[]).every((d) => !('legend' in d) && !('values' in d)), 'one series, no legend');
    }
  });

  it('puts every chart in a block whose fallback has the same figures as text', () => {
    assert.equal(blocks(card).length, charts(card).length);
    const [first] = blocks(card);
    const fallback = textsIn(first.fallback);
    assert.deepEqual(fallback, ['1 – helt uenig: 4 (67 %)', '2: 1 (17 %)', '3: 0 (0 %)', '4: 0 (0 %)', '5 – helt enig: 1 (17 %)']);
    assert.deepEqual(textsIn(first.items), fallback, 'the lines under the chart are the fallback, so no client shows them twice');
  });

  it('draws nothing for a question below k: no chart, no count', () => {
    const section = (card.body as Json[]).find((n) => textsIn(n)[0]?.startsWith('Kerneopgaven handler i bund og grund'));
    assert.ok(section, 'the hidden question keeps its heading');
    assert.deepEqual(charts(section as AdaptiveCard), []);
    assert.deepEqual(textsIn(section).slice(1), ['Vises ikke af hensyn til anonymiteten: for få svar her, eller de kunne ellers regnes ud.']);
  });

  it('draws nothing at all below k respondents', () => {
    const few = summaryCard(session('vildfarelser'), summarise(vildfarelser, VILDFARELSER.slice(0, 4), { k: 5, distribution: 'all' }));
    assert.deepEqual(charts(few), []);
    assert.deepEqual(blocks(few), []);
  });

  it('draws now and should-be as a pair of bars per option, from the same counts as its lines, with no legend', () => {
    const answers = [
      ['fokus', 'inddragelse'],
      ['lydhoerhed', 'samskabelse'],
      ['fokus', 'fokus'],
      ['fokus', 'inddragelse'],
      ['lydhoerhed', 'samskabelse'],
      ['fokus', 'lydhoerhed'],
    ].map(([now, shouldBe]) => ({ now, shouldBe }));
    const gapCard = summaryCard(session('inddragelse', 'en'), summarise(inddragelse, answers, { k: 5, distribution: 'all' }));
    const [pairs] = charts(gapCard);
    assert.deepEqual([pairs.type, pairs.displayMode], ['Chart.HorizontalBar', 'AbsoluteNoAxis']);
    const bars = pairs.data as { x: string; y: number; color: string }[];
    assert.deepEqual(
      bars.filter((_, i) => i % 2 === 0).map((b) => b.y),
      [4, 2, 0, 0],
    );
    assert.deepEqual(
      bars.filter((_, i) => i % 2 === 1).map((b) => b.y),
      [1, 1, 2, 2],
    );
    assert.deepEqual(
      bars.slice(0, 2).map((b) => [b.x, b.color]),
      [
        ['Shared focus – now', 'categoricalBlue'],
        ['Shared focus – should be', 'categoricalTeal'],
      ],
    );
    assert.ok(textsIn(blocks(gapCard)[0].fallback).includes("Shared focus – we keep the citizens' perspective in mind but do not ask them: now 4 · should be 1"));
  });
});
