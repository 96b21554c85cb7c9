import type { ChoiceQuestion, ScaleQuestion } from '../exercise';
import { mean, oneDecimal } from '../numbers';

/**
 * Distributions of scale and choice answers. Nothing is shown below k valid answers (docs/anonymity.md, rule 4):
 * the result then carries no count, no figure, nothing but the threshold.
 *
 * From k valid answers on, every step and option is shown with its count, even a count of 0, 1 or
 * 2. That is a deliberate decision: a distribution over at least k anonymous people says how
 * many chose something, not who did, and hiding small bars would distort the picture (and could
 * be undone by subtraction from n anyway). Subgroup breakdowns are another matter (groups.ts).
 */
export type ScaleSummary =
  | { kind: 'scale'; questionId: string; shown: false; k: number }
  | {
      kind: 'scale';
      questionId: string;
      shown: true;
      k: number;
      /** Valid answers: integers within [min, max]. */
      n: number;
      /** Every step from min to max, zeros included. */
      counts: { value: number; count: number }[];
      /** The usual median: the middle answer, or halfway between the two middle ones (so 3.5 is possible). */
      median: number;
      /** Rounded to one decimal. */
      mean: number;
      /**
       * The interquartile range by nearest rank: `low` is the smallest step with at least 25 % of
       * the answers at or below it, `high` the smallest with at least 75 %. At least half of the
       * answers lie within [low, high], and both are steps of the scale.
       */
      spread: { low: number; high: number };
    };

export type ChoiceSummary =
  | { kind: 'choice'; questionId: string; shown: false; k: number }
  | {
      kind: 'choice';
      questionId: string;
      shown: true;
      k: number;
      n: number;
      /** Every option, in the question's order, zeros included. */
      counts: { value: string; count: number }[];
      /** Whole percentages in the same order, summing to exactly 100 (largest remainder). */
      shares: { value: string; percent: number }[];
    };

/**
 * @example summariseScale({ id: 'trivsel', min: 1, max: 5, ... }, ['4', '5', '4', '2', '4', 'x'], 5)
 * // { kind: 'scale', questionId: 'trivsel', shown: true, k: 5, n: 5,
 * //   counts: [{ value: 1, count: 0 }, { value: 2, count: 1 }, { value: 3, count: 0 }, { value: 4, count: 3 }, { value: 5, count: 1 }],
 * //   median: 4, mean: 3.8, spread: { low: 4, high: 4 } }
 */
export function summariseScale(q: ScaleQuestion, values: readonly string[], k: number): ScaleSummary {
  const valid = values
    .filter((v) => /^\s*[+-]?\d+\s*$/.test(v))
    .map(Number)
    .filter((v) => v >= q.min && v <= q.max)
    .sort((a, b) => a - b);
  const n = valid.length;
  if (n < k || n === 0) return { kind: 'scale', questionId: q.id, shown: false, k };
  const counts: { value: number; count: number }[] = [];
  for (let value = q.min; value <= q.max; value++) counts.push({ value, count: valid.filter((v) => v === value).length });
  const median = n % 2 === 1 ? valid[(n - 1) / 2] : (valid[n / 2 - 1] + valid[n / 2]) / 2;
  const nearestRank = (p: number) => valid[Math.max(1, Math.ceil(p * n)) - 1];
  return { kind: 'scale', questionId: q.id, shown: true, k, n, counts, median, mean: oneDecimal(mean(valid)), spread: { low: nearestRank(0.25), high: nearestRank(0.75) } };
}

/**
 * @example summariseChoice({ id: 'inddragelse-nu', options: [{ value: 'informeret' }, { value: 'hoert' }, { value: 'medbestemmende' }], ... },
 *   ['hoert', 'informeret', 'hoert', 'hoert', 'medbestemmende', 'ved-ikke'], 5)
 * // { kind: 'choice', questionId: 'inddragelse-nu', shown: true, k: 5, n: 5,
 * //   counts: [{ value: 'informeret', count: 1 }, { value: 'hoert', count: 3 }, { value: 'medbestemmende', count: 1 }],
 * //   shares: [{ value: 'informeret', percent: 20 }, { value: 'hoert', percent: 60 }, { value: 'medbestemmende', percent: 20 }] }
 */
export function summariseChoice(q: ChoiceQuestion, values: readonly string[], k: number): ChoiceSummary {
  const options = [...new Set(q.options.map((o) => o.value))];
  const valid = values.filter((v) => options.includes(v));
  const n = valid.length;
  if (n < k || n === 0) return { kind: 'choice', questionId: q.id, shown: false, k };
  const counts = options.map((value) => ({ value, count: valid.filter((v) => v === value).length }));
  const percents = wholePercents(counts.map((c) => c.count));
  return { kind: 'choice', questionId: q.id, shown: true, k, n, counts, shares: counts.map((c, i) => ({ value: c.value, percent: percents[i] })) };
}

/**
 * Whole percentages of the counts that add up to exactly 100 (largest remainder method; ties go
 * to the earlier entry). All zeros for a zero total.
 *
 * @example wholePercents([1, 1, 1]) // [34, 33, 33]
 */
export function wholePercents(counts: readonly number[]): number[] {
  const total = counts.reduce((s, c) => s + c, 0);
  if (total === 0) return counts.map(() => 0);
  // Integer remainders, so equal shares really tie (1/6 and 4/6 differ in floating point).
  const out = counts.map((c) => Math.floor((100 * c) / total));
  const byRemainder = counts.map((c, i) => ({ i, r: (100 * c) % total })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let left = 100 - out.reduce((s, p) => s + p, 0), j = 0; left > 0; left--, j++) out[byRemainder[j].i] += 1;
  return out;
}
