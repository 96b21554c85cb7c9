import type { AnswerTexts } from '../validation/answer';
import { mean, oneDecimal } from '../numbers';
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
      /** Mean of the 0–40 totals, one decimal. */
      meanTotal: number;
      /** Mean per 0–10 item, one decimal. */
      items: Record<MeetingItem, number>;
      /** Whole percent of respondents whose own rating is flagged. */
      flaggedShare: number;
      /** That flag applied to the team's means: put the meeting on the agenda. */
      discuss: boolean;
    };

/**
 * The meeting rating: four 0–10 items summed to 0–40.
 *
 * How we apply it: in FIT the flag belongs to one person's rating (total ≤ 36 or an item
 * below 9). Here ratings are anonymous, so nobody can be asked about theirs; the summary gives the
 * share of respondents whose rating is flagged, and raises `discuss` when the same rule holds for
 * the team's means. Only complete ratings count: a total from three items would look like a low
 * score. Nothing is shown below k complete ratings.
 *
 * @example scoreMeeting([{ relationship: '9', goals: '8', approach: '9', overall: '9' }, …five ratings of 10], 5)
 * // { kind: 'meetingRating', shown: true, k: 5, n: 6, meanTotal: 39.2, items: { relationship: 9.8, goals: 9.7, approach: 9.8, overall: 9.8 },
 * //   flaggedShare: 17, discuss: false }
 */
export function scoreMeeting(answers: readonly AnswerTexts[], k: number): MeetingScore {
  const ratings = answers
    .map((a) => MEETING_ITEMS.map((id) => scaleValue(a[id], 0, 10)))
    .filter((r): r is number[] => r.every((v) => v !== undefined));
  const n = ratings.length;
  if (n < k || n === 0) return { kind: 'meetingRating', shown: false, k };
  const flagged = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) <= DISCUSS_TOTAL_AT_MOST || values.some((v) => v < DISCUSS_ITEM_BELOW);
  const itemMeans = MEETING_ITEMS.map((_, i) => mean(ratings.map((r) => r[i])));
  return {
    kind: 'meetingRating',
    shown: true,
    k,
    n,
    meanTotal: oneDecimal(mean(ratings.map((r) => r.reduce((s, v) => s + v, 0)))),
    items: Object.fromEntries(MEETING_ITEMS.map((id, i) => [id, oneDecimal(itemMeans[i])])) as Record<MeetingItem, number>,
    flaggedShare: Math.round((100 * ratings.filter(flagged).length) / n),
    // On the unrounded means: a mean of 8.96 is below 9, even if it is shown as 9.0.
    discuss: flagged(itemMeans),
  };
}

/**
 * The figures a trend follows: the mean total, each item, and the flagged share.
 *
 * @example meetingFigures(score) // { total: 39.2, relationship: 9.8, goals: 9.7, approach: 9.8, overall: 9.8, flaggedShare: 17 }
 */
export function meetingFigures(score: MeetingScore): Record<string, number> {
  return score.shown ? { total: score.meanTotal, ...score.items, flaggedShare: score.flaggedShare } : {};
}
