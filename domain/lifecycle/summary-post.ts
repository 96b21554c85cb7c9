import { isFresh, STALE_SUMMARY_CLAIM_MS, summaryDue } from './claims';
import { refuse, type Transition } from './transition';

/**
 * A process takes on posting the summary: only when it is due, not yet posted or withheld, never
 * for a cancelled session, and not while another process holds a fresh claim. Once only: the
 * ETag write of the claim decides between processes; a stale claim (a crash) is taken over.
 */
export function claimSummary(now: Date): Transition {
  return (s) => {
    if (s.summaryPostedAt) return refuse('posted');
    if (s.summaryWithheld) return refuse('withheld');
    if (s.cancelledAt) return refuse('cancelled');
    if (!summaryDue(s)) return refuse('notDue');
    if (isFresh(s.summaryClaimedAt, now, STALE_SUMMARY_CLAIM_MS)) return refuse('claimed');
    return { ...s, summaryClaimedAt: now.toISOString() };
  };
}

/** The summary is in the thread. */
export function markSummaryPosted(now: Date): Transition {
  return (s) => (s.summaryPostedAt ? refuse('posted') : { ...s, summaryPostedAt: now.toISOString() });
}

/** The summary could not be posted (the app is gone from the team): kept, never tried again. */
export function markSummaryWithheld(reason: 'unreachable' | 'noAnswerPhase'): Transition {
  return (s) => (s.summaryPostedAt ? refuse('posted') : s.summaryWithheld ? refuse('withheld') : { ...s, summaryWithheld: reason });
}
