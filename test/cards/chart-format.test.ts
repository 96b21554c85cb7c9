import assert from 'node:assert/strict';
import { trendAxis, trendCharts, trendText } from '../../cards/checkin-trend';
import { plainLabel, nameLabel } from '../../cards/charts';
import { decimal } from '../../cards/decimal';
import { distributionChart, gapChart } from '../../cards/distribution-charts';
import { SCALE_RANGE } from '../../cards/figure-labels';
import { signed } from '../../cards/figure-text';
import type { Field } from '../../cards/question-fields';
import type { ItemTrend } from '../../domain/checkins/trends';

// Issue 12, point 6: what the summary cards' charts and their figures must get right.

describe('decimal: numbers as the card language writes them (Intl)', () => {
  it('writes a decimal comma and a thousands point in Danish, the reverse in English', () => {
    assert.equal(decimal('da', 3.5), '3,5');
    assert.equal(decimal('da', 1234.5), '1.234,5');
    assert.equal(decimal('en', 1234.5), '1,234.5');
    assert.equal(signed('da', -2.5), '−2,5');
  });

  it('never shows float noise from arithmetic on means', () => {
    assert.equal(decimal('da', 0.1 + 0.2), '0,3');
    assert.equal(decimal('en', 3.0000000000000004), '3');
  });
});

/**
 * The ticks the chart renderer draws on a line chart's y axis, as its code computes them (read in the
 * Agents Playground's bundle, charts.ts): an axis that spans 0 is cut in four steps, any other in five.
 */
function rendererTicks(yMin: number, yMax: number): number[] {
  const steps = yMin <= 0 && yMax >= 0 ? 4 : 5;
  return Array.from({ length: steps + 1 }, (_, i) => yMin + (i * (yMax - yMin)) / steps);
}

describe('trend chart axis', () => {
  const series = [
    {
      legend: 'Klarhed',
      heading: 'Klarhed',
      points: [
        { x: 'jan', y: 3.8 },
        { x: 'feb', y: 4.1 },
      ],
    },
  ];
  const chartIn = (block: Record<string, unknown>) => (block.items as Record<string, unknown>[]).find((i) => i.type === 'Chart.Line')!;

  it('starts at the scale minimum: a 1–5 trend is not drawn from 0', () => {
    const chart = chartIn(trendCharts({ title: 'T (1–5)', yAxisTitle: '1–5', scale: SCALE_RANGE.coreTaskCheck, series, fallbackText: 'f' }));
    assert.equal(chart.yMin, 1);
  });

  it('has whole-number ticks on every scale, which the renderer would otherwise write as 1.8, 2.6 …', () => {
    assert.deepEqual(rendererTicks(1, 5), [1, 1.8, 2.6, 3.4, 4.2, 5], 'the 1–5 axis as it was');
    for (const [kind, scale] of Object.entries(SCALE_RANGE)) {
      const { yMin, yMax } = trendAxis(scale);
      assert.equal(yMin, scale.min, kind);
      assert.ok(yMax >= scale.max, kind);
      for (const tick of rendererTicks(yMin, yMax)) assert.ok(Number.isInteger(tick), `${kind}: ${tick}`);
    }
    assert.deepEqual(trendAxis(SCALE_RANGE.coreTaskCheck), { yMin: 1, yMax: 6 });
    assert.deepEqual(trendAxis(SCALE_RANGE.socialCapital), { yMin: 0, yMax: 100 });
  });

  it('has a range for every kind, which matches its axis title', () => {
    assert.deepEqual(SCALE_RANGE.relationalCoordination, { min: 1, max: 5 });
    assert.deepEqual(SCALE_RANGE.meetingRating, { min: 0, max: 40 });
  });
});

describe('trend charts: one figure each, so no legend hides one behind "+2 items"', () => {
  const series = ['Tillid', 'Retfærdighed', 'Samarbejde'].map((name, i) => ({
    legend: name,
    heading: name,
    points: [
      { x: 'jan', y: 60 + i },
      { x: 'feb', y: i === 2 ? null : 70 },
    ],
  }));
  const block = trendCharts({ title: 'Puls (0–100)', yAxisTitle: '0–100', scale: SCALE_RANGE.socialCapital, series, fallbackText: 'Grafen kan ikke vises her.' });
  const items = block.items as Record<string, unknown>[];

  it('draws one single-series line chart per figure, under its name', () => {
    const charts = items.filter((i) => i.type === 'Chart.Line');
    assert.equal(charts.length, 3);
    assert.ok(charts.every((c) => (c.data as unknown[]).length === 1));
    assert.deepEqual(
      items.map((i) => (i.type === 'TextBlock' ? i.text : i.type)),
      ['Tillid', 'Chart.Line', 'Retfærdighed', 'Chart.Line', 'Samarbejde', 'Chart.Line'],
    );
    assert.deepEqual((charts[2].data as { values: unknown[] }[])[0].values, [{ x: 'jan', y: 62 }], 'a round without a figure is left out, not drawn as 0');
  });

  it('falls back once, as a whole, and no chart has a fallback of its own', () => {
    assert.deepEqual(block.fallback, { type: 'TextBlock', text: 'Grafen kan ikke vises her.', wrap: true });
    assert.ok(items.every((i) => !('fallback' in i)));
  });
});

describe('trend: one point per round', () => {
  it('keeps two rounds on the same day apart, so neither is drawn on top of the other', () => {
    const trend: ItemTrend = {
      item: 'trust',
      series: [
        { dueAt: '2027-01-04T08:00:00Z', value: 60 },
        { dueAt: '2027-01-04T13:00:00Z', value: 70 },
        { dueAt: '2027-02-01T08:00:00Z', value: 65 },
      ],
    } as ItemTrend;
    const text = trendText(
      'da',
      [trend],
      'Europe/Copenhagen',
      () => 'Tillid',
      () => 'Tillid',
    );
    const xs = text.series[0].points.map((p) => p.x);
    assert.equal(new Set(xs).size, 3, xs.join(' | '));
    assert.deepEqual(xs, ['4. jan. 2027', '4. jan. 2027 (2)', '1. feb. 2027']);
    const drawn = trendCharts({ title: 'T', yAxisTitle: '0–100', series: text.series, fallbackText: 'f' });
    assert.equal(((drawn.items as { data?: { values: unknown[] }[] }[])[1].data ?? [])[0].values.length, 3);
  });
});

describe('chart labels are whole', () => {
  const long = 'Vi samarbejder på tværs af alle faggrupper og afdelinger i kommunen – hver dag';
  const field: Field = {
    id: 'q',
    kind: 'choice',
    label: 'Q',
    hint: '',
    choices: [
      { title: long, value: 'a' },
      { title: 'Kort', value: 'b' },
    ],
  };
  const name = 'Vi samarbejder på tværs af alle faggrupper og afdelinger i kommunen';

  it('gives each option its bar under the whole option name, not one cut with "…"', () => {
    const chart = distributionChart('da', field, {
      kind: 'choice',
      shown: true,
      counts: [
        { value: 'a', count: 3 },
        { value: 'b', count: 2 },
      ],
    } as never);
    assert.deepEqual(
      (chart.data as { x: string }[]).map((d) => d.x),
      [name, 'Kort'],
    );
  });

  it('gives the gap chart the whole option name on each bar, with now or should-be', () => {
    const counts = [
      { value: 'a', count: 3 },
      { value: 'b', count: 2 },
    ];
    const chart = gapChart('en', field, { shown: true, now: { counts }, shouldBe: { counts } } as never);
    assert.deepEqual(
      (chart.data as { x: string }[]).slice(0, 2).map((d) => d.x),
      [`${name} – now`, `${name} – should be`],
    );
  });

  it('removes markdown but keeps every word, dashes included', () => {
    assert.equal(plainLabel('Mindre **dokumentation** – mere tid  hos borgerne'), 'Mindre dokumentation – mere tid hos borgerne');
    assert.equal(nameLabel(long), name);
  });
});
