import { phaseOf, type Session } from '../session';

/** A claim on posting the summary older than this was cut short (a crash) and may be taken over. */
export const STALE_SUMMARY_CLAIM_MS = 2 * 60_000;
/** A claim on posting the thread older than this was cut short and may be taken over. */
export const STALE_THREAD_CLAIM_MS = 60_000;
/** A close left unfinished longer than this is taken over (the deadline watcher). */
export const STALE_CLOSE_MS = 2 * 60_000;

/**
 * Whether a claim made at `claimedAt` still holds at `now`: a claim is fresh for `staleMs`, after
 * which the process that made it is taken to have died. Growing stale is the only release there
 * is (docs/data.md, "How a row is changed"): a failed process writes nothing more.
 *
 * @example isFresh('2026-12-05T10:00:00Z', new Date('2026-12-05T10:01:00Z'), STALE_SUMMARY_CLAIM_MS) // true
 */
export function isFresh(claimedAt: string | undefined, now: Date, staleMs: number): boolean {
  return claimedAt !== undefined && ageOf(claimedAt, now) < staleMs;
}

/** How long ago `at` was, in ms. */
export function ageOf(at: string, now: Date): number {
  return now.getTime() - Date.parse(at);
}

/**
 * Whether the answer phase's summary is due: once that phase is over (the session is closed, or a
 * later phase has opened) and until it is posted or withheld. The claim and the deadline watcher's
 * index both ask this one rule.
 */
export function summaryDue(session: Session): boolean {
  const done = session.summaryPostedAt !== undefined || session.summaryWithheld !== undefined;
  return !done && (session.state === 'closed' || phaseOf(session) !== 'answer');
}
