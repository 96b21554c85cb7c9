import type { ScaleQuestion } from '../exercise';
import type { AnswerTexts } from '../validation/answer';
import { mean } from '../numbers';
import { scaleValue } from './scale-value';
import { coarse, type CoarseFigure } from '../anonymity/coarse';
import { SOCIAL_CAPITAL_ITEMS, socialKapital, type SocialCapitalDimension } from './templates/social-kapital';

export type DimensionScore = { dimension: SocialCapitalDimension; shown: false } | { dimension: SocialCapitalDimension; shown: true; n: number; score: number; step: number };

export type SocialCapitalScore = { kind: 'socialCapital'; shown: false; k: number } | { kind: 'socialCapital'; shown: true; k: number; respondents: number; dimensions: DimensionScore[] };

/**
 * The social-capital pulse, 0–100 per dimension.
 *
 * A person's dimension score is the mean of the items they answered, mapped from the 1–5 scale
 * to 0–100 (1 → 0, 3 → 50, 5 → 100). It counts only if they answered at least half of the
 * dimension's items (2 of 3), as is usual for such scales, so one stray click does not stand
 * for a whole dimension. The team's score is the mean of those scores, rounded to a step that
 * grows as fewer answer (anonymity/coarse.ts: 20 for 5 to 9 people, 10 for 10 to 19), so two rounds
 * cannot be subtracted to one person's score. Nothing is shown below k respondents, and a
 * dimension is shown only from k scores of its own.
 *
 * @param exact each figure as an earlier round showed it exactly, before rounding (exact-figures.ts)
 *
 * @example scoreSocialCapital(answers, 5) // six people answering 4 on every item
 * // { kind: 'socialCapital', shown: true, k: 5, respondents: 6, dimensions: [
 * //   { dimension: 'trust', shown: true, n: 6, score: 70, step: 20 }, { dimension: 'fairness', … score: 70 }, { dimension: 'collaboration', … score: 70 }] }  (75, a tie, goes toward the middle)
 */
export function scoreSocialCapital(answers: readonly AnswerTexts[], k: number, exact: Readonly<Record<string, number>> = {}): SocialCapitalScore {
  if (answers.length < k || answers.length === 0) return { kind: 'socialCapital', shown: false, k };
  const questions = new Map(socialKapital.questions.map((q) => [q.id, q as ScaleQuestion]));
  const dimensions = (Object.keys(SOCIAL_CAPITAL_ITEMS) as SocialCapitalDimension[]).map((dimension): DimensionScore => {
    const items = SOCIAL_CAPITAL_ITEMS[dimension].map((id) => questions.get(id)!);
    const scores = answers.flatMap((a) => {
      const values = items.map((q) => scaleValue(a[q.id], q.min, q.max)).filter((v): v is number => v !== undefined);
      if (values.length < Math.ceil(items.length / 2)) return [];
      return [(100 * (mean(values) - items[0].min)) / (items[0].max - items[0].min)];
    });
    if (scores.length < k) return { dimension, shown: false };
    const { value, step } = coarse(mean(scores), { min: 0, max: 100 }, scores.length, exact[dimension]);
    return { dimension, shown: true, n: scores.length, score: value, step };
  });
  return { kind: 'socialCapital', shown: true, k, respondents: answers.length, dimensions };
}

/**
 * The figures a trend follows: each shown dimension's score, with the step it was rounded to.
 *
 * @example socialCapitalFigures(score) // { trust: { value: 70, step: 20 }, fairness: { value: 30, step: 20 } } when collaboration is not shown
 */
export function socialCapitalFigures(score: SocialCapitalScore): Record<string, CoarseFigure> {
  if (!score.shown) return {};
  return Object.fromEntries(score.dimensions.flatMap((d) => (d.shown ? [[d.dimension, { value: d.score, step: d.step }]] : [])));
}
