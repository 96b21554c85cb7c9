import assert from 'node:assert/strict';
import { lineChart, trendText } from '../../cards/checkin-trend';
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

describe('trend chart axis', () => {
  const series = [{ legend: 'Klarhed', points: [{ x: 'jan', y: 3.8 }, { x: 'feb', y: 4.1 }] }];

  it('starts at the scale minimum: a 1–5 trend is not drawn from 0', () => {
    const chart = lineChart({ title: 'T (1–5)', yAxisTitle: '1–5', scale: SCALE_RANGE.coreTaskCheck, series, fallbackText: 'f' });
    assert.equal(chart.yMin, 1);
    assert.equal(chart.yMax, 5);
  });

  it('has a range for every kind, which matches its axis title', () => {
    assert.deepEqual(SCALE_RANGE.relationalCoordination, { min: 1, max: 5 });
    assert.deepEqual(SCALE_RANGE.meetingRating, { min: 0, max: 40 });
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
    const text = trendText('da', [trend], 'Europe/Copenhagen', () => 'Tillid', () => 'Tillid');
    const xs = text.series[0].points.map((p) => p.x);
    assert.equal(new Set(xs).size, 3, xs.join(' | '));
    assert.deepEqual(xs, ['4. jan. 2027', '4. jan. 2027 (2)', '1. feb. 2027']);
    const drawn = lineChart({ title: 'T', yAxisTitle: '0–100', series: text.series, fallbackText: 'f' });
    assert.equal(drawn.data[0].values.length, 3);
  });
});

describe('chart labels are whole', () => {
  const long = 'Vi samarbejder på tværs af alle faggrupper og afdelinger i kommunen – hver dag';
  const field: Field = { id: 'q', kind: 'choice', label: 'Q', hint: '', choices: [{ title: long, value: 'a' }, { title: 'Kort', value: 'b' }] };
  const name = 'Vi samarbejder på tværs af alle faggrupper og afdelinger i kommunen';

  it('gives a pie legend the whole option name, not one cut with "…"', () => {
    const chart = distributionChart('da', field, { kind: 'choice', shown: true, counts: [{ value: 'a', count: 3 }, { value: 'b', count: 2 }] } as never);
    assert.deepEqual((chart.data as { legend: string }[]).map((d) => d.legend), [name, 'Kort']);
  });

  it('gives the gap chart the whole option name on its axis', () => {
    const counts = [{ value: 'a', count: 3 }, { value: 'b', count: 2 }];
    const chart = gapChart('en', field, { shown: true, now: { counts }, shouldBe: { counts } } as never);
    assert.equal((chart.data as { values: { x: string }[] }[])[0].values[0].x, name);
  });

  it('removes markdown but keeps every word, dashes included', () => {
    assert.equal(plainLabel('Mindre **dokumentation** – mere tid  hos borgerne'), 'Mindre dokumentation – mere tid hos borgerne');
    assert.equal(nameLabel(long), name);
  });
});
