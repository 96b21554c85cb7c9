import type { ChoiceQuestion } from '../exercise';
import { summariseChoice, wholePercents, type ChoiceSummary } from './distribution';

type ShownChoice = Extract<ChoiceSummary, { shown: true }>;

/**
 * "Now" and "should be" side by side, e.g. the four degrees of involvement. Both questions list
 * the same options in the same order, from least to most; a step is an option's position (0-based).
 * Only people who gave a valid answer to both count; below k of them nothing is shown (docs/anonymity.md, rule 4).
 */
export type GapSummary =
  | { shown: false; k: number }
  | {
      shown: true;
      k: number;
      /** People with a valid answer to both questions. */
      n: number;
      now: ShownChoice;
      shouldBe: ShownChoice;
      /** Median step of each; halfway between two steps when the two middle answers differ (e.g. 1.5). */
      median: { now: number; shouldBe: number };
      /** median.shouldBe − median.now, in steps: positive means the team wants more. */
      gap: number;
      /** Whole percent of the n people whose should-be step is above / below / equal to their now step; sums to 100. */
      wantMore: number;
      wantLess: number;
      same: number;
    };

/**
 * @example summariseGap(involvementNow, involvementShouldBe, [{ nu: 'informeret', boer: 'medbestemmende' }, ...5 answers], 5)
 * // { shown: true, k: 5, n: 5, now: {...}, shouldBe: {...}, median: { now: 0, shouldBe: 2 }, gap: 2, wantMore: 80, wantLess: 0, same: 20 }
 */
export function summariseGap(now: ChoiceQuestion, shouldBe: ChoiceQuestion, answers: readonly Record<string, string>[], k: number): GapSummary {
  const stepsNow = now.options.map((o) => o.value);
  const stepsShould = shouldBe.options.map((o) => o.value);
  const pairs = answers.map((a) => ({ now: a[now.id], shouldBe: a[shouldBe.id] })).filter((p) => stepsNow.includes(p.now) && stepsShould.includes(p.shouldBe));
  const n = pairs.length;
  if (n < k || n === 0) return { shown: false, k };
  const nowSummary = summariseChoice(
    now,
    pairs.map((p) => p.now),
    k,
  );
  const shouldSummary = summariseChoice(
    shouldBe,
    pairs.map((p) => p.shouldBe),
    k,
  );
  // Cannot happen (n ≥ k valid values each), but keeps the types honest.
  if (!nowSummary.shown || !shouldSummary.shown) return { shown: false, k };
  const diffs = pairs.map((p) => stepsShould.indexOf(p.shouldBe) - stepsNow.indexOf(p.now));
  const median = { now: medianOf(pairs.map((p) => stepsNow.indexOf(p.now))), shouldBe: medianOf(pairs.map((p) => stepsShould.indexOf(p.shouldBe))) };
  const [wantMore, wantLess, same] = wholePercents([diffs.filter((d) => d > 0).length, diffs.filter((d) => d < 0).length, diffs.filter((d) => d === 0).length]);
  return { shown: true, k, n, now: nowSummary, shouldBe: shouldSummary, median, gap: median.shouldBe - median.now, wantMore, wantLess, same };
}

function medianOf(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length / 2;
  return s.length % 2 === 1 ? s[Math.floor(mid)] : (s[mid - 1] + s[mid]) / 2;
}
