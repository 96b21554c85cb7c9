import { closesAt, occurrencesBetween } from './recurrence';
import type { CheckinSchedule } from './schedule';

/** A round opened this many minutes after it was due or later is "late", and its card says so. */
export const LATE_AFTER_MINUTES = 10;
/** After a long outage, rounds further back than this are not even listed as skipped. */
export const LOOK_BACK_DAYS = 366;

export interface SkippedRound {
  dueAt: Date;
  /** 'missed': its window passed while nobody opened it; 'paused': it fell due while the schedule was paused. */
  reason: 'missed' | 'paused';
}

export interface CatchUp {
  /** The one round to open now, if any. Never more than one, so an outage never ends in a burst. */
  open?: { dueAt: Date; closesAt: Date; late: boolean };
  /** Rounds that will never be opened, oldest first, for the log. */
  skipped: SkippedRound[];
  /**
   * The due time of the newest round dealt with (opened or skipped). Store it as the next call's
   * `lastDue`, so no round is returned twice. Undefined when nothing was due.
   */
  handledUpTo?: Date;
}

/**
 * What the scheduler should do now: a pure function of the schedule, the clock and the due time
 * of the last round it dealt with.
 *
 * - Rounds due after `lastDue` and at or before `now` are due; never one due before the schedule
 *   was created, last edited or resumed (an edit that moves 14:00 to 09:00 does not open 09:00 late).
 * - The newest of them opens if `now` is still inside its window (late if more than
 *   LATE_AFTER_MINUTES behind); every older one is skipped, since its window has passed or a
 *   newer round replaces it.
 * - While paused, every due round is skipped with reason 'paused', so resuming does not open old rounds.
 *
 * `lastDue` must be the *due* time of that round, not when it actually opened.
 *
 * @example catchUp(weeklyMonday9, new Date('2027-03-09T10:00Z'), new Date('2027-03-01T08:00Z'))
 * // with 3-day rounds: { skipped: [{ dueAt: 2027-03-08T08:00Z, reason: 'missed' }], handledUpTo: 2027-03-08T08:00Z }
 * // with 7-day rounds: { open: { dueAt: 2027-03-08T08:00Z, closesAt: 2027-03-15T08:00Z, late: true }, skipped: [], handledUpTo: … }
 */
export function catchUp(schedule: CheckinSchedule, now: Date, lastDue: Date | undefined): CatchUp {
  // A one-off whose round has been dealt with is over, whatever its rule says (follow-up.ts).
  if (schedule.ended) return { skipped: [] };
  const created = Date.parse(schedule.createdAt);
  const changed = schedule.changedAt ? Date.parse(schedule.changedAt) : created;
  const lookBack = now.getTime() - LOOK_BACK_DAYS * 86_400_000;
  const from = new Date(Math.max(lastDue?.getTime() ?? created, created, changed, lookBack));
  const due = occurrencesBetween(schedule, from, now);
  if (due.length === 0) return { skipped: [] };
  const newest = due[due.length - 1];
  const handledUpTo = newest;
  if (schedule.paused) return { skipped: due.map((dueAt) => ({ dueAt, reason: 'paused' })), handledUpTo };
  const closes = closesAt(schedule, newest);
  const older = due.slice(0, -1).map((dueAt): SkippedRound => ({ dueAt, reason: 'missed' }));
  if (now.getTime() >= closes.getTime()) return { skipped: [...older, { dueAt: newest, reason: 'missed' }], handledUpTo };
  const late = now.getTime() - newest.getTime() > LATE_AFTER_MINUTES * 60_000;
  return { open: { dueAt: newest, closesAt: closes, late }, skipped: older, handledUpTo };
}

/**
 * A stable key for a round, for claiming it exactly once with an eTag-conditional write.
 *
 * @example roundKey('s-42', new Date('2027-03-01T08:00:00Z')) // 's-42|2027-03-01T08:00:00Z'
 */
export function roundKey(scheduleId: string, dueAt: Date): string {
  return `${scheduleId}|${dueAt.toISOString().replace('.000Z', 'Z')}`;
}
