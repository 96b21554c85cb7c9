import assert from 'node:assert/strict';
import type { ChoiceQuestion, ScaleQuestion } from '../../domain/exercise';
import { summariseChoice, summariseScale, wholePercents, type ChoiceSummary, type ScaleSummary } from '../../domain/summary/distribution';

/** "Jeg ved, hvad vores kerneopgave er" – 1 helt uenig … 5 helt enig. */
const KLARHED: ScaleQuestion = {
  kind: 'scale',
  id: 'klarhed',
  labelKey: 'q.klarhed',
  min: 1,
  max: 5,
  minLabelKey: 'scale.heltUenig',
  maxLabelKey: 'scale.heltEnig',
};

/** The four degrees of involvement, least to most. */
const INDDRAGELSE: ChoiceQuestion = {
  kind: 'choice',
  id: 'inddragelse-nu',
  labelKey: 'q.inddragelseNu',
  options: [
    { value: 'informeret', labelKey: 'degree.informed' },
    { value: 'hoert', labelKey: 'degree.consulted' },
    { value: 'medinddraget', labelKey: 'degree.involved' },
    { value: 'medbestemmende', labelKey: 'degree.codetermining' },
  ],
};

function shownScale(s: ScaleSummary) {
  assert.equal(s.shown, true, JSON.stringify(s));
  if (!s.shown) throw new Error('unreachable');
  return s;
}

function shownChoice(s: ChoiceSummary) {
  assert.equal(s.shown, true, JSON.stringify(s));
  if (!s.shown) throw new Error('unreachable');
  return s;
}

describe('summariseScale', () => {
  it('shows nothing but the threshold below k valid answers', () => {
    assert.deepEqual(summariseScale(KLARHED, ['4', '5', '2', '4'], 5), { kind: 'scale', questionId: 'klarhed', shown: false, k: 5 });
    assert.deepEqual(summariseScale(KLARHED, [], 3), { kind: 'scale', questionId: 'klarhed', shown: false, k: 3 });
  });

  it('does not count values that are not whole steps of the scale towards n', () => {
    const invalid = ['0', '6', '3.5', '4.0', '1e0', 'tre', '', ' ', '0x4', '-1'];
    assert.deepEqual(summariseScale(KLARHED, ['4', '5', '2', '4', ...invalid], 5), { kind: 'scale', questionId: 'klarhed', shown: false, k: 5 });
    const s = shownScale(summariseScale(KLARHED, ['4', '5', '2', '4', '3', ...invalid], 5));
    assert.equal(s.n, 5);
    assert.equal(
      s.counts.reduce((sum, c) => sum + c.count, 0),
      5,
    );
  });

  it('shows from exactly k valid answers, with every step from min to max, zeros included', () => {
    const s = shownScale(summariseScale(KLARHED, ['4', '5', '4', '2', '4'], 5));
    assert.deepEqual(s, {
      kind: 'scale',
      questionId: 'klarhed',
      shown: true,
      k: 5,
      n: 5,
      counts: [
        { value: 1, count: 0 },
        { value: 2, count: 1 },
        { value: 3, count: 0 },
        { value: 4, count: 3 },
        { value: 5, count: 1 },
      ],
      median: 4,
      mean: 3.8,
      spread: { low: 4, high: 4 },
    });
  });

  it('shows a step chosen by a single person once n ≥ k (a distribution does not identify anyone)', () => {
    const s = shownScale(summariseScale(KLARHED, ['1', '3', '3', '3', '3'], 5));
    assert.deepEqual(
      s.counts.find((c) => c.value === 1),
      { value: 1, count: 1 },
    );
  });

  it('takes the median halfway between the two middle answers for an even n', () => {
    const s = shownScale(summariseScale(KLARHED, ['2', '3', '4', '5', '1', '5'], 5));
    assert.equal(s.median, 3.5);
  });

  it('rounds the mean to one decimal', () => {
    assert.equal(shownScale(summariseScale(KLARHED, ['1', '2', '2'], 3)).mean, 1.7);
    assert.equal(shownScale(summariseScale(KLARHED, ['5', '5', '4'], 3)).mean, 4.7);
  });

  it('gives the interquartile range by nearest rank, as steps of the scale', () => {
    // Sorted: 1 2 2 3 3 4 4 4 5 5 → 25 % at rank 3 (2), 75 % at rank 8 (4).
    const s = shownScale(summariseScale(KLARHED, ['4', '2', '5', '3', '1', '4', '2', '5', '4', '3'], 5));
    assert.deepEqual(s.spread, { low: 2, high: 4 });
    const inside = s.counts.filter((c) => c.value >= s.spread.low && c.value <= s.spread.high).reduce((sum, c) => sum + c.count, 0);
    assert.ok(inside * 2 >= s.n, 'at least half the answers lie within the spread');
  });

  it('has a spread of one step when everyone agrees', () => {
    const s = shownScale(summariseScale(KLARHED, ['3', '3', '3', '3', '3'], 5));
    assert.deepEqual([s.median, s.mean, s.spread], [3, 3, { low: 3, high: 3 }]);
  });

  it('handles other scales, negative steps and padded values', () => {
    const s = shownScale(summariseScale({ ...KLARHED, min: -2, max: 2 }, ['-2', ' 1', '0', '2', '-1', '-3'], 5));
    assert.deepEqual(
      s.counts.map((c) => c.value),
      [-2, -1, 0, 1, 2],
    );
    assert.equal(s.n, 5);
    assert.equal(s.median, 0);
    const ten = shownScale(summariseScale({ ...KLARHED, min: 0, max: 10 }, ['0', '10', '7', '8', '9'], 5));
    assert.equal(ten.counts.length, 11);
    assert.equal(ten.median, 8);
  });
});

describe('summariseChoice', () => {
  it('shows nothing but the threshold below k valid answers', () => {
    const values = ['hoert', 'informeret', 'hoert', 'medinddraget', 'ved-ikke', 'Hoert', ''];
    assert.deepEqual(summariseChoice(INDDRAGELSE, values, 5), { kind: 'choice', questionId: 'inddragelse-nu', shown: false, k: 5 });
  });

  it("counts every option in the question's order, ignoring unknown values", () => {
    const s = shownChoice(summariseChoice(INDDRAGELSE, ['medinddraget', 'hoert', 'ved-ikke', 'informeret', 'hoert', 'hoert', 'HOERT'], 5));
    assert.equal(s.n, 5);
    assert.deepEqual(s.counts, [
      { value: 'informeret', count: 1 },
      { value: 'hoert', count: 3 },
      { value: 'medinddraget', count: 1 },
      { value: 'medbestemmende', count: 0 },
    ]);
    assert.deepEqual(s.shares, [
      { value: 'informeret', percent: 20 },
      { value: 'hoert', percent: 60 },
      { value: 'medinddraget', percent: 20 },
      { value: 'medbestemmende', percent: 0 },
    ]);
  });

  it('gives whole percentages that add up to 100', () => {
    const s = shownChoice(summariseChoice(INDDRAGELSE, ['informeret', 'hoert', 'medinddraget', 'informeret', 'hoert', 'medinddraget'], 5));
    assert.deepEqual(
      s.shares.map((x) => x.percent),
      [34, 33, 33, 0],
    );
    const seven = shownChoice(summariseChoice(INDDRAGELSE, ['informeret', 'informeret', 'informeret', 'hoert', 'hoert', 'medinddraget', 'medbestemmende'], 5));
    assert.deepEqual(
      seven.shares.map((x) => x.percent),
      [43, 29, 14, 14],
    );
  });
});

describe('wholePercents', () => {
  it('rounds by largest remainder, ties to the earlier entry', () => {
    assert.deepEqual(wholePercents([1, 1, 1]), [34, 33, 33]);
    assert.deepEqual(wholePercents([2, 1]), [67, 33]);
    assert.deepEqual(wholePercents([1, 0, 3]), [25, 0, 75]);
  });

  it('compares remainders exactly, so equal counts are not split by floating-point noise', () => {
    // In floating point 100·4/6 has a larger remainder than 100·1/6, which would give [17, 16, 67].
    assert.deepEqual(wholePercents([1, 1, 4]), [17, 17, 66]);
  });

  it('always adds up to 100 for a non-zero total, and gives zeros for none', () => {
    for (const counts of [
      [1, 1, 1, 1, 1, 1, 1],
      [3, 3, 3],
      [1, 2, 3, 4, 5, 6],
      [97, 1, 1, 1, 1],
    ]) {
      assert.equal(
        wholePercents(counts).reduce((s, p) => s + p, 0),
        100,
        JSON.stringify(counts),
      );
    }
    assert.deepEqual(wholePercents([0, 0]), [0, 0]);
  });
});
