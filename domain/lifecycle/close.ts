import type { PhaseKind } from '../exercise';
import { phaseOf, type Session } from '../session';
import { refuse, type Transition } from './transition';
import { meetingDeadline } from '../meeting';

/**
 * The open phase begins to close: answers stop, and whoever closes it next (this process, another
 * instance, the deadline watcher after a crash) finishes it. Only an open session can begin.
 *
 * @example beginClose(now, 'deadline')(openSession) // { ...openSession, state: 'closing', closedBy: 'deadline', closingAt: now }
 */
export function beginClose(now: Date, by: 'facilitator' | 'deadline'): Transition {
  return (s) => (s.state !== 'open' ? refuse('notOpen') : { ...s, state: 'closing', closedBy: by, closingAt: now.toISOString() });
}

/**
 * The closing phase `from` is finished: the next phase opens (its progress figure from zero, its
 * own deadline if it has one), or, with no next phase, the session closes. Only a session still
 * closing `from` finishes, so of two processes finishing at once only the first write applies, and
 * a late one never reopens a later phase that is closing by then.
 */
export function finishPhase(now: Date, from: PhaseKind, next: PhaseKind | undefined, nextDeadline?: string): Transition {
  return (s) => {
    if (s.state !== 'closing' || phaseOf(s) !== from) return refuse('notClosing');
    if (!next) return { ...s, state: 'closed', closedAt: now.toISOString() };
    return { ...s, state: 'open', phase: next, closingAt: undefined, shownProgress: 0, phaseDeadline: nextDeadline };
  };
}

/** The next phase's own deadline: its minutes in a meeting, else the days the facilitator gave it at setup. */
export function phaseDeadlineFor(session: Session, phase: PhaseKind, now: Date): string | undefined {
  if (session.settings.meeting) return meetingDeadline(session.settings.meeting, phase, now);
  const days = phase === 'proposals' || phase === 'vote' ? session.settings.phaseDays?.[phase] : undefined;
  return days ? new Date(now.getTime() + days * 86_400_000).toISOString() : undefined;
}
