import type { ScaleQuestion } from '../exercise';
import type { AnswerTexts } from '../validation/answer';
import { mean } from '../numbers';
import { scaleValue } from './scale-value';
import { SOCIAL_CAPITAL_ITEMS, socialKapital, type SocialCapitalDimension } from './templates/social-kapital';

export type DimensionScore =
  | { dimension: SocialCapitalDimension; shown: false }
  | { dimension: SocialCapitalDimension; shown: true; n: number; score: number };

export type SocialCapitalScore =
  | { kind: 'socialCapital'; shown: false; k: number }
  | { kind: 'socialCapital'; shown: true; k: number; respondents: number; dimensions: DimensionScore[] };

/**
 * The social-capital pulse, 0–100 per dimension.
 *
 * A person's dimension score is the mean of the items they answered, mapped from the 1–5 scale
 * to 0–100 (1 → 0, 3 → 50, 5 → 100). It counts only if they answered at least half of the
 * dimension's items (2 of 3), as is usual for such scales, so one stray click does not stand
 * for a whole dimension. The team's score is the mean of those scores, to a whole number.
 * Nothing is shown below k respondents, and a dimension is shown only from k scores of its own.
 *
 * @example scoreSocialCapital(answers, 5) // six people answering 4 on every item
 * // { kind: 'socialCapital', shown: true, k: 5, respondents: 6, dimensions: [
 * //   { dimension: 'trust', shown: true, n: 6, score: 75 }, { dimension: 'fairness', … score: 75 }, { dimension: 'collaboration', … score: 75 }] }
 */
export function scoreSocialCapital(answers: readonly AnswerTexts[], k: number): SocialCapitalScore {
  if (answers.length < k || answers.length === 0) return { kind: 'socialCapital', shown: false, k };
  const questions = new Map(socialKapital.questions.map((q) => [q.id, q as ScaleQuestion]));
  const dimensions = (Object.keys(SOCIAL_CAPITAL_ITEMS) as SocialCapitalDimension[]).map((dimension): DimensionScore => {
    const items = SOCIAL_CAPITAL_ITEMS[dimension].map((id) => questions.get(id)!);
    const scores = answers.flatMap((a) => {
      const values = items.map((q) => scaleValue(a[q.id], q.min, q.max)).filter((v): v is number => v !== undefined);
      if (values.length < Math.ceil(items.length / 2)) return [];
      return [(100 * (mean(values) - items[0].min)) / (items[0].max - items[0].min)];
    });
    return scores.length >= k ? { dimension, shown: true, n: scores.length, score: Math.round(mean(scores)) } : { dimension, shown: false };
  });
  return { kind: 'socialCapital', shown: true, k, respondents: answers.length, dimensions };
}

/**
 * The figures a trend follows: each shown dimension's score.
 *
 * @example socialCapitalFigures(score) // { trust: 67, fairness: 25 } when collaboration is not shown
 */
export function socialCapitalFigures(score: SocialCapitalScore): Record<string, number> {
  if (!score.shown) return {};
  return Object.fromEntries(score.dimensions.flatMap((d) => (d.shown ? [[d.dimension, d.score]] : [])));
}
