import assert from 'node:assert/strict';
import { trendsOf, type RoundFigures } from '../../../domain/checkins/trends';

/** A round as summariseCheckin files it: each figure with the step it was rounded to (0.5 here, finer than the changes below). */
const round = (month: number, metK: boolean, figures: Record<string, number> = {}): RoundFigures => ({
  dueAt: `2027-${String(month).padStart(2, '0')}-01T08:00:00.000Z`,
  metK,
  figures,
  steps: Object.fromEntries(Object.keys(figures).map((item) => [item, 0.5])),
});
/** A round filed before rounding existed: no steps, and its card showed the figures exactly. */
const exactRound = (month: number, figures: Record<string, number>): RoundFigures => ({ dueAt: round(month, true).dueAt, metK: true, figures });

describe('trendsOf', () => {
  it('gives the change since the previous round and the series, oldest first', () => {
    const [trust] = trendsOf([round(2, true, { trust: 64 }), round(1, true, { trust: 60 }), round(3, true, { trust: 70.5 })]);
    assert.deepEqual(trust, {
      item: 'trust',
      series: [
        { dueAt: '2027-01-01T08:00:00.000Z', value: 60, step: 0.5 },
        { dueAt: '2027-02-01T08:00:00.000Z', value: 64, step: 0.5 },
        { dueAt: '2027-03-01T08:00:00.000Z', value: 70.5, step: 0.5 },
      ],
      latest: 70.5,
      latestStep: 0.5,
      previous: { dueAt: '2027-02-01T08:00:00.000Z', value: 64 },
      change: 6.5,
      clear: true,
    });
  });

  it('names no change against a round filed before rounding, only that it was exact; the series keeps its figure', () => {
    // Beside an exact 63, a change from it would say more about one person than the rounding lets on (docs/anonymity.md).
    const [trust] = trendsOf([exactRound(1, { trust: 63 }), round(2, true, { trust: 70 })]);
    assert.deepEqual(trust.previous, { dueAt: '2027-01-01T08:00:00.000Z', value: 63, exact: true });
    assert.equal('change' in trust || 'clear' in trust, false);
    assert.deepEqual(
      trust.series.map((p) => [p.value, p.step]),
      [
        [63, undefined],
        [70, 0.5],
      ],
    );
    // One rounded round later, the change is against that rounded round again.
    const [later] = trendsOf([exactRound(1, { trust: 63 }), round(2, true, { trust: 70 }), round(3, true, { trust: 72 })]);
    assert.deepEqual([later.previous, later.change, later.clear], [{ dueAt: '2027-02-01T08:00:00.000Z', value: 70 }, 2, true]);
  });

  it('calls a change clear only when it is larger than the larger of the two steps', () => {
    const stepped = (month: number, trust: number, step: number): RoundFigures => ({ ...round(month, true, { trust }), steps: { trust: step } });
    const [oneStep] = trendsOf([stepped(1, 60, 20), stepped(2, 80, 20)]);
    assert.deepEqual([oneStep.change, oneStep.clear], [20, false]);
    const [twoSteps] = trendsOf([stepped(1, 60, 20), stepped(2, 100, 20)]);
    assert.deepEqual([twoSteps.change, twoSteps.clear], [40, true]);
    const [coarserBefore] = trendsOf([stepped(1, 60, 20), stepped(2, 75, 5)]);
    assert.deepEqual([coarserBefore.change, coarserBefore.clear], [15, false]);
  });

  it('makes a round below k a gap, not a zero, and compares with the last round that counted', () => {
    // The figures of a round below k are never read, even if a caller passed some.
    const [trust] = trendsOf([round(1, true, { trust: 60 }), round(2, false, { trust: 0 }), round(3, true, { trust: 68 })]);
    assert.deepEqual(
      trust.series.map((p) => p.value),
      [60, null, 68],
    );
    assert.deepEqual([trust.previous, trust.change], [{ dueAt: '2027-01-01T08:00:00.000Z', value: 60 }, 8]);
  });

  it('has no latest and no change when the newest round is below k', () => {
    const [trust] = trendsOf([round(1, true, { trust: 60 }), round(2, true, { trust: 62 }), round(3, false)]);
    assert.deepEqual(
      trust.series.map((p) => p.value),
      [60, 62, null],
    );
    assert.equal('latest' in trust || 'change' in trust, false);
    assert.deepEqual(trust.previous, { dueAt: '2027-02-01T08:00:00.000Z', value: 62 });
  });

  it('keeps only the last N rounds in the series, but looks further back for the previous figure', () => {
    const rounds = [round(1, true, { trust: 50 }), round(2, false), round(3, false), round(4, true, { trust: 58 })];
    const [trust] = trendsOf(rounds, 3);
    assert.deepEqual(
      trust.series.map((p) => p.dueAt.slice(5, 7)),
      ['02', '03', '04'],
    );
    assert.deepEqual([trust.previous?.value, trust.change], [50, 8]);
  });

  it('treats an item missing from a round that met k (a hidden group) as a gap too', () => {
    const trends = trendsOf([round(1, true, { overall: 3.2, 'rated:Psykologer': 2.5 }), round(2, true, { overall: 3.6 })]);
    assert.deepEqual(
      trends.map((x) => [x.item, x.series.map((p) => p.value), x.change]),
      [
        ['overall', [3.2, 3.6], 0.4],
        ['rated:Psykologer', [2.5, null], undefined],
      ],
    );
  });

  it('has nothing to say without rounds, or when no round in the window met k', () => {
    assert.deepEqual(trendsOf([]), []);
    assert.deepEqual(trendsOf([round(1, false), round(2, false)]), []);
  });
});
