import type { ChoiceSummary, ScaleSummary } from './distribution';

/**
 * A scale or choice the team was asked before (repeat-rule.ts) as its summary shows it: how many
 * answered it, and nothing per step or option (docs/anonymity.md, "Figures across rounds"). The
 * run before in the team was shown exactly, and beside those exact figures every summary of this run's answers
 * that was measured still gave away the answer of one person who left in between, when the others
 * answered as before: a rounded mean in 56 of 300 random teams, the "split in two camps" flag
 * alone in 23, rounded shares per option in more than 90. Only showing none gives none away.
 */
export interface RepeatedFigure<K extends 'scale' | 'choice' = 'scale' | 'choice'> {
  kind: K;
  questionId: string;
  shown: true;
  repeated: true;
  k: number;
  n: number;
}

export type RepeatedScale = RepeatedFigure<'scale'>;
export type RepeatedChoice = RepeatedFigure<'choice'>;

/**
 * A shown scale or choice as it shows when asked before; a hidden one stays hidden.
 *
 * @example repeated({ kind: 'scale', questionId: 'position', shown: true, k: 5, n: 6, counts: […], median: 3, mean: 3, spread: … })
 * // { kind: 'scale', questionId: 'position', shown: true, repeated: true, k: 5, n: 6 }
 */
export function repeated<S extends ScaleSummary | ChoiceSummary>(s: S): S | RepeatedFigure<S['kind']> {
  return s.shown ? { kind: s.kind, questionId: s.questionId, shown: true, repeated: true, k: s.k, n: s.n } : s;
}
