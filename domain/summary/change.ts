import type { ScaleSummary } from './distribution';

type ShownScale = Extract<ScaleSummary, { shown: true }>;

/**
 * How a scale question moved from one round to the next (recurring check-ins).
 *
 * Only when both rounds are shown, i.e. each had at least its k valid answers (BRIEF rule 3):
 * otherwise nothing at all, no n and no delta. Every figure here follows from the two
 * shown summaries, so it reveals nothing they do not. Deltas are taken between the figures as
 * shown (the mean is shown to one decimal), so the card's "3,8 → 4,1 (+0,3)" always adds up.
 */
export type ScaleChange =
  | { shown: false; questionId: string }
  | {
      shown: true;
      questionId: string;
      n: { before: number; after: number };
      median: { before: number; after: number; delta: number };
      mean: { before: number; after: number; delta: number };
      /** Every step of the scale: its count and whole percent in each round, and the count's change. */
      steps: { value: number; before: number; after: number; delta: number; percentBefore: number; percentAfter: number }[];
    };

/**
 * @example scaleChange(
 *   { kind: 'scale', questionId: 'klarhed', shown: true, k: 5, n: 5, counts: [{ value: 1, count: 0 }, { value: 2, count: 2 }, { value: 3, count: 3 }], median: 3, mean: 2.6, spread: { low: 2, high: 3 } },
 *   { kind: 'scale', questionId: 'klarhed', shown: true, k: 5, n: 6, counts: [{ value: 1, count: 0 }, { value: 2, count: 1 }, { value: 3, count: 5 }], median: 3, mean: 2.8, spread: { low: 3, high: 3 } })
 * // { shown: true, questionId: 'klarhed', n: { before: 5, after: 6 },
 * //   median: { before: 3, after: 3, delta: 0 }, mean: { before: 2.6, after: 2.8, delta: 0.2 },
 * //   steps: [{ value: 1, before: 0, after: 0, delta: 0, percentBefore: 0, percentAfter: 0 },
 * //           { value: 2, before: 2, after: 1, delta: -1, percentBefore: 40, percentAfter: 17 },
 * //           { value: 3, before: 3, after: 5, delta: 2, percentBefore: 60, percentAfter: 83 }] }
 */
export function scaleChange(before: ScaleSummary, after: ScaleSummary): ScaleChange {
  if (before.questionId !== after.questionId) {
    throw new Error(`scaleChange(): the rounds answer different questions ('${before.questionId}' and '${after.questionId}'); compare rounds of the same question.`);
  }
  if (!before.shown || !after.shown) return { shown: false, questionId: after.questionId };
  assertSameSteps(before, after);
  // Rounded per step, as the summary card shows a scale's steps (cards/distribution-lines.ts).
  const percent = (count: number, n: number) => Math.round((100 * count) / n);
  return {
    shown: true,
    questionId: after.questionId,
    n: { before: before.n, after: after.n },
    median: { before: before.median, after: after.median, delta: oneDecimal(after.median - before.median) },
    mean: { before: before.mean, after: after.mean, delta: oneDecimal(after.mean - before.mean) },
    steps: after.counts.map((c, i) => ({
      value: c.value,
      before: before.counts[i].count,
      after: c.count,
      delta: c.count - before.counts[i].count,
      percentBefore: percent(before.counts[i].count, before.n),
      percentAfter: percent(c.count, after.n),
    })),
  };
}

/** A scale whose steps changed (1–5 became 0–10) is a new question: its medians cannot be compared. */
function assertSameSteps(before: ShownScale, after: ShownScale): void {
  const steps = (s: ShownScale) => s.counts.map((c) => c.value).join(',');
  if (steps(before) !== steps(after)) {
    throw new Error(`scaleChange(): '${after.questionId}' has steps ${steps(before)} in one round and ${steps(after)} in the next; a changed scale cannot be compared, so give it a new question id.`);
  }
}

/** Rounds away floating-point noise: 4.1 − 3.8 is 0.3, not 0.2999999999999998. */
function oneDecimal(n: number): number {
  return Math.round(n * 10) / 10;
}
