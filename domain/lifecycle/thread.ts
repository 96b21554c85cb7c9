import { ageOf, STALE_THREAD_CLAIM_MS } from './claims';
import { refuse, type Transition } from './transition';

/**
 * A delivery of the create click takes on posting the thread: not once the thread is posted, and
 * not while another delivery's claim is fresh; a stale claim (a crash) is taken over.
 */
export function claimThread(now: Date): Transition {
  return (s) => {
    if (s.place.threadId) return refuse('posted');
    // Ended before it was posted (Teams refused the post): nothing of it is posted later.
    if (s.state === 'closed') return refuse('closed');
    // Up to and including the minute: the create click's own claim, a second delivery within it waits.
    if (s.threadClaimedAt && ageOf(s.threadClaimedAt, now) <= STALE_THREAD_CLAIM_MS) return refuse('claimed');
    return { ...s, threadClaimedAt: now.toISOString() };
  };
}

/** The thread is posted: its ids are kept for updates and replies. */
export function threadPosted(place: { threadId?: string; rootActivityId?: string }): Transition {
  return (s) => (s.place.threadId ? refuse('posted') : { ...s, place: { ...s.place, ...place } });
}

/**
 * Teams refused the thread (403: the bot removed from the chat, the app blocked): the session ends
 * closed and unposted, so its secret is destroyed with the close and no later delivery posts it.
 */
export function endUnposted(now: Date): Transition {
  return (s) => {
    if (s.place.threadId) return refuse('posted');
    if (s.state === 'closed') return refuse('closed');
    return { ...s, state: 'closed', closedAt: now.toISOString(), summaryWithheld: 'unreachable' };
  };
}
