import type { PhaseKind } from '../exercise';
import { phaseOf } from '../session';
import { refuse, type Transition } from './transition';

/**
 * The shared card's stepped progress figure of `phase` moves up to `shown` (docs/anonymity.md,
 * rule 6): only while that phase is open, and never down, so of two answers crossing a step at
 * once one redraws, and a figure counted in one phase never lands on the next.
 */
export function showProgress(phase: PhaseKind, shown: number): Transition {
  return (s) => (s.state !== 'open' || phaseOf(s) !== phase ? refuse('notOpen') : shown <= s.shownProgress ? refuse('unchanged') : { ...s, shownProgress: shown });
}
