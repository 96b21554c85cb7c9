import { coarse, type CoarseFigure } from '../anonymity/coarse';
import type { ScaleSummary } from '../summary/distribution';
import type { RepeatedScale } from '../summary/repeat-figures';
import { clearSplit } from './clear-split';

/**
 * A scale question of a check-in round as the round shows it: the mean, rounded for the number who
 * answered (anonymity/coarse.ts), and whether the answers split into two camps by more than one
 * person (clear-split.ts). No counts per step, no median and no spread: each of those moves by
 * one whole answer when one person leaves between two rounds, and the round before would give
 * that person's answer (docs/anonymity.md, "Figures across rounds").
 */
export type RoundScale = { questionId: string; shown: false } | { questionId: string; shown: true; n: number; mean: CoarseFigure; min: number; max: number; split: boolean };

/**
 * @param exact the mean as an earlier round showed it exactly, before rounding (exact-figures.ts).
 *   Its card showed the counts per step too, and beside them the split flag of this round told
 *   which answer left in 18 of 300 random teams (12 even by a clear margin), so there is none.
 *
 * @example roundScale({ kind: 'scale', questionId: 'klarhed', shown: true, k: 5, n: 6, counts: [1–5 with 0, 1, 1, 3, 1], median: 4, mean: 3.7, spread: … })
 * // { questionId: 'klarhed', shown: true, n: 6, mean: { value: 4, step: 1 }, min: 1, max: 5, split: false }
 */
export function roundScale(s: ScaleSummary | RepeatedScale, exact?: number): RoundScale {
  if (!s.shown) return { questionId: s.questionId, shown: false };
  // A re-run exercise's scale shows nothing per answer (summary/repeat-figures.ts); rounds never are one.
  if ('repeated' in s) return { questionId: s.questionId, shown: false };
  const min = s.counts[0].value;
  const max = s.counts[s.counts.length - 1].value;
  const mean = s.counts.reduce((sum, c) => sum + c.value * c.count, 0) / s.n;
  return { questionId: s.questionId, shown: true, n: s.n, mean: coarse(mean, { min, max }, s.n, exact), min, max, split: exact === undefined && clearSplit(s.counts) };
}
