import type { TableClient, TableEntityResult } from '@azure/data-tables';
import { asStoredOneOff, endedOneOff, isOneOff } from '../domain/checkins/follow-up';
import type { CheckinSchedule } from '../domain/checkins/schedule';
import type { RoundFigures } from '../domain/checkins/trends';
import type { SessionPlace } from '../domain/session';
import { fromJsonProperties, toAsciiJson, toJsonProperties } from './entity-json';
import { StorageConflictError, statusCodeOf } from './storage-errors';
import { guardedChange, type Edit } from './guarded-change';

/** A schedule with what the scheduler keeps about it. No participant is named anywhere in it. */
export interface ScheduleRecord {
  schedule: CheckinSchedule;
  /** The channel the rounds are posted in. */
  place: Omit<SessionPlace, 'threadId' | 'rootActivityId'>;
  /** The due time of the newest round dealt with (opened or skipped), from catchUp's `handledUpTo`. */
  lastDue?: string;
  /** Up to three actions agreed in the last round, asked about in the next. */
  carried: string[];
  /** Figures of past rounds (aggregates from k only, gaps marked), newest last, for trends. */
  history: RoundFigures[];
  /** Set when Teams refused a post (403): the schedule pauses itself until someone resumes it. */
  pausedBecause?: 'unreachable';
}

export interface StoredSchedule {
  record: ScheduleRecord;
  etag: string;
}

const PARTITION = 'schedule';
/** Rounds kept for trends; a trend shows the last few, the rest is history nobody reads. */
export const HISTORY_MAX = 24;

type Row = TableEntityResult<Record<string, unknown>>;

/**
 * Schedules live in their own table, one row each in one partition (there are at most a few per
 * channel), with `channel` as a column to list a channel's. Every change is ETag-checked, so two
 * bot instances never overwrite each other; `change` re-reads and retries on a conflict.
 */
export class ScheduleStore {
  constructor(private readonly table: TableClient) {}

  /**
   * Creates the record once. When its id is taken (a redelivered click, a second press) nothing is
   * written, and the record already stored is returned for the caller to tell whose it is.
   *
   * @example await schedules.create(record) // { created: true }, then { created: false, existing } for the same id
   */
  async create(record: ScheduleRecord): Promise<{ created: boolean; existing?: StoredSchedule }> {
    try {
      await this.table.createEntity(this.row(record));
      return { created: true };
    } catch (err) {
      if (statusCodeOf(err) !== 409) throw err;
      return { created: false, existing: await this.get(record.schedule.id) };
    }
  }

  async get(id: string): Promise<StoredSchedule | undefined> {
    try {
      const row: Row = await this.table.getEntity(PARTITION, id);
      return { record: readRecord(row), etag: row.etag };
    } catch (err) {
      if (statusCodeOf(err) === 404) return undefined;
      throw err;
    }
  }

  /** Replaces the record if nobody changed it since `etag`; StorageConflictError otherwise. */
  async update(record: ScheduleRecord, etag: string): Promise<string> {
    try {
      return (await this.table.updateEntity(this.row(record), 'Replace', { etag })).etag ?? '';
    } catch (err) {
      if (statusCodeOf(err) === 412) throw new StorageConflictError(`schedule ${record.schedule.id}`, { cause: err });
      throw err;
    }
  }

  /**
   * The guarded change of a schedule (guarded-change.ts): `edit` applies to the newest record and
   * returns undefined to leave it alone. Returns the record as stored, and whether this call changed
   * it (so only the instance whose write landed acts on it), or undefined if there is none.
   */
  async change(id: string, edit: Edit<ScheduleRecord>): Promise<{ record: ScheduleRecord; changed: boolean; refused?: string } | undefined> {
    const changed = await guardedChange(
      {
        read: async () => {
          const stored = await this.get(id);
          return stored && { value: stored.record, etag: stored.etag };
        },
        write: async (next, _previous, etag) => {
          await this.update(next, etag);
        },
      },
      edit,
    );
    // Its callers file a round, carried actions or co-facilitators: one that stays contended must not be lost quietly.
    if (changed?.refused === 'busy') throw new Error(`ScheduleStore.change(): schedule ${id} kept changing under this write; try again.`);
    return changed && { record: changed.value, changed: changed.changed, ...(changed.refused ? { refused: changed.refused } : {}) };
  }

  async delete(id: string): Promise<void> {
    try {
      await this.table.deleteEntity(PARTITION, id);
    } catch (err) {
      if (statusCodeOf(err) !== 404) throw err;
    }
  }

  /** Every schedule, for the scheduler's tick. */
  async all(): Promise<ScheduleRecord[]> {
    return this.list(`PartitionKey eq '${PARTITION}'`);
  }

  /** The schedules of one Teams channel, for "planer". */
  async inChannel(teamsChannelId: string): Promise<ScheduleRecord[]> {
    return this.list(`PartitionKey eq '${PARTITION}' and channel eq '${teamsChannelId.replace(/'/g, "''")}'`);
  }

  /** Every schedule of one team. Rows have no team column to query on, and a team has few schedules. */
  async inTeam(teamId: string): Promise<ScheduleRecord[]> {
    return (await this.all()).filter((r) => r.place.teamId === teamId);
  }

  private async list(filter: string): Promise<ScheduleRecord[]> {
    const out: ScheduleRecord[] = [];
    for await (const row of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) out.push(readRecord(row));
    return out.sort((a, b) => a.schedule.createdAt.localeCompare(b.schedule.createdAt));
  }

  private row(record: ScheduleRecord) {
    return { partitionKey: PARTITION, rowKey: record.schedule.id, channel: record.place.teamsChannelId, ...toJsonProperties(toAsciiJson(record)) };
  }
}

/**
 * A row as this version reads it, the one place older rows are brought up to date: a follow-up
 * stored as a rule becomes a one-off, and one whose round was dealt with before one-offs were
 * marked ended is ended now (its round opened, as far as anything shows), without its actions.
 */
function readRecord(row: Record<string, unknown>): ScheduleRecord {
  const record = JSON.parse(fromJsonProperties(row)) as ScheduleRecord;
  const schedule = asStoredOneOff(record.schedule);
  const ended = record.lastDue ? endedOneOff(schedule, true, new Date(record.lastDue)) : undefined;
  return ended ? { ...record, schedule: ended, carried: [] } : { ...record, schedule };
}

/**
 * The record once rounds up to `upTo` have been dealt with (catch-up.ts `handledUpTo`), or
 * undefined when another instance already moved the mark. A one-off is then over: it is marked
 * ended and its carried actions go, since they are in the round's session if it opened
 * (docs/data.md, "schedules").
 *
 * @example afterRounds(record, '2027-03-01T08:00:00.000Z', true, now) // { ...record, lastDue: '2027-03-01T08:00:00.000Z' }
 */
export function afterRounds(record: ScheduleRecord, upTo: string, opened: boolean, now: Date): ScheduleRecord | undefined {
  if (record.lastDue && record.lastDue >= upTo) return undefined;
  const ended = isOneOff(record.schedule) ? endedOneOff(record.schedule, opened, now) : undefined;
  return ended ? { ...record, lastDue: upTo, schedule: ended, carried: [] } : { ...record, lastDue: upTo };
}

/**
 * The history with this round's figures in, replacing an earlier filing of the same round, oldest
 * first and at most HISTORY_MAX long.
 *
 * @example withRound([{ dueAt: 'a', … }], { dueAt: 'b', … }).map((r) => r.dueAt) // ['a', 'b']
 */
export function withRound(history: readonly RoundFigures[], round: RoundFigures): RoundFigures[] {
  return [...history.filter((r) => r.dueAt !== round.dueAt), round].sort((a, b) => a.dueAt.localeCompare(b.dueAt)).slice(-HISTORY_MAX);
}
