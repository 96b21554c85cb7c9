import type { ExerciseDefinition, ScaleQuestion } from '../exercise';
import type { AnswerTexts } from '../validation/answer';
import { summarisePerspectives, type PerspectivesSummary, type QuotedElsewhere } from './perspectives';
import type { SummaryContext } from './quotable-texts';
import { shuffled } from './themes';

/** The comments of those who gave the scale's low ratings, as a section of their own. */
export interface LowRatings {
  scaleId: string;
  /** The low steps, from the scale's minimum to the last step below its middle. */
  low: { from: number; to: number };
  /** The other steps, up to the scale's maximum. */
  rest: { from: number; to: number };
  /** Their comments, per free-text question, under the same rules as every section. */
  comments: PerspectivesSummary;
  /**
   * Questions whose comments from everyone else are fewer than k: their own section gives way to
   * this one, else those few comments would be what it shows beyond this one.
   */
  replaces: string[];
  /** Those of them where someone else did comment: the section says that is held back. */
  restHeldBack: string[];
}

/**
 * "Fra dem, der gav 1–2" (docs/anonymity.md, rule 4, "Low ratings"). A low rating is one below the
 * middle of the scale (1–2 on 1–5, 0–4 on 0–10): a rating of the middle itself is no dissent. The
 * scale is the exercise's first; its comments are the free-text questions `commentIds` (in
 * "Hvilke faggrupper" the proposal's rating and "what would you change").
 *
 * Shown only when at least k people gave a low rating. Their number can be read off the scale's
 * distribution lines anyway, and it is then at least k; a question takes part when k of them
 * commented on it. The rest of the team is the question's own section minus this one, so a
 * question whose other comments are fewer than k loses its own section (`replaces`): with none
 * this section says all there is, with 1 to k−1 they are held back and the card says so.
 * Undefined when the rule does not apply; a dilemma's sides already show each side's reasons.
 *
 * @example lowRatingComments(faggrupper, answers, 3, ['change']) // ratings 1, 2, 2, 4, 4, 5
 * // { scaleId: 'rating', low: { from: 1, to: 2 }, rest: { from: 3, to: 5 }, comments: { shown: true, … }, replaces: [], restHeldBack: [] }
 */
export function lowRatingComments(
  def: ExerciseDefinition,
  answers: readonly AnswerTexts[],
  k: number,
  commentIds: readonly string[],
  context: SummaryContext = {},
  shuffle = shuffled,
): LowRatings | undefined {
  const scale = def.questions.find((q): q is ScaleQuestion => q.kind === 'scale');
  const comments = def.questions.filter((q) => q.kind === 'freeText' && commentIds.includes(q.id));
  if (!scale || comments.length === 0) return undefined;
  const middle = (scale.min + scale.max) / 2;
  const isLow = isLowRating(scale);
  const low = answers.filter(isLow);
  if (low.length < k) return undefined;
  const others = answers.filter((a) => !isLow(a));
  const writers = (people: readonly AnswerTexts[], id: string) => people.filter((a) => typeof a[id] === 'string' && a[id].trim() !== '').length;
  // A question takes part when k of the low raters commented on it; otherwise its own section stays as it is.
  const shown = comments.filter((q) => writers(low, q.id) >= k);
  if (shown.length === 0) return undefined;
  const replaces = shown.map((q) => q.id).filter((id) => writers(others, id) < k);
  const lastLow = Math.ceil(middle) - 1;
  return {
    scaleId: scale.id,
    low: { from: scale.min, to: lastLow },
    rest: { from: lastLow + 1, to: scale.max },
    comments: summarisePerspectives({ ...def, questions: shown }, low, k, 'all', shuffle, context),
    replaces,
    restHeldBack: replaces.filter((id) => writers(others, id) > 0),
  };
}

/** Whether a question's own section must give way to the low ratings' (see lowRatingComments). */
export function givesWay(low: LowRatings | undefined, questionId: string): boolean {
  return !!low && low.replaces.includes(questionId);
}

/** A rating below the scale's middle (1–2 on 1–5, 0–4 on 0–10). */
function isLowRating(scale: ScaleQuestion): (a: AnswerTexts) => boolean {
  const middle = (scale.min + scale.max) / 2;
  return (a) => {
    const value = a[scale.id];
    return typeof value === 'string' && /^\s*\d+\s*$/.test(value) && Number(value) >= scale.min && Number(value) < middle;
  };
}

/**
 * The comments the low ratings' section quotes, by answer: a low rater's comment on a question
 * that section shows. The question's own section leaves them out, so a comment is neither shown
 * twice nor shown once redacted and once whole (docs/anonymity.md, rule 4, "Low ratings").
 */
export function quotedInLowRatings(def: ExerciseDefinition, low: LowRatings | undefined): QuotedElsewhere {
  const scale = def.questions.find((q): q is ScaleQuestion => q.kind === 'scale');
  if (!low?.comments.shown || !scale) return () => false;
  const isLow = isLowRating(scale);
  const shown = new Set(low.comments.perspectives.filter((p) => p.shown).map((p) => p.id));
  return (questionId, answer) => shown.has(questionId) && isLow(answer);
}
