import { errorFields } from '../config/log';
import { noticeCard } from '../cards/notice-card';
import { t } from '../cards/i18n';
import { catchUp } from '../domain/checkins/catch-up';
import { checkinTemplate } from '../domain/checkins/templates';
import { afterRounds, type ScheduleRecord } from '../storage/schedule-store';
import type { OpenRound } from '../storage/session-store';
import type { DialogDeps } from './deps';
import { openRound } from './open-round';
import { sendReminder } from './round-reminder';
import { TeamUnreachableError } from './teams-port';
import { statusCodeOf } from '../storage/storage-errors';
import { every, type Repeating } from './every';
import { chatWording } from '../cards/chat-naming';
import { eachAtMost } from '../domain/each-at-most';
import { shuffled } from '../domain/shuffled';

/**
 * Opens due check-in rounds and sends their reminders. Everything it knows is in storage, and
 * every act is claimed there first (the round's session insert, a reminder's marker row), so any
 * number of instances can run it side by side and each round, reminder and summary happens once.
 * Rounds close, and their summaries are posted, through the deadline watcher like any session.
 */
export function startScheduler(deps: DialogDeps, everyMs: number): Repeating<void> {
  const log = deps.log.child('scheduler');
  const claimed = new Set<string>();
  return every(everyMs, () => runOnce(deps, log, claimed));
}

const ROUNDS_AT_ONCE = 16;

/** `claimed`: the reminders this process has claimed or seen claimed, so each is tried once here, not every tick. */
async function runOnce(deps: DialogDeps, log: DialogDeps['log'], claimed: Set<string>): Promise<void> {
  try {
    const records = await deps.schedules.all();
    // Several at a time: the send queue, not this loop, is what keeps posts within Teams' limits.
    // Each instance in its own order, so that instances open different rounds rather than race for the same ones.
    await eachAtMost(ROUNDS_AT_ONCE, shuffled(records), (record) => dueRounds(deps, record).catch((err) => log.error('could not open a round', { schedule: record.schedule.id, ...errorFields(err) })));
    // Reminders need only the reminder hours, which opening a round does not change: no second read.
    const byId = new Map(records.map((r) => [r.schedule.id, r]));
    const open = await deps.sessions.openRoundTimes(deps.now());
    for (const round of open) {
      const record = byId.get(round.scheduleId);
      if (record) await reminders(deps, round, record, claimed).catch((err) => log.error('could not send a reminder', { session: round.id, ...errorFields(err) }));
    }
    // Closed rounds' reminders are never due again.
    const openIds = new Set(open.map((r) => r.id));
    for (const key of claimed) if (!openIds.has(key.slice(0, key.indexOf('|')))) claimed.delete(key);
  } catch (err) {
    log.warn('schedule check failed; will try again', errorFields(err));
  }
}

/** Opens the round that is due, if any, and moves the schedule's mark past what was dealt with. */
async function dueRounds(deps: DialogDeps, record: ScheduleRecord): Promise<void> {
  const { schedule } = record;
  const plan = catchUp(schedule, deps.now(), record.lastDue ? new Date(record.lastDue) : undefined);
  if (!plan.handledUpTo) return;
  if (plan.open) {
    let threadExists: boolean;
    try {
      threadExists = (await openRound(deps, record, plan.open)).threadExists;
    } catch (err) {
      if (!(err instanceof TeamUnreachableError)) throw err;
      await pauseUnreachable(deps, record);
      return;
    }
    // Until its thread exists, the round stays due, so a crash while posting is taken over later.
    if (!threadExists) return;
  }
  const upTo = plan.handledUpTo.toISOString();
  // Only the instance whose write moved the mark logs the skipped rounds, so each is logged once.
  const moved = await deps.schedules.change(schedule.id, (r) => afterRounds(r, upTo, !!plan.open, deps.now()));
  if (moved?.changed) {
    for (const s of plan.skipped) deps.log.info('round skipped', { schedule: schedule.id, dueAt: s.dueAt.toISOString(), reason: s.reason });
  }
}

/** Teams refused a post in the channel (403): pause the schedule until its owner resumes it. */
async function pauseUnreachable(deps: DialogDeps, record: ScheduleRecord): Promise<void> {
  const paused = await deps.schedules.change(record.schedule.id, (r) =>
    r.schedule.paused ? undefined : { ...r, schedule: { ...r.schedule, paused: true, version: r.schedule.version + 1 }, pausedBecause: 'unreachable' },
  );
  if (!paused?.changed) return;
  deps.log.warn('schedule paused: Teams refused posts in its channel (403)', { schedule: record.schedule.id });
  // Tell the owner where they can hear it: personal chat, if the app is installed for them.
  const lang = record.schedule.language;
  const title = t(lang, checkinTemplate(record.schedule.templateId)?.titleKey ?? 'checkin.kerneopgaveTjek.title');
  await deps.port
    .tellPrivately(record.place, record.schedule.owner.id, noticeCard(t(lang, 'schedule.unreachable.title'), [t(lang, chatWording(record.place, 'schedule.unreachable.body'), { title })]))
    .catch((err) => deps.log.info('could not tell the owner in personal chat', { schedule: record.schedule.id, status: statusCodeOf(err) }));
}

/**
 * The newest reminder that has come due and not been sent; older missed ones are not sent late.
 * The round's own row is read, and the reminder claimed, only once one has come due.
 */
async function reminders(deps: DialogDeps, round: OpenRound, record: ScheduleRecord, claimed: Set<string>): Promise<void> {
  const now = deps.now().getTime();
  const opened = Date.parse(round.dueAt);
  const due = [...record.schedule.reminderHours].sort((a, b) => a - b).filter((h) => opened + h * 3_600_000 <= now);
  const latest = due[due.length - 1];
  if (latest === undefined || now >= Date.parse(round.deadline)) return;
  const key = `${round.id}|${latest}`;
  if (claimed.has(key)) return;
  const session = (await deps.sessions.get(round.id))?.session;
  if (!session || session.state !== 'open' || !session.place.threadId) return;
  const mine = await deps.sessions.claimOnce(session.id, `reminder-${latest}`);
  claimed.add(key);
  if (!mine) return;
  await sendReminder(deps, session);
  deps.log.info('reminder sent', { session: session.id, hours: latest });
}
