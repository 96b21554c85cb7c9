import type { CoarseFigure } from '../anonymity/coarse';
import { roundScale } from '../checkins/round-scale';
import type { ChoiceSummary, ScaleSummary } from './distribution';

/**
 * A scale of a re-run exercise as its summary shows it: the mean rounded for the number who
 * answered (anonymity/coarse.ts, as a check-in round shows it) and whether the answers split into
 * two camps. No count or share per step, no median, no spread: each moves by one whole answer when
 * one person leaves between two runs, and with the run before, gives that person's answer
 * (docs/anonymity.md, "Figures across rounds").
 */
export interface RepeatedScale {
  kind: 'scale';
  questionId: string;
  shown: true;
  repeated: true;
  k: number;
  n: number;
  min: number;
  max: number;
  mean: CoarseFigure;
  split: boolean;
}

/**
 * A choice of a re-run exercise: how many answered it, and nothing per option. Every rounding of
 * the options' shares that was measured still gave the leaver's choice away in more than one team
 * in ten (docs/anonymity.md, "Figures across rounds"), and so does naming the option most chose.
 */
export interface RepeatedChoice {
  kind: 'choice';
  questionId: string;
  shown: true;
  repeated: true;
  k: number;
  n: number;
}

/**
 * A shown scale as a re-run shows it; a hidden one stays hidden.
 *
 * @example repeatedScale({ kind: 'scale', questionId: 'position', shown: true, k: 5, n: 6, counts: [1–5 with 1, 2, 0, 2, 1], median: 3, mean: 3, spread: … })
 * // { kind: 'scale', questionId: 'position', shown: true, repeated: true, k: 5, n: 6, min: 1, max: 5, mean: { value: 3, step: 1 }, split: true }
 */
export function repeatedScale(s: ScaleSummary): ScaleSummary | RepeatedScale {
  const r = roundScale(s);
  if (!s.shown || !r.shown) return s;
  return { kind: 'scale', questionId: s.questionId, shown: true, repeated: true, k: s.k, n: s.n, min: r.min, max: r.max, mean: r.mean, split: r.split };
}

/**
 * A shown choice as a re-run shows it: its count of answers only; a hidden one stays hidden.
 *
 * @example repeatedChoice({ kind: 'choice', questionId: 'q', shown: true, k: 5, n: 6, counts: […], shares: […] })
 * // { kind: 'choice', questionId: 'q', shown: true, repeated: true, k: 5, n: 6 }
 */
export function repeatedChoice(s: ChoiceSummary): ChoiceSummary | RepeatedChoice {
  return s.shown ? { kind: 'choice', questionId: s.questionId, shown: true, repeated: true, k: s.k, n: s.n } : s;
}

/** Whether a scale or choice is shown as a re-run shows it. */
export function isRepeated<T extends { kind: string }>(s: T | RepeatedScale | RepeatedChoice): s is RepeatedScale | RepeatedChoice {
  return 'repeated' in s && s.repeated === true;
}
