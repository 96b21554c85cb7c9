import assert from 'node:assert/strict';
import { trendChart, trendFigures, trendLines, type Trend } from '../../cards/trend-chart';

type Json = Record<string, unknown>;

/** Three monthly check-ins; in February fewer than k answered "tid", so it is not shown. */
const TREND: Trend = {
  items: [{ id: 'klarhed', label: 'Hvor tydelig er kerneopgaven?' }, { id: 'tid', label: 'Tid til kerneopgaven' }],
  rounds: [
    { label: 'jan', values: { klarhed: 3.84, tid: 2.5 } },
    { label: 'feb', values: { klarhed: 4.1, tid: undefined } },
    { label: 'mar', values: { klarhed: 4.26, tid: 3 } },
  ],
  k: 5,
  yAxisTitle: 'Gennemsnit',
  yMin: 1,
  yMax: 5,
};

describe('trend chart (check-ins)', () => {
  it('draws one line per item over the rounds, to one decimal as the text says', () => {
    assert.deepEqual(trendChart(TREND), {
      type: 'Chart.Line',
      data: [
        { legend: 'Hvor tydelig er kerneopgaven?', values: [{ x: 'jan', y: 3.8 }, { x: 'feb', y: 4.1 }, { x: 'mar', y: 4.3 }] },
        { legend: 'Tid til kerneopgaven', values: [{ x: 'jan', y: 2.5 }, { x: 'mar', y: 3 }] },
      ],
      colorSet: 'categorical',
      yAxisTitle: 'Gennemsnit',
      yMin: 1,
      yMax: 5,
    });
  });

  it('says every figure as text, and a hidden round as fewer than k, never as a number', () => {
    assert.deepEqual(trendLines('da', TREND), ['Hvor tydelig er kerneopgaven?: jan 3,8 · feb 4,1 · mar 4,3', 'Tid til kerneopgaven: jan 2,5 · feb (færre end 5 svar) · mar 3']);
    assert.deepEqual(trendLines('en', TREND)[1], 'Tid til kerneopgaven: jan 2.5 · feb (fewer than 5 answers) · mar 3');
  });

  it('draws no line for an item that is hidden in every round, and no chart when nothing is shown', () => {
    const hidden: Trend = { ...TREND, rounds: TREND.rounds.map((r) => ({ label: r.label, values: { klarhed: r.values.klarhed } })) };
    assert.deepEqual(trendChart(hidden)?.data.map((s) => s.legend), ['Hvor tydelig er kerneopgaven?']);
    assert.equal(trendChart({ ...TREND, rounds: TREND.rounds.map((r) => ({ label: r.label, values: {} })) }), undefined);
  });

  it('puts the chart in a block whose fallback is the same lines', () => {
    const [block] = trendFigures('da', TREND);
    const items = block.items as Json[];
    assert.equal(items[0].type, 'Chart.Line');
    assert.deepEqual(((block.fallback as Json).items as Json[]).map((n) => n.text), trendLines('da', TREND));
  });
});
