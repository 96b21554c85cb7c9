import type { TableClient, TableEntityResult, TransactionAction } from '@azure/data-tables';
import { deadlineOf, isPastDeadline, phaseOf, type Session } from '../domain/session';
import { newSessionSecret, unwrapSecret, wrapSecret } from '../domain/anonymity/participation';
import { fromJsonProperties, toAsciiJson, toJsonProperties } from './entity-json';
import { StorageConflictError, statusCodeOf } from './storage-errors';
import { guardedChange, type Edit } from './guarded-change';
import { GATE_COUNT, gateKey } from './answer-box';
import { deleteRowsWhere } from './partition-rows';
import { ShortMemory } from './short-memory';
import { newVaultName, type SecretVault } from './secret-vault';
import { vaultOrphans } from './vault-orphans';
import { eachAtMost } from '../domain/each-at-most';
import { isFresh, summaryDue } from '../domain/lifecycle/claims';
import { entriesToDrop, entriesToPut, indexEntriesOf, indexPartition, SessionIndex, stillIndexes, type IndexEntry, type IndexRow, type IndexTables } from './session-index';

/**
 * Sessions live in one table, one partition per session:
 *   'session'   the Session record (JSON) plus `state`/`deadline` columns to query on, and the
 *   'secret'    where the per-session secret is: `vaultName`, its entry in the SecretVault (never
 *               the secret itself), marked `vaultLeft` by the transaction that closes the session and
 *               emptied once the entry is destroyed (a session created before the vault holds
 *               `wrappedSecret` instead, emptied by that same transaction);
 *   'gate|N'    the answer gates (see answer-box.ts);
 *   'p|…', 'a|…', 's|…'  participation, open answers and sealed answers (answer-box.ts);
 *   'summary'   the summary posted at close.
 * Index rows (session-index.ts, in `indexTables`) let the periodic jobs and the
 * listings find their sessions without reading every row; until the index is complete (its marker),
 * they query the session rows' columns as before.
 */
export const SESSION_ROW = 'session';
const SUMMARY_ROW = 'summary';
const SECRET_ROW = 'secret';

export interface StoredSession {
  session: Session;
  etag: string;
}

/** An open session with its secret, as an answer needs it; `remembered` when it came from memory. */
export interface OpenSession extends StoredSession {
  secret?: Buffer;
  remembered: boolean;
}

/**
 * How long this process may take an open session's record and secret from memory. An answer
 * from memory is only ever *saved* (the gates' ETags still stop it after a close or a phase
 * change); every other outcome is decided again on fresh reads. So this bounds only how long a
 * closed session's secret can outlive its close in another instance's memory.
 */
const OPEN_MEMORY_MS = 5_000;

type Row = TableEntityResult<Record<string, unknown>>;

/** How the store is built besides its table, key and vault. */
export interface SessionStoreOptions {
  /** How long getOpen() may remember an open session (shorter in a test). */
  openMemoryMs?: number;
  /**
   * Told when a closed session's vault entry could not be destroyed right after the close. The
   * close stands (its row says `vaultLeft`) and the retention sweep destroys the entry later;
   * without this, the error is thrown to the closer.
   */
  onDestroyFailed?: (sessionId: string, err: unknown) => void;
  /**
   * Runs the destroy after a close in the background, when given: Key Vault's delete, wait and
   * purge take a second or two, which must not fall inside the 5 s a cancel or close click has
   * for its reply. The row says `vaultLeft` until it is done, so a stop in between is repaired.
   */
  later?: (work: () => Promise<void>) => void;
  /**
   * The clock the vault's own times are held against (file times, Key Vault's createdOn), for
   * vaultOrphans(): the real one unless a test sets it. Not the dialogs' `now`, which a test moves
   * by months: against that, an entry put a second ago could look an hour old.
   */
  vaultClock?: () => Date;
  /**
   * The tables the index rows live in (session-index.ts IndexTables); the sessions table itself when
   * not given. bot/app.ts gives them tables of their own: Azurite answers any query, a partition's
   * too, with a pass over its whole table, which in the sessions table means every answer.
   */
  indexTables?: IndexTables;
}

/** An open round as its index row has it: enough to tell whether a reminder is due. */
export interface OpenRound {
  id: string;
  scheduleId: string;
  /** When the round was due by the schedule (ISO). */
  dueAt: string;
  /** The round's deadline (ISO), '9999' when it has none. */
  deadline: string;
}

/** The index row of a closed session whose vault entry is still to be destroyed (leftInVault). */
function leftInVaultEntry(id: string): IndexEntry {
  return { partitionKey: indexPartition('vault'), rowKey: id, id };
}

/** Where the key of a session's put-off sweep row is kept (deferSweep), so a deletion finds that row too. */
function deferredPointer(id: string): IndexEntry {
  return { partitionKey: '~sweep|later', rowKey: id, id };
}

/**
 * A session's sweep row put off until `notBefore`, and the pointer to it, as deferSweep writes
 * them (the pointer first).
 *
 * @example deferredSweepEntries('abc', new Date('2027-06-01T00:00:00Z'))[1].rowKey // '2027-06-01T00:00:00.000Z|abc'
 */
export function deferredSweepEntries(id: string, notBefore: Date): [pointer: IndexEntry, row: IndexEntry] {
  const rowKey = `${notBefore.toISOString()}|${id}`;
  return [
    { ...deferredPointer(id), key: rowKey },
    { partitionKey: indexPartition('sweep'), rowKey, id },
  ];
}

/** Sessions an index listing reads at once. */
const READS_AT_ONCE = 8;

/** A closed session the retention sweep may be due to clear: enough to look up its team's days. */
export interface SweepCandidate {
  id: string;
  teamId: string;
  closedAt: string;
  /** The index row it was found by, to put it off with (deferSweep); none when found by a scan. */
  indexKey?: string;
}

export class SessionStore {
  private readonly open: ShortMemory<OpenSession>;
  private readonly reading = new Map<string, Promise<OpenSession | undefined>>();
  /** Counts this process's writes and forgets of sessions, so a read that overlapped one is not remembered. */
  private changes = 0;

  private readonly openMemoryMs: number;
  private readonly index: SessionIndex;

  /**
   * `vault` holds each session's secret while it is open (secret-vault.ts); the secret is kept
   * there wrapped under `anonymityKey` as well, so a copy of the vault alone names nobody either.
   *
   * @example new SessionStore(table, anonymityKey, new FileVault(join(keyDir, 'sessions')))
   */
  constructor(
    private readonly table: TableClient,
    private readonly anonymityKey: Buffer,
    private readonly vault: SecretVault,
    private readonly options: SessionStoreOptions = {},
  ) {
    this.openMemoryMs = options.openMemoryMs ?? OPEN_MEMORY_MS;
    this.open = new ShortMemory<OpenSession>(this.openMemoryMs);
    this.index = new SessionIndex(options.indexTables ?? table, options.vaultClock);
  }

  /**
   * Creates the session with a fresh secret and its closed-for-nothing gates, all or nothing. False
   * if it existed. The secret goes into the vault first, under a random name that the secret row
   * records, so no moment has a row pointing at nothing. An entry whose session already existed is
   * destroyed again; one whose write failed otherwise is left, as that write may have landed.
   */
  async create(session: Session): Promise<boolean> {
    const vaultName = newVaultName();
    await this.vault.put(vaultName, Buffer.from(wrapSecret(newSessionSecret(), this.anonymityKey), 'base64'));
    const gates = Array.from({ length: GATE_COUNT }, (_, i) => ['create', { partitionKey: session.id, rowKey: gateKey(i, session.phase ?? 'answer'), closed: false, answers: 0 }] as TransactionAction);
    // Before the session, so it is never unindexed; upserts, so a retry or a taken id is harmless.
    await this.index.put(indexEntriesOf(session));
    try {
      await this.table.submitTransaction([['create', this.row(session)], ['create', { partitionKey: session.id, rowKey: SECRET_ROW, vaultName, vaultLeft: false }], ...gates]);
      return true;
    } catch (err) {
      if (statusCodeOf(err) !== 409) throw err;
      // A retry of our own write that had landed also ends in 409: that session is ours.
      if ((await this.secretRow(session.id))?.vaultName === vaultName) return true;
      await this.vault.destroy(vaultName);
      return false;
    }
  }

  async get(id: string): Promise<StoredSession | undefined> {
    try {
      const row: Row = await this.table.getEntity(id, SESSION_ROW);
      return { session: JSON.parse(fromJsonProperties(row)) as Session, etag: row.etag };
    } catch (err) {
      if (statusCodeOf(err) === 404) return undefined;
      throw err;
    }
  }

  /**
   * get() and secret() at once, for taking an answer. With `fromMemory`, an open session read in
   * the last few seconds comes from this process's memory; a closed one is never remembered.
   */
  async getOpen(id: string, fromMemory: boolean): Promise<OpenSession | undefined> {
    if (fromMemory) {
      const known = this.open.get(id);
      if (known) return known;
      // Answers arriving together for a session nobody here has read yet share one read.
      const reading = this.reading.get(id);
      if (reading) return await reading.then((read) => (read ? { ...read, remembered: true } : undefined));
    }
    const changesBefore = this.changes;
    const startedAt = performance.now();
    const read = this.readOpen(id);
    this.reading.set(id, read);
    try {
      const found = await read;
      // Storage may have served the read at any time since it started: its memory counts from then,
      // so a secret read just before a close elsewhere is gone 5 s after that read began.
      const left = this.openMemoryMs - (performance.now() - startedAt);
      // Not if this process changed or forgot any session meanwhile: what was read may be older.
      const mayKeep = found?.secret && found.session.state === 'open' && phaseOf(found.session) !== 'result';
      if (mayKeep && left > 0 && this.changes === changesBefore) this.open.set(id, { ...found, remembered: true }, left);
      return found;
    } finally {
      if (this.reading.get(id) === read) this.reading.delete(id);
    }
  }

  private async readOpen(id: string): Promise<OpenSession | undefined> {
    const [stored, secret] = await Promise.all([this.get(id), this.secret(id)]);
    return stored ? { ...stored, secret, remembered: false } : undefined;
  }

  /** Drops what this process remembers of the session (see getOpen). */
  forgetOpen(id: string): void {
    this.changes += 1;
    this.open.forget(id);
  }

  /**
   * The session's secret while it is open; undefined once it has been destroyed, and from the
   * closing write on, even while a crash has left its vault entry for the sweep to destroy.
   */
  async secret(id: string): Promise<Buffer | undefined> {
    const row = await this.secretRow(id);
    // A session created before the vault keeps its wrapped secret in the row until it closes.
    if (typeof row?.wrappedSecret === 'string') return unwrapSecret(row.wrappedSecret, this.anonymityKey);
    if (typeof row?.vaultName !== 'string' || row.vaultLeft === true) return undefined;
    const held = await this.vault.get(row.vaultName);
    return held && unwrapSecret(held.toString('base64'), this.anonymityKey);
  }

  private async secretRow(id: string): Promise<Row | undefined> {
    try {
      return await this.table.getEntity(id, SECRET_ROW);
    } catch (err) {
      if (statusCodeOf(err) === 404) return undefined;
      throw err;
    }
  }

  /**
   * Closed sessions whose vault entry a crash or a vault outage left after the close: their secret
   * rows still say `vaultLeft`. One query on a column, for the retention sweep.
   */
  async leftInVault(): Promise<string[]> {
    if (await this.index.isReady()) {
      const ids: string[] = [];
      for (const row of await this.index.rows(indexPartition('vault'))) {
        if ((await this.secretRow(row.id))?.vaultLeft === true) ids.push(row.id);
        else await this.index.dropStale(row);
      }
      return ids;
    }
    const ids: string[] = [];
    const filter = `RowKey eq '${SECRET_ROW}' and vaultLeft eq true`;
    for await (const row of this.table.listEntities({ queryOptions: { filter, select: ['PartitionKey'] } })) ids.push(String(row.partitionKey));
    return ids;
  }

  /**
   * Destroys a closed session's vault entry if its close left it (see leftInVault); true if there
   * was one. Safe to repeat and to run on several instances at once.
   *
   * @example for (const id of await sessions.leftInVault()) await sessions.destroyLeftSecret(id)
   */
  async destroyLeftSecret(id: string): Promise<boolean> {
    const row = await this.secretRow(id);
    if (row?.vaultLeft !== true || typeof row.vaultName !== 'string') return false;
    await this.destroyInVault(id, row.vaultName);
    return true;
  }

  /**
   * Every vault name a secret row still holds: open (and closing) sessions', and closed ones'
   * whose close left the entry (leftInVault's). A row emptied at close, or one from before the
   * vault, has no `vaultName` and names nothing. Once indexed, only the secret rows of the sessions
   * `~open|all` and `~due|vault` point at are read: each is written before the secret row could
   * name an entry, and only the secret row itself counts as naming one (an index row never does).
   */
  async namedInVault(): Promise<Set<string>> {
    const names = new Set<string>();
    if (await this.index.isReady()) {
      const [open, left] = await Promise.all([this.index.rows(indexPartition('open')), this.index.rows(indexPartition('vault'))]);
      await eachAtMost(READS_AT_ONCE, [...open, ...left], async (row) => {
        const held = (await this.secretRow(row.id))?.vaultName;
        if (typeof held === 'string' && held !== '') names.add(held);
        else if (row.partitionKey === indexPartition('open')) await this.indexedSession(row);
      });
      return names;
    }
    const filter = `RowKey eq '${SECRET_ROW}' and vaultName ne ''`;
    for await (const row of this.table.listEntities({ queryOptions: { filter, select: ['vaultName'] } })) names.add(String(row.vaultName));
    return names;
  }

  /**
   * Vault entries no secret row names, older than an hour (vault-orphans.ts): a create that
   * stopped after its put, a write cut short, a session an older version closed without knowing
   * the vault. Entries a close left are leftInVault's, not these.
   *
   * @example for (const name of await sessions.vaultOrphans()) await sessions.destroyOrphan(name)
   */
  async vaultOrphans(): Promise<string[]> {
    return vaultOrphans(this.vault, this.anonymityKey, () => this.namedInVault(), (this.options.vaultClock ?? (() => new Date()))());
  }

  /** Destroys one entry vaultOrphans() found; one gone already (another instance's sweep) is fine. */
  async destroyOrphan(name: string): Promise<void> {
    await this.vault.destroy(name);
  }

  /** Destroys the entry, then empties the row that pointed at it (if a deletion has not taken the row already). */
  private async destroyInVault(id: string, vaultName: string): Promise<void> {
    await this.vault.destroy(vaultName);
    try {
      await this.table.updateEntity({ partitionKey: id, rowKey: SECRET_ROW }, 'Replace');
    } catch (err) {
      if (statusCodeOf(err) !== 404) throw err;
    }
    await this.index.drop([leftInVaultEntry(id)]);
  }

  /** Before the secret row is deleted: the vault entry it names goes first, so none is left without a pointer. */
  private async destroyBeforeDeleting(id: string): Promise<void> {
    const row = await this.secretRow(id);
    if (typeof row?.vaultName === 'string') await this.vault.destroy(row.vaultName);
  }

  /**
   * Replaces the session record if nobody else changed it since `etag` was read.
   * With `destroySecret`, the secret row is emptied (or marked `vaultLeft`) in the same write, and
   * the vault entry is destroyed right after it.
   */
  async update(session: Session, etag: string, opts: { destroySecret?: boolean; previous?: Session } = {}): Promise<string> {
    this.forgetOpen(session.id);
    let vaultName: string | undefined;
    let written: string;
    // The index rows the change needs go first and the ones it ends go after (session-index.ts).
    await this.index.put(entriesToPut(session, opts.previous));
    // A row left by a failed delete is stale, which readers tolerate: the change itself stands.
    const dropOld = async () => {
      if (opts.previous) await this.index.drop(entriesToDrop(session, opts.previous)).catch(() => undefined);
    };
    try {
      if (!opts.destroySecret) {
        written = (await this.table.updateEntity(this.row(session), 'Replace', { etag })).etag ?? '';
        await dropOld();
        return written;
      }
      // The row never changes between create and close, so reading its vault name first is safe.
      const held = await this.secretRow(session.id);
      vaultName = typeof held?.vaultName === 'string' ? held.vaultName : undefined;
      // Indexed before the row says `vaultLeft`, so the sweep finds it should we stop in between.
      if (vaultName) await this.index.put([leftInVaultEntry(session.id)]);
      // In the same transaction, so a closed session never reads its secret again; `vaultLeft`
      // keeps the name until the entry is destroyed, for the sweep should we stop in between.
      const res = await this.table.submitTransaction([
        ['update', this.row(session), 'Replace', { etag }],
        ['upsert', { partitionKey: session.id, rowKey: SECRET_ROW, ...(vaultName ? { vaultName, vaultLeft: true } : {}) }, 'Replace'],
      ]);
      // An update's sub-response has its ETag but no row key, so it is found by position.
      written = res.subResponses[0]?.etag ?? '';
      await dropOld();
    } catch (err) {
      if (statusCodeOf(err) === 412) throw new StorageConflictError(`session ${session.id}`, { cause: err });
      throw err;
    } finally {
      // Again once written: a read that started while the write was under way must not be remembered.
      this.forgetOpen(session.id);
    }
    if (vaultName) {
      const destroy = () => this.destroyAfterClose(session.id, vaultName!);
      if (this.options.later) this.options.later(destroy);
      else await destroy();
    }
    return written;
  }

  /** The close stands whatever the vault says: a failure is reported, and the sweep destroys the entry later. */
  private async destroyAfterClose(id: string, vaultName: string): Promise<void> {
    try {
      await this.destroyInVault(id, vaultName);
    } catch (err) {
      if (!this.options.onDestroyFailed) throw err;
      this.options.onDestroyFailed(id, err);
    }
  }

  /**
   * The guarded change of a session (guarded-change.ts): `edit` (a lifecycle transition,
   * domain/lifecycle/) applies to the newest record, retried on conflict; a change that closes the
   * session destroys its secret in the same write. Returns the session as stored, whether this call
   * changed it and, if not, why; undefined if there is none.
   */
  async change(id: string, edit: Edit<Session>, tries?: number): Promise<{ session: Session; changed: boolean; refused?: string } | undefined> {
    const changed = await guardedChange(
      {
        read: async () => {
          const stored = await this.get(id);
          return stored && { value: stored.session, etag: stored.etag };
        },
        write: async (next, previous, etag) => {
          await this.update(next, etag, { destroySecret: previous.state !== 'closed' && next.state === 'closed', previous });
        },
      },
      edit,
      tries,
    );
    return changed && { session: changed.value, changed: changed.changed, ...(changed.refused ? { refused: changed.refused } : {}) };
  }

  /**
   * What the deadline watcher must do at `now`: open sessions whose deadline has passed, sessions
   * left half-closed (for `staleMs`) by a crash, and summaries not yet posted (the answer phase is
   * over, and the process stopped before posting). One small range query once indexed.
   */
  async dueForWatcher(now: Date, staleMs: number): Promise<{ close: string[]; summary: string[] }> {
    if (!(await this.index.isReady())) {
      const stale = new Date(now.getTime() - staleMs).toISOString();
      const close = await this.idsWhere(`RowKey eq '${SESSION_ROW}' and ((state eq 'open' and deadline le '${now.toISOString()}') or (state eq 'closing' and closingAt le '${stale}'))`);
      // The answer phase's summary is due once that phase is over: at close, or when a later phase opened.
      const summary = await this.idsWhere(`RowKey eq '${SESSION_ROW}' and summaryPosted eq false and (state eq 'closed' or (phase ne 'answer' and phase ne ''))`);
      return { close, summary };
    }
    const due = await this.indexed(indexPartition('watch'), now.toISOString());
    // A close left unfinished is due once its claim is no longer fresh (a crash); one without a time at once.
    const closeDue = (s: Session) => (s.state === 'open' && isPastDeadline(s, now)) || (s.state === 'closing' && !isFresh(s.closingAt, now, staleMs));
    return { close: due.filter(closeDue).map((s) => s.id), summary: due.filter(summaryDue).map((s) => s.id) };
  }

  /** Every session of one Teams channel, open or closed, e.g. to find the one a thread belongs to. */
  async inChannel(teamsChannelId: string): Promise<Session[]> {
    if (await this.index.isReady()) return this.indexed(indexPartition('place', teamsChannelId));
    return this.sessionsWhere(`RowKey eq '${SESSION_ROW}' and channel eq '${teamsChannelId.replace(/'/g, "''")}'`);
  }

  /** Open sessions in one Teams channel, for "status". */
  async openInChannel(teamsChannelId: string): Promise<Session[]> {
    return (await this.inChannel(teamsChannelId)).filter((s) => s.state === 'open');
  }

  /**
   * Open rounds as their index rows say, without reading the sessions: the scheduler reads a
   * session only when one of its reminders has come due (OpenRound's times suffice to tell). A row
   * past its deadline at `now` is held against its session, so one a crash left goes in time.
   */
  async openRoundTimes(now: Date): Promise<OpenRound[]> {
    if (!(await this.index.isReady())) {
      const rounds = await this.sessionsWhere(`RowKey eq '${SESSION_ROW}' and state eq 'open' and round ne ''`);
      return rounds.map((s) => ({ id: s.id, scheduleId: s.round!.scheduleId, dueAt: s.round!.dueAt, deadline: s.settings.deadline ?? '9999' }));
    }
    const rows = await this.index.rows(indexPartition('round'));
    const out: OpenRound[] = [];
    for (const row of rows) {
      const round = { id: row.id, scheduleId: row.scheduleId ?? '', dueAt: row.dueAt ?? '', deadline: row.deadline ?? '9999' };
      if (Date.parse(round.deadline) > now.getTime() || (await this.indexedSession(row))) out.push(round);
    }
    return out;
  }

  /** Every session of one team, open or closed: for deleting the team's data after an uninstall, and for the re-run rule (dialogs/repeat-run.ts). */
  async inTeam(teamId: string): Promise<Session[]> {
    if (await this.index.isReady()) return this.indexed(indexPartition('team', teamId));
    return this.sessionsWhere(`RowKey eq '${SESSION_ROW}' and team eq '${teamId.replace(/'/g, "''")}'`);
  }

  /** Closed sessions not yet swept that closed at or before `closedBefore`; swept ones are never read again. */
  async dueForSweep(closedBefore: Date): Promise<SweepCandidate[]> {
    if (await this.index.isReady()) {
      const partition = indexPartition('sweep');
      const rows = await this.index.rows(partition, closedBefore.toISOString());
      const out = new Map<string, SweepCandidate>();
      await eachAtMost(READS_AT_ONCE, rows, async (row) => {
        const session = await this.indexedSession(row);
        if (!session) return;
        // A session re-armed by sweepAgain may have two rows: the earliest decides.
        if (!out.has(row.id) || row.rowKey < out.get(row.id)!.indexKey!)
          out.set(row.id, { id: row.id, teamId: session.place.teamId ?? '', closedAt: session.closedAt ?? '9999', indexKey: row.rowKey });
      });
      return [...out.values()].sort((a, b) => a.indexKey!.localeCompare(b.indexKey!));
    }
    const out: SweepCandidate[] = [];
    const filter = `RowKey eq '${SESSION_ROW}' and state eq 'closed' and swept eq false and closedAt le '${closedBefore.toISOString()}'`;
    for await (const row of this.table.listEntities({ queryOptions: { filter, select: ['PartitionKey', 'team', 'closedAt'] } })) {
      out.push({ id: String(row.partitionKey), teamId: String(row.team ?? ''), closedAt: String(row.closedAt) });
    }
    return out;
  }

  /**
   * Puts a sweep candidate off, so the hourly sweep does not read it again before dueForSweep is
   * asked for sessions closed before `notBefore` (its team's retention, less the shortest one). The
   * pointer to the new row goes first, then the row, then the one it was found by (sweepAgain has
   * already deleted any other put-off row, so none is read here).
   */
  async deferSweep(candidate: SweepCandidate, notBefore: Date): Promise<void> {
    // A time past 9999 would not sort as one (toISOString gives '+010000-…').
    if (!candidate.indexKey || !(notBefore.getTime() < Date.parse('9999-01-01'))) return;
    const [pointer, row] = deferredSweepEntries(candidate.id, notBefore);
    if (row.rowKey === candidate.indexKey) return;
    await this.index.put([pointer]);
    await this.index.put([row]);
    await this.index.drop([{ partitionKey: indexPartition('sweep'), rowKey: candidate.indexKey }]);
  }

  /** Once a session is swept: its put-off sweep row (if any) goes, then the pointer to it. */
  async sweepDone(id: string): Promise<void> {
    const key = await this.deferredSweepKey(id);
    if (key === undefined) return;
    await this.index.drop([{ partitionKey: indexPartition('sweep'), rowKey: key }, deferredPointer(id)]);
  }

  private async deferredSweepKey(id: string): Promise<string | undefined> {
    const pointer = await this.index.read(deferredPointer(id));
    return pointer === undefined ? undefined : String(pointer.key);
  }

  /**
   * After a team's retention changed: its closed, unswept sessions are due to be looked at again
   * from their close on, so a shorter period applies at the next sweep. Returns how many.
   */
  async sweepAgain(teamId: string): Promise<number> {
    if (!(await this.index.isReady())) return 0;
    const sessions = (await this.inTeam(teamId)).filter((s) => s.state === 'closed' && s.sweptAt === undefined);
    await this.index.put(sessions.flatMap((s) => indexEntriesOf(s).filter((e) => e.partitionKey === indexPartition('sweep'))));
    // Then the rows they were put off to, which the old period set: the next pass decides anew.
    await eachAtMost(READS_AT_ONCE, sessions, (s) => this.sweepDone(s.id));
    return sessions.length;
  }

  /**
   * Once per store, and on every instance until one has finished it: indexes the sessions written
   * before the index (and rewrites those written before the sweep's columns, whose filters never
   * match them), then writes the marker, after which readers trust the index. Every write is an
   * upsert of what the session says, so instances running it side by side, and sessions changing
   * meanwhile (they index themselves), leave at most stale rows. True when this call did the work.
   */
  async ensureIndex(): Promise<boolean> {
    if (await this.index.isReady()) return false;
    const entries: IndexEntry[] = [];
    const withoutColumns: string[] = [];
    for await (const row of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter: `RowKey eq '${SESSION_ROW}'` } })) {
      entries.push(...indexEntriesOf(JSON.parse(fromJsonProperties(row)) as Session));
      if (row.swept === undefined) withoutColumns.push(String(row.partitionKey));
    }
    for await (const row of this.table.listEntities({ queryOptions: { filter: `RowKey eq '${SECRET_ROW}' and vaultLeft eq true`, select: ['PartitionKey'] } })) {
      entries.push(leftInVaultEntry(String(row.partitionKey)));
    }
    await this.index.put(entries);
    for (const id of withoutColumns) await this.rewrite(id);
    await this.index.markReady();
    return true;
  }

  /** Writes the session row again as it is, so it gets today's query columns; a concurrent writer does the same. */
  async rewrite(id: string): Promise<void> {
    await this.change(id, (s) => ({ ...s }));
  }

  /** Deletes every row of the session's partition but those named in `keep`; returns how many went. */
  async deleteRowsExcept(id: string, keep: ReadonlySet<string>): Promise<number> {
    if (!keep.has(SECRET_ROW)) await this.destroyBeforeDeleting(id);
    return deleteRowsWhere(this.table, id, (key) => !keep.has(key));
  }

  /**
   * Deletes the whole partition, and first the session's vault entry. The session row goes last,
   * so a deletion cut short (a crash) leaves a session that "slet data" or the uninstall sweep
   * still finds and finishes.
   */
  async deleteAll(id: string): Promise<number> {
    this.forgetOpen(id);
    try {
      const [stored, deferred] = await Promise.all([this.get(id), this.deferredSweepKey(id)]);
      await this.destroyBeforeDeleting(id);
      const deleted = (await deleteRowsWhere(this.table, id, (key) => key !== SESSION_ROW)) + (await deleteRowsWhere(this.table, id, () => true));
      // Last, like the session row before them: a deletion cut short is still listed, and found again.
      const sweepRow = deferred === undefined ? [] : [{ partitionKey: indexPartition('sweep'), rowKey: deferred }];
      await this.index.drop([...(stored ? indexEntriesOf(stored.session) : []), ...sweepRow, leftInVaultEntry(id), deferredPointer(id)]);
      return deleted;
    } finally {
      this.forgetOpen(id);
    }
  }

  /**
   * Claims a one-off act on the session (a reminder) by inserting a marker row: true for the one
   * caller whose insert created it, false for everyone after, on any instance.
   */
  async claimOnce(id: string, what: string): Promise<boolean> {
    try {
      await this.table.createEntity({ partitionKey: id, rowKey: `once|${what}` });
      return true;
    } catch (err) {
      if (statusCodeOf(err) === 409) return false;
      throw err;
    }
  }

  async saveSummary(id: string, summary: unknown): Promise<void> {
    await this.saveDoc(id, SUMMARY_ROW, summary);
  }

  async summary<T>(id: string): Promise<T | undefined> {
    return this.doc<T>(id, SUMMARY_ROW);
  }

  /** A JSON document of the session: 'summary', 'proposals', 'votes', 'result'. */
  async saveDoc(id: string, name: string, value: unknown): Promise<void> {
    await this.table.upsertEntity({ partitionKey: id, rowKey: name, ...toJsonProperties(toAsciiJson(value)) }, 'Replace');
  }

  async doc<T>(id: string, name: string): Promise<T | undefined> {
    try {
      return JSON.parse(fromJsonProperties(await this.table.getEntity(id, name))) as T;
    } catch (err) {
      if (statusCodeOf(err) === 404) return undefined;
      throw err;
    }
  }

  /**
   * The sessions a partition of the index points at (up to `upTo` in a due one), each read and held
   * against its row: a row its session no longer wants is left out, and deleted once past its grace.
   */
  private async indexed(partitionKey: string, upTo?: string): Promise<Session[]> {
    const rows = await this.index.rows(partitionKey, upTo);
    const read: (Session | undefined)[] = new Array(rows.length);
    await eachAtMost(READS_AT_ONCE, [...rows.keys()], async (i) => {
      read[i] = await this.indexedSession(rows[i]);
    });
    // In the index's order (oldest due first), whatever order the reads came back in.
    return read.filter((s): s is Session => s !== undefined);
  }

  /**
   * The session an index row points at, read and held against the row (stillIndexes); undefined
   * when the session no longer wants it, and then the row is deleted once past its grace.
   */
  private async indexedSession(row: IndexRow): Promise<Session | undefined> {
    const session = (await this.get(row.id))?.session;
    if (stillIndexes(session, row)) return session;
    await this.index.dropStale(row);
    return undefined;
  }

  private async idsWhere(filter: string): Promise<string[]> {
    const ids: string[] = [];
    for await (const row of this.table.listEntities({ queryOptions: { filter, select: ['PartitionKey'] } })) ids.push(String(row.partitionKey));
    return ids;
  }

  private async sessionsWhere(filter: string): Promise<Session[]> {
    const out: Session[] = [];
    for await (const row of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) out.push(JSON.parse(fromJsonProperties(row)) as Session);
    return out;
  }

  private row(session: Session) {
    return {
      partitionKey: session.id,
      rowKey: SESSION_ROW,
      state: session.state,
      phase: session.phase ?? 'answer',
      channel: session.place.teamsChannelId,
      closingAt: session.closingAt ?? '',
      // An empty string sorts before every ISO date, so "no deadline" must not look due.
      deadline: deadlineOf(session) ?? '9999',
      summaryPosted: session.summaryPostedAt !== undefined || session.summaryWithheld !== undefined,
      // Rounds of recurring check-ins, so the scheduler can find the open ones for reminders.
      round: session.round?.scheduleId ?? '',
      // For the retention sweep and the uninstall deletion: which team, when it closed, whether swept.
      team: session.place.teamId ?? '',
      // '9999' like `deadline`: a closed session without a time must never look overdue.
      closedAt: session.state === 'closed' ? (session.closedAt ?? '9999') : '9999',
      swept: session.sweptAt !== undefined,
      ...toJsonProperties(toAsciiJson(session)),
    };
  }
}
