import { createHash } from 'node:crypto';
import { t } from '../cards/i18n';
import { roundKey } from '../domain/checkins/catch-up';
import { roundDefinition } from '../domain/checkins/templates';
import { isAfterMeeting } from '../domain/checkins/meeting-rating';
import type { Session } from '../domain/session';
import type { ScheduleRecord } from '../storage/schedule-store';
import type { DialogDeps } from './deps';
import { createAndPost } from './post-thread';

/** A round due by the schedule: when, until when, and whether it opens late. */
export interface DueRound {
  dueAt: Date;
  closesAt: Date;
  late: boolean;
}

/**
 * The round's session id, the same on every instance, so that creating it is the claim: only
 * one insert of it can succeed, and only that instance posts the thread.
 *
 * @example roundSessionId('s-42', new Date('2027-03-01T08:00:00Z')) // 24 hex characters
 */
export function roundSessionId(scheduleId: string, dueAt: Date): string {
  return createHash('sha256')
    .update(`round|${roundKey(scheduleId, dueAt)}`)
    .digest('hex')
    .slice(0, 24);
}

/** What openRound came to: whether the round's thread exists now, and whether this call posted it. */
export interface OpenedRound {
  /** Posted by this call or an earlier one; false while another instance holds a fresh claim on posting it. */
  threadExists: boolean;
  /** This call posted the thread (createAndPost's `posted`); false when an earlier delivery did. */
  posted: boolean;
}

/**
 * Opens one round as a session whose answer phase ends when the round closes, and posts it as a
 * new thread in the schedule's channel.
 *
 * @example await openRound(deps, record, { dueAt, closesAt, late: false }) // { threadExists: true, posted: true }
 */
export async function openRound(deps: DialogDeps, record: ScheduleRecord, due: DueRound): Promise<OpenedRound> {
  const { schedule } = record;
  const id = roundSessionId(schedule.id, due.dueAt);
  // Another instance may have posted it since this tick's read: one read, instead of a create
  // (secret, index, rows) that is refused and undone.
  if ((await deps.sessions.get(id))?.session.place.threadId) return { threadExists: true, posted: false };
  const def = roundDefinition(schedule, record.carried);
  const session: Session = {
    schema: 1,
    phaseKeys: true,
    id,
    exerciseId: def.id,
    exerciseVersion: def.version,
    settings: {
      title: t(schedule.language, def.titleKey),
      k: schedule.k,
      deadline: due.closesAt.toISOString(),
      timeZone: schedule.timeZone,
      language: schedule.language,
      distribution: 'all',
      ...(schedule.groups ? { groups: [...schedule.groups] } : {}),
    },
    facilitator: { ...schedule.owner },
    coFacilitators: schedule.coFacilitators.map((p) => ({ ...p })),
    state: 'open',
    phase: def.phases[0],
    phaseDeadline: due.closesAt.toISOString(),
    place: { ...record.place },
    createdAt: deps.now().toISOString(),
    shownProgress: 0,
    round: { scheduleId: schedule.id, dueAt: due.dueAt.toISOString(), late: due.late, carried: [...record.carried], afterMeeting: isAfterMeeting(schedule) },
  };
  const { session: stored, posted } = await createAndPost(deps, session);
  if (posted) deps.log.info('round opened', { schedule: schedule.id, session: session.id, dueAt: session.round?.dueAt, late: due.late });
  return { threadExists: !!stored.place.threadId, posted };
}
