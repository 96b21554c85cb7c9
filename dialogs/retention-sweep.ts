import { errorFields } from '../config/log';
import { DAY_MS, isPastRetention, RETENTION_MIN_DAYS } from '../domain/retention/policy';
import type { DialogDeps } from './deps';
import { eraseTeam } from './erase-data';
import { sweepSession } from './sweep-session';
import { sweepVault } from './sweep-vault';
import { every, type Repeating } from './every';
import { isOneOff } from '../domain/checkins/follow-up';
import type { ScheduleRecord } from '../storage/schedule-store';
import type { SweepCandidate } from '../storage/session-store';
import { eachAtMost } from '../domain/each-at-most';
import { roundSessionId } from './open-round';

const DEFERRALS_AT_ONCE = 8;

export interface SweepReport {
  /** Sessions whose raw answers were deleted. */
  sessions: number;
  /** Teams whose data was deleted after an uninstall's grace period. */
  teams: number;
  /** Ended one-off follow-ups deleted with (or after) their round's raw answers. */
  schedules: number;
  /** Closed sessions' secrets destroyed in the vault because a crash or an outage left them after the close. */
  secrets: number;
  /** Vault entries no session names (a create cut short, an older version's close), destroyed an hour on. */
  orphans: number;
}

/**
 * Deletes what has outlived its time, every `everyMs` and once at start: closed sessions' secrets
 * a crash left in the vault and vault entries no session names (docs/anonymity.md, rule 3,
 * "Forward secrecy"; sweep-vault.ts), the raw answers of sessions closed longer
 * ago than their team's retention (sweep-session.ts), ended one-off follow-ups with their round's
 * raw answers (their rows still hold the agreed actions' texts, docs/data.md), and all data of teams whose uninstall grace
 * period is over (erase-data.ts). Everything it knows is in storage and every step is safe to
 * repeat, so it is the same after a restart and on several instances at once.
 */
export function startRetentionSweep(deps: DialogDeps, everyMs: number): Repeating<SweepReport | undefined> {
  const log = deps.log.child('retention');
  return every(everyMs, async () => {
    try {
      // Sessions from before the index get their index rows, once (session-store.ts ensureIndex);
      // once the marker is seen or written, the store remembers it and this asks storage nothing.
      await deps.sessions.ensureIndex();
      return await sweepOnce(deps);
    } catch (err) {
      log.warn('retention sweep failed; will try again', errorFields(err));
      return undefined;
    }
  });
}

/**
 * One pass. Candidates are closed, unswept sessions older than the shortest retention any team
 * may choose; each is then held against its own team's choice.
 *
 * @example await sweepOnce(deps) // { sessions: 2, teams: 0, schedules: 1, secrets: 0, orphans: 0 }
 */
export async function sweepOnce(deps: DialogDeps): Promise<SweepReport> {
  const log = deps.log.child('retention');
  const now = deps.now();
  const report: SweepReport = { sessions: 0, teams: 0, schedules: 0, secrets: 0, orphans: 0 };
  // First, and every pass: a closed session's secret must not outlive its close for longer than this.
  Object.assign(report, await sweepVault(deps.sessions, log));
  const daysOf = new Map<string, Promise<number>>();
  const retentionOf = (teamId: string) => {
    if (!daysOf.has(teamId)) daysOf.set(teamId, deps.teams.retentionDays(teamId || undefined));
    return daysOf.get(teamId)!;
  };
  const later: { candidate: SweepCandidate; notBefore: Date }[] = [];
  for (const candidate of await deps.sessions.dueForSweep(new Date(now.getTime() - RETENTION_MIN_DAYS * DAY_MS))) {
    const days = await retentionOf(candidate.teamId);
    if (!isPastRetention(candidate.closedAt, days, now)) {
      later.push({ candidate, notBefore: new Date(Date.parse(candidate.closedAt) + (days - RETENTION_MIN_DAYS) * DAY_MS) });
      continue;
    }
    try {
      const rows = await sweepSession(deps, candidate.id);
      if (rows === undefined) continue;
      await deps.sessions.sweepDone(candidate.id);
      report.sessions++;
      log.info('raw answers deleted after the retention period', { session: candidate.id, rows });
    } catch (err) {
      log.error('could not delete raw answers; the next sweep tries again', { session: candidate.id, ...errorFields(err) });
    }
  }
  // Not read again before their team's own retention is over ("opbevaring" re-arms them); after an
  // upgrade that is most sessions at once, so several at a time.
  await eachAtMost(DEFERRALS_AT_ONCE, later, ({ candidate, notBefore }) =>
    deps.sessions.deferSweep(candidate, notBefore).catch((err) => log.warn('could not put a sweep off; it is read again next time', errorFields(err))),
  );
  // After the sessions, so a one-off whose round was swept just now goes in the same pass.
  for (const record of await deps.schedules.all()) {
    const { schedule } = record;
    try {
      if (!isOneOff(schedule) || !schedule.ended || !(await roundSwept(deps, record, await retentionOf(record.place.teamId ?? ''), now))) continue;
      await deps.schedules.delete(schedule.id);
      report.schedules++;
      log.info('ended follow-up deleted with its round', { schedule: schedule.id });
    } catch (err) {
      log.error('could not delete an ended follow-up; the next sweep tries again', { schedule: schedule.id, ...errorFields(err) });
    }
  }
  for (const teamId of await deps.teams.dueForDeletion(now)) {
    try {
      const erased = await eraseTeam(deps, teamId);
      report.teams++;
      log.info('team data deleted after the uninstall grace period', { team: teamId, ...erased });
    } catch (err) {
      log.error("could not delete an uninstalled team's data; the next sweep tries again", { team: teamId, ...errorFields(err) });
    }
  }
  return report;
}

/**
 * Whether an ended one-off's round no longer holds raw answers: its session was swept or deleted.
 * A round that never opened has none; its schedule is kept as long as a closed round would be.
 */
async function roundSwept(deps: DialogDeps, record: ScheduleRecord, days: number, now: Date): Promise<boolean> {
  const ended = record.schedule.ended!;
  if (!ended.opened || !record.lastDue) return isPastRetention(ended.at, days, now);
  const round = await deps.sessions.get(roundSessionId(record.schedule.id, new Date(record.lastDue)));
  return !round || round.session.sweptAt !== undefined;
}
