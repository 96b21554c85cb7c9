import { refuse, type Transition } from './transition';

/**
 * The shared card's stepped progress figure moves up to `shown` (docs/anonymity.md, rule 6): only
 * while the phase is open, and never down, so of two answers crossing a step at once one redraws.
 */
export function showProgress(shown: number): Transition {
  return (s) => (s.state !== 'open' ? refuse('notOpen') : shown <= s.shownProgress ? refuse('unchanged') : { ...s, shownProgress: shown });
}
