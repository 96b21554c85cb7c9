import type { AnswerTexts } from '../validation/answer';
import { mean } from '../numbers';
import { coarse, middleOf, type CoarseFigure } from '../anonymity/coarse';
import { scaleValue } from './scale-value';
import { MEETING_ITEMS, type MeetingItem } from './templates/moedevurdering';

/** The flag from the FIT practice (seed 004): a total of 36 or less, or any item below 9. */
export const DISCUSS_TOTAL_AT_MOST = 36;
export const DISCUSS_ITEM_BELOW = 9;

export type MeetingScore =
  | { kind: 'meetingRating'; shown: false; k: number }
  | {
      kind: 'meetingRating';
      shown: true;
      k: number;
      /** Complete ratings: all four items answered. */
      n: number;
      /** Mean of the 0–40 totals, rounded to `steps.total`. */
      meanTotal: number;
      /** Mean per 0–10 item, rounded to `steps.item`. */
      items: Record<MeetingItem, number>;
      /** The steps the figures were rounded to, coarser the fewer rated (anonymity/coarse.ts). */
      steps: { total: number; item: number };
      /** The FIT flag read off the shown, rounded figures (`discussShown`): put the meeting on the agenda. */
      discuss: boolean;
    };

/**
 * Whether a rating is under the line of the FIT practice (seed 004): a total of 36 or less, or
 * any item below 9. One person's rule; the card's flag is discussShown, on the shown figures. This
 * one stays public as the rule itself, for the attack and cost tests that compare the two.
 *
 * @example underTheLine([10, 9, 9, 9]) // false (37, every item 9 or more)
 * @example underTheLine([10, 10, 10, 8]) // true (an item below 9)
 */
export function underTheLine(values: readonly number[]): boolean {
  return values.reduce((s, v) => s + v, 0) <= DISCUSS_TOTAL_AT_MOST || values.some((v) => v < DISCUSS_ITEM_BELOW);
}

/**
 * The FIT flag as the card's own figures support it: the middle of what the shown total stands for
 * is 36 or less, or that of a shown item is below 9 (`middleOf`). A function of the card alone, so
 * the flag tells nothing the rounded figures do not; on the unrounded means it was one more bit.
 *
 * @example discussShown({ value: 35, step: 10 }, [{ value: 9, step: 2 }, …]) // false ("mindst 35" stands for 35–40)
 * @example discussShown({ value: 30, step: 10 }, [{ value: 9, step: 2 }, …]) // true
 * @example discussShown({ value: 35, step: 10 }, [{ value: 7, step: 2 }, …]) // true
 */
export function discussShown(total: CoarseFigure, items: readonly CoarseFigure[]): boolean {
  return middleOf(total, { min: 0, max: 40 }) <= DISCUSS_TOTAL_AT_MOST + 1e-9 || items.some((item) => middleOf(item, { min: 0, max: 10 }) < DISCUSS_ITEM_BELOW - 1e-9);
}

/**
 * The meeting rating: four 0–10 items summed to 0–40.
 *
 * How we apply it: in FIT the flag belongs to one person's rating. Here ratings are anonymous, so
 * nobody can be asked about theirs; `discuss` is raised when the rule holds for the figures the
 * card shows (`discussShown`). On the unrounded means it was one bit beside them: where the flag
 * hung on one item it gave a leaver away in 13 of 300 random teams, in two ordinary rounds and
 * beside an exact one, where the figures alone gave none. What that costs: of 3,000 seeded teams
 * of 5 to 15 (each at its own level of 7 to 10), the means flagged 2,200 and the shown figures
 * 2,087; 154 flagged on the means are not now (say a total of 36 that reads "mindst 35", an item
 * of 8,6 that reads 9), and 41 are that were not. The share of people under the line is not shown: each person is either under
 * it or not, and two meetings' shares gave away whether one who left between them was, in 281 of
 * 300 random teams even rounded for n, and in 62 rounded for n/4 (docs/anonymity.md, "Figures
 * across rounds"). Only complete ratings count: a total from three items would look like a low
 * score. Nothing is shown below k complete ratings, and the figures are rounded to a step that
 * grows as fewer rate, so two meetings cannot be subtracted to one person's rating.
 *
 * @param exact each figure as an earlier round showed it exactly, before rounding (exact-figures.ts)
 *
 * @example scoreMeeting([{ relationship: '9', goals: '8', approach: '9', overall: '9' }, …five ratings of 10], 5)
 * // { kind: 'meetingRating', shown: true, k: 5, n: 6, meanTotal: 35, items: { relationship: 9, goals: 9, approach: 9, overall: 9 },
 * //   steps: { total: 10, item: 2 }, discuss: false }  (39.2 reads "mindst 35")
 */
export function scoreMeeting(answers: readonly AnswerTexts[], k: number, exact: Readonly<Record<string, number>> = {}): MeetingScore {
  const ratings = answers.map((a) => MEETING_ITEMS.map((id) => scaleValue(a[id], 0, 10))).filter((r): r is number[] => r.every((v) => v !== undefined));
  const n = ratings.length;
  if (n < k || n === 0) return { kind: 'meetingRating', shown: false, k };
  const itemMeans = MEETING_ITEMS.map((_, i) => mean(ratings.map((r) => r[i])));
  const total = coarse(mean(ratings.map((r) => r.reduce((s, v) => s + v, 0))), { min: 0, max: 40 }, n, exact.total);
  const items = itemMeans.map((m, i) => coarse(m, { min: 0, max: 10 }, n, exact[MEETING_ITEMS[i]]));
  return {
    kind: 'meetingRating',
    shown: true,
    k,
    n,
    meanTotal: total.value,
    items: Object.fromEntries(MEETING_ITEMS.map((id, i) => [id, items[i].value])) as Record<MeetingItem, number>,
    steps: { total: total.step, item: items[0].step },
    // From the shown figures, not the means: beside an exact round the means' flag pinned a leaver.
    discuss: discussShown(total, items),
  };
}

/**
 * The figures a trend follows: the mean total and each item, with their steps.
 *
 * @example meetingFigures(score) // { total: { value: 35, step: 10 }, relationship: { value: 9, step: 2 }, … }
 */
export function meetingFigures(score: MeetingScore): Record<string, CoarseFigure> {
  if (!score.shown) return {};
  const { steps } = score;
  return {
    total: { value: score.meanTotal, step: steps.total },
    ...Object.fromEntries(MEETING_ITEMS.map((id) => [id, { value: score.items[id], step: steps.item }])),
  };
}
