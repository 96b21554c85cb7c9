import type { TableClient, TransactionAction } from '@azure/data-tables';
import { deadlineOf, type Session } from '../domain/session';
import { summaryDue } from '../domain/lifecycle/claims';
import { eachAtMost } from '../domain/each-at-most';
import { encodeKey } from './encode-key';
import { statusCodeOf } from './storage-errors';

/**
 * Index rows of the sessions table (docs/data.md, "`sessionlive` and `sessionindex`"), so the periodic jobs and the
 * listings read one small partition instead of every row ever stored. Partition names start with
 * `~`, which no session id does, so they may also share the sessions table (as in most tests). Due partitions have RowKey `<ISO time>|<session id>`, so `RowKey
 * lt '<now>}'` reads only what is due; listing partitions (and `~due|vault`, closed sessions whose
 * vault entry is still to be destroyed) have the session id. None names a person.
 *
 * Rows are written before the session change they index and deleted after it, so a crash leaves at
 * most a stale row, never a missing one. A reader holds every row against the session itself
 * (stillIndexes) and deletes a stale one once it is older than STALE_GRACE_MS.
 */
export type IndexKind = 'watch' | 'sweep' | 'vault' | 'open' | 'round' | 'place' | 'team';

/** The index rows' partition of one kind; the place and team kinds have one per channel or team. */
export function indexPartition(kind: IndexKind, of = ''): string {
  if (kind === 'place' || kind === 'team') return `~${kind}|${encodeKey(of)}`;
  if (kind === 'open') return '~open|all';
  return kind === 'round' ? '~open|round' : `~due|${kind}`;
}

/** A due time before every other: what is due as soon as it is written. */
export const NOW = '0000';

/** The marker row: written once every session written before the index has index rows. */
export const MARKER = { partitionKey: '~index', rowKey: 'sessions-indexed' };

/** How long a row that indexes nothing is left alone: its session's write may still be under way. */
export const STALE_GRACE_MS = 10 * 60_000;

export interface IndexEntry {
  partitionKey: string;
  rowKey: string;
  /** The session the row points at. */
  id: string;
  /** An open round's schedule, due time and deadline: enough to know when a reminder is due without reading it. */
  scheduleId?: string;
  dueAt?: string;
  deadline?: string;
  /** A pointer's key: where a session's put-off sweep row is (SessionStore.deferSweep). */
  key?: string;
}

/** An index row as read, with when (by the writer's clock) it was written. */
export interface IndexRow extends IndexEntry {
  at: number;
  etag: string;
}

/**
 * The index rows `session` should have, e.g. an open session with a deadline: its `~due|close`
 * row at the deadline, and its channel's and team's listing rows.
 *
 * @example indexEntriesOf(openSession).map((e) => e.partitionKey) // ['~due|watch', '~place|channel-x', '~team|team-x']
 */
export function indexEntriesOf(session: Session): IndexEntry[] {
  const id = session.id;
  const out: IndexEntry[] = [];
  const at = (kind: IndexKind, time: string): IndexEntry => ({ partitionKey: indexPartition(kind), rowKey: `${time}|${id}`, id });
  // The deadline watcher's one partition: deadlines, closes under way, and summaries due now ('0000').
  const deadline = deadlineOf(session);
  if (session.state === 'open' && deadline !== undefined) out.push(at('watch', deadline));
  if (session.state === 'closing') out.push(at('watch', session.closingAt ?? NOW));
  if (summaryDue(session)) out.push(at('watch', NOW));
  // '9999' like the session row's column: a closed session without a time must never look overdue.
  if (session.state === 'closed' && session.sweptAt === undefined) out.push(at('sweep', session.closedAt ?? '9999'));
  // Every session that may hold a vault entry's name, for the orphan check (SessionStore.namedInVault).
  if (session.state !== 'closed') out.push({ partitionKey: indexPartition('open'), rowKey: id, id });
  if (session.state === 'open' && session.round) {
    out.push({ partitionKey: indexPartition('round'), rowKey: id, id, scheduleId: session.round.scheduleId, dueAt: session.round.dueAt, deadline: session.settings.deadline ?? '9999' });
  }
  out.push({ partitionKey: indexPartition('place', session.place.teamsChannelId), rowKey: id, id });
  if (session.place.teamId) out.push({ partitionKey: indexPartition('team', session.place.teamId), rowKey: id, id });
  return out;
}

/**
 * Whether `session` (as stored now) still wants the row `row`; false for a session that is gone.
 * A sweep row may have been put off to its team's own retention (SessionStore.deferSweep), so any
 * time of the session's counts there.
 */
export function stillIndexes(session: Session | undefined, row: Pick<IndexEntry, 'partitionKey' | 'rowKey'>): boolean {
  const deferrable = row.partitionKey === indexPartition('sweep');
  const sameKey = (e: IndexEntry) => e.rowKey === row.rowKey || (deferrable && row.rowKey.endsWith(`|${e.id}`));
  return !!session && indexEntriesOf(session).some((e) => e.partitionKey === row.partitionKey && sameKey(e));
}

const same = (a: IndexEntry, b: IndexEntry) => JSON.stringify(a) === JSON.stringify(b);

/** The rows in `next` that `previous` lacks (or holds with other columns): to write before the change. */
export function entriesToPut(next: Session, previous?: Session): IndexEntry[] {
  const before = previous ? indexEntriesOf(previous) : [];
  return indexEntriesOf(next).filter((e) => !before.some((b) => same(b, e)));
}

/** The rows of `previous` whose key `next` no longer has: to delete after the change. */
export function entriesToDrop(next: Session | undefined, previous: Session): IndexEntry[] {
  const after = next ? indexEntriesOf(next) : [];
  return indexEntriesOf(previous).filter((e) => !after.some((a) => a.partitionKey === e.partitionKey && a.rowKey === e.rowKey));
}

const BATCH = 100;
const WRITES_AT_ONCE = 8;

/**
 * Where the index rows live: `live` holds what the 15-second jobs ask about (the deadline watcher's
 * partition, open sessions and rounds, vault entries left, the marker), which stays as small as
 * what is open; `history` the listings and the sweep's rows, one or two per session ever stored.
 * Azurite answers a query with a pass over its whole table, so the two keep those jobs flat there.
 */
export interface IndexTables {
  live: TableClient;
  history: TableClient;
}

const LIVE = new Set([indexPartition('watch'), indexPartition('vault'), indexPartition('open'), indexPartition('round'), MARKER.partitionKey]);

/** Reads and writes the index rows of one sessions table. `clock` is the real one (see STALE_GRACE_MS). */
export class SessionIndex {
  private ready = false;
  private readonly tables: IndexTables;

  constructor(
    tables: TableClient | IndexTables,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.tables = 'live' in tables ? tables : { live: tables, history: tables };
  }

  private tableOf(partitionKey: string): TableClient {
    return LIVE.has(partitionKey) ? this.tables.live : this.tables.history;
  }

  /** Upserts the rows, in one transaction per partition (never part of an insert-only batch). */
  async put(entries: readonly IndexEntry[]): Promise<void> {
    const at = this.clock().getTime();
    const byPartition = new Map<string, IndexEntry[]>();
    for (const e of entries) {
      const rows = byPartition.get(e.partitionKey);
      if (rows) rows.push(e);
      else byPartition.set(e.partitionKey, [e]);
    }
    await eachAtMost(WRITES_AT_ONCE, [...byPartition.values()], async (rows) => {
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH);
        const table = this.tableOf(rows[i].partitionKey);
        // One row is one upsert; a transaction costs more for nothing.
        if (batch.length === 1) await table.upsertEntity({ ...batch[0], at }, 'Replace');
        else await table.submitTransaction(batch.map((e): TransactionAction => ['upsert', { ...e, at }, 'Replace']));
      }
    });
  }

  /** One row by its keys, or undefined when there is none. */
  async read(row: Pick<IndexEntry, 'partitionKey' | 'rowKey'>): Promise<Record<string, unknown> | undefined> {
    try {
      return await this.tableOf(row.partitionKey).getEntity<Record<string, unknown>>(row.partitionKey, row.rowKey);
    } catch (err) {
      if (statusCodeOf(err) === 404) return undefined;
      throw err;
    }
  }

  /** Deletes the rows; one already gone is fine. */
  async drop(entries: readonly Pick<IndexEntry, 'partitionKey' | 'rowKey'>[]): Promise<void> {
    await eachAtMost(WRITES_AT_ONCE, entries, (e) => this.deleteRow(e.partitionKey, e.rowKey));
  }

  /**
   * The rows of a due partition up to `upTo` (an ISO time, included), oldest first; every row of
   * the partition without it.
   */
  async rows(partitionKey: string, upTo?: string): Promise<IndexRow[]> {
    const out: IndexRow[] = [];
    const range = upTo === undefined ? '' : ` and RowKey lt '${upTo}}'`;
    const filter = `PartitionKey eq '${partitionKey.replace(/'/g, "''")}'${range}`;
    for await (const row of this.tableOf(partitionKey).listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      out.push({
        partitionKey,
        rowKey: String(row.rowKey),
        id: String(row.id),
        at: Number(row.at ?? 0),
        etag: row.etag,
        ...(typeof row.scheduleId === 'string' ? { scheduleId: row.scheduleId, dueAt: String(row.dueAt), deadline: String(row.deadline) } : {}),
      });
    }
    return out;
  }

  /**
   * Deletes a row its session no longer wants, once it is older than the grace: younger, it may be
   * the row of a change still being written. The ETag keeps a row written again meanwhile.
   */
  async dropStale(row: IndexRow): Promise<void> {
    if (this.clock().getTime() - row.at < STALE_GRACE_MS) return;
    await this.deleteRow(row.partitionKey, row.rowKey, row.etag);
  }

  /** Whether the index is complete (the migration wrote its marker); once true, it stays true. */
  async isReady(): Promise<boolean> {
    if (this.ready) return true;
    try {
      await this.tables.live.getEntity(MARKER.partitionKey, MARKER.rowKey);
      this.ready = true;
    } catch (err) {
      if (statusCodeOf(err) !== 404) throw err;
    }
    return this.ready;
  }

  /** Writes the marker: after this, every instance reads the index instead of the table. */
  async markReady(): Promise<void> {
    try {
      await this.tables.live.createEntity({ ...MARKER, at: this.clock().getTime() });
    } catch (err) {
      if (statusCodeOf(err) !== 409) throw err;
    }
    this.ready = true;
  }

  private async deleteRow(partitionKey: string, rowKey: string, etag?: string): Promise<void> {
    try {
      await this.tableOf(partitionKey).deleteEntity(partitionKey, rowKey, etag ? { etag } : undefined);
    } catch (err) {
      const status = statusCodeOf(err);
      if (status !== 404 && status !== 412) throw err;
    }
  }
}
