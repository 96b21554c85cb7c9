import type { PhaseKind } from '../exercise';
import { phaseOf } from '../session';
import { refuse, type Transition } from './transition';

/**
 * The facilitator cancels: the session closes now, and a summary not yet posted never will be.
 * A session already closed is left as it is (a second click, or a close that won).
 */
export function cancel(now: Date): Transition {
  return (s) => {
    if (s.state === 'closed') return refuse(s.cancelledAt ? 'cancelled' : 'closed');
    const at = now.toISOString();
    return { ...s, state: 'closed', closedAt: at, cancelledAt: at, ...(s.summaryPostedAt ? {} : { summaryWithheld: 'cancelled' as const }) };
  };
}

/**
 * Cancel, but only while `phase` is still the open one. Whoever cancels has first stopped that
 * phase taking answers; a phase that opened meanwhile is not shut yet, so it is left ('unchanged')
 * for the caller to shut and try again.
 *
 * @example cancelIn('answer', now)({ ...session, phase: 'proposals' }) // { refused: 'unchanged' }
 */
export function cancelIn(phase: PhaseKind, now: Date): Transition {
  return (s) => (phaseOf(s) !== phase ? refuse('unchanged') : cancel(now)(s));
}

/** The agreed result is written: only in the open result phase, and it closes the session. */
export function writeResult(now: Date): Transition {
  return (s) => (s.state !== 'open' || s.phase !== 'result' ? refuse('notResultPhase') : { ...s, state: 'closed', closedAt: now.toISOString() });
}

/** The retention sweep has cleared the session's raw rows: marked once, so it is never read again. */
export function markSwept(now: Date): Transition {
  return (s) => (s.sweptAt ? refuse('swept') : s.state !== 'closed' ? refuse('notDue') : { ...s, sweptAt: now.toISOString() });
}
