import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import type { Session } from '../../domain/session';
import { indexEntriesOf, MARKER, STALE_GRACE_MS } from '../../storage/session-index';
import { SessionStore } from '../../storage/session-store';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { useAzurite } from '../support/azurite';
import { countRequests } from '../support/count-requests';
import { openSessionRecord } from '../support/session-record';
import { tempVault } from '../support/temp-vault';

const HOUR = 3_600_000;

/** Every index row of the table, as `partition rowKey`, sorted. */
async function indexRows(table: TableClient): Promise<string[]> {
  const out: string[] = [];
  for await (const row of table.listEntities({ queryOptions: { filter: `PartitionKey ge '~' and PartitionKey ne '${MARKER.partitionKey}'` } })) out.push(`${row.partitionKey} ${row.rowKey}`);
  return out.sort();
}

/**
 * The index rows of the sessions table (storage/session-index.ts), against Azurite: written with
 * every session change, read by the periodic jobs and listings instead of a table scan, tolerated
 * when stale, deleted with the session, and built once for sessions written before it.
 */
describe('the session index, against Azurite', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  let table: TableClient;
  let indexTable: TableClient;
  let liveTable: TableClient;
  /** Both index tables, as bot/app.ts gives them. */
  const indexTables = () => ({ live: liveTable, history: indexTable });
  const allIndexRows = async (): Promise<string[]> => [...(await indexRows(liveTable)), ...(await indexRows(indexTable))].sort();
  let wall: Date;
  let store: SessionStore;
  const now = new Date('2027-03-01T08:00:00.000Z');

  beforeEach(async () => {
    table = tableClientFor(azurite.connectionString(), `sessions${randomBytes(4).toString('hex')}`);
    indexTable = tableClientFor(azurite.connectionString(), `index${randomBytes(4).toString('hex')}`);
    liveTable = tableClientFor(azurite.connectionString(), `live${randomBytes(4).toString('hex')}`);
    await Promise.all([ensureTable(table), ensureTable(indexTable), ensureTable(liveTable)]);
    wall = new Date();
    store = new SessionStore(table, randomBytes(32), tempVault(), { vaultClock: () => wall, indexTables: indexTables() });
    assert.equal(await store.ensureIndex(), true, 'an empty table is indexed at once');
  });

  /** What the deadline watcher is told to close at `at`, as it asks (SessionStore.dueForWatcher, closes stale after 2 minutes). */
  const closeDue = async (at: Date, of = store) => (await of.dueForWatcher(at, 120_000)).close;
  /** Whose summary it is told to post. */
  const summaryDue = async (of = store) => (await of.dueForWatcher(now, 120_000)).summary;

  function session(over: Partial<Session> = {}): Session {
    const s = openSessionRecord();
    return { ...s, phaseDeadline: new Date(now.getTime() + HOUR).toISOString(), place: { ...s.place, teamId: 'team-x' }, ...over };
  }

  it('an open session is due to close from its deadline on, and no sooner', async () => {
    const s = session();
    await store.create(s);
    assert.deepEqual(await closeDue(now), []);
    assert.deepEqual(await closeDue(new Date(now.getTime() + HOUR)), [s.id]);
    assert.deepEqual(await allIndexRows(), [`~due|watch ${s.phaseDeadline}|${s.id}`, `~open|all ${s.id}`, `~place|channel-x ${s.id}`, `~team|team-x ${s.id}`]);
    assert.deepEqual(await indexRows(table), [], 'none in the sessions table, whose every query a pass over all its rows costs Azurite');
    assert.deepEqual(await indexRows(liveTable), [`~due|watch ${s.phaseDeadline}|${s.id}`, `~open|all ${s.id}`], 'what the 15-second jobs ask about, apart');
  });

  it('each change moves its rows: closing, closed (summary and sweep due), summary posted, swept', async () => {
    const s = session();
    await store.create(s);
    const closingAt = now.toISOString();
    await store.change(s.id, (x) => ({ ...x, state: 'closing', closingAt }));
    assert.deepEqual(await closeDue(now), [], 'a close under way is left alone');
    assert.deepEqual(await closeDue(new Date(now.getTime() + 120_000)), [s.id], 'a stale close is taken over');
    const closedAt = new Date(now.getTime() + 60_000).toISOString();
    await store.change(s.id, (x) => ({ ...x, state: 'closed', closedAt }));
    assert.deepEqual(await closeDue(new Date(now.getTime() + 10 * HOUR)), []);
    assert.deepEqual(await summaryDue(), [s.id]);
    assert.deepEqual(await store.dueForSweep(now), [], 'not closed by then');
    assert.deepEqual(await store.dueForSweep(new Date(closedAt)), [{ id: s.id, teamId: 'team-x', closedAt, indexKey: `${closedAt}|${s.id}` }]);
    await store.change(s.id, (x) => ({ ...x, summaryPostedAt: closedAt }));
    assert.deepEqual(await summaryDue(), []);
    await store.change(s.id, (x) => ({ ...x, sweptAt: closedAt }));
    assert.deepEqual(await store.dueForSweep(new Date(now.getTime() + 400 * 24 * HOUR)), []);
    assert.deepEqual(await allIndexRows(), [`~place|channel-x ${s.id}`, `~team|team-x ${s.id}`], 'only the listings are left');
  });

  it('a later phase makes the answer summary due while the session stays open', async () => {
    const s = session();
    await store.create(s);
    await store.change(s.id, (x) => ({ ...x, phase: 'proposals' }));
    assert.deepEqual(await summaryDue(), [s.id]);
  });

  it('lists a channel, a team and open rounds from their own partitions', async () => {
    const a = session();
    const b = session({ place: { ...a.place, teamsChannelId: "kanal-'b'", teamId: 'team-y' } });
    const round = session({
      round: { scheduleId: 'sch-1', dueAt: now.toISOString(), late: false, carried: [] },
      settings: { ...a.settings, deadline: new Date(now.getTime() + 5 * HOUR).toISOString() },
    });
    for (const s of [a, b, round]) await store.create(s);
    await store.change(a.id, (x) => ({ ...x, state: 'closed', closedAt: now.toISOString() }));
    assert.deepEqual((await store.inChannel('channel-x')).map((s) => s.id).sort(), [a.id, round.id].sort());
    assert.deepEqual(
      (await store.openInChannel('channel-x')).map((s) => s.id),
      [round.id],
    );
    assert.deepEqual(
      (await store.inChannel("kanal-'b'")).map((s) => s.id),
      [b.id],
    );
    assert.deepEqual(
      (await store.inTeam('team-y')).map((s) => s.id),
      [b.id],
    );
    assert.deepEqual(await store.openRoundTimes(now), [{ id: round.id, scheduleId: 'sch-1', dueAt: now.toISOString(), deadline: round.settings.deadline }]);
  });

  it('a row its session does not want is not read as due, and goes only after the grace (a write may be under way)', async () => {
    const s = session();
    await store.create(s);
    // As a change that wrote its row and then stopped: the session never closed.
    await liveTable.upsertEntity({ partitionKey: '~due|watch', rowKey: `0000|${s.id}`, id: s.id, at: wall.getTime() }, 'Replace');
    await indexTable.upsertEntity({ partitionKey: '~place|channel-x', rowKey: 'gone', id: 'gone', at: wall.getTime() }, 'Replace');
    assert.deepEqual(await summaryDue(), []);
    assert.deepEqual(
      (await store.inChannel('channel-x')).map((x) => x.id),
      [s.id],
    );
    assert.equal((await allIndexRows()).length, 6, 'kept within the grace');
    wall = new Date(wall.getTime() + STALE_GRACE_MS + 1);
    assert.deepEqual(await summaryDue(), []);
    assert.deepEqual(
      (await store.inChannel('channel-x')).map((x) => x.id),
      [s.id],
    );
    assert.deepEqual(await allIndexRows(), [`~due|watch ${s.phaseDeadline}|${s.id}`, `~open|all ${s.id}`, `~place|channel-x ${s.id}`, `~team|team-x ${s.id}`]);
  });

  it('deleteAll deletes the index rows after the session, also of a closed, unswept session', async () => {
    const s = session();
    await store.create(s);
    await store.change(s.id, (x) => ({ ...x, state: 'closed', closedAt: now.toISOString() }));
    assert.ok((await allIndexRows()).some((r) => r.startsWith('~due|sweep')));
    await store.deleteAll(s.id);
    assert.deepEqual(await allIndexRows(), []);
    assert.deepEqual(await store.inTeam('team-x'), []);
  });

  it("a sweep put off to its team's retention is not read before then, comes back after a retention change, and goes with deleteAll", async () => {
    const closedAt = now.toISOString();
    const s = session({ state: 'closed', closedAt, phaseDeadline: undefined });
    await store.create(s);
    const later = new Date(now.getTime() + 10 * 24 * HOUR);
    const [candidate] = await store.dueForSweep(later);
    assert.equal(candidate.id, s.id);
    const due = new Date(now.getTime() + 30 * 24 * HOUR);
    await store.deferSweep(candidate, due);
    assert.ok((await allIndexRows()).includes(`~sweep|later ${s.id}`), 'the pointer a deletion finds it by');
    assert.deepEqual(await store.dueForSweep(later), [], 'not read again before its retention');
    assert.deepEqual(
      (await store.dueForSweep(due)).map((c) => c.indexKey),
      [`${due.toISOString()}|${s.id}`],
    );
    assert.equal(await store.sweepAgain('team-x'), 1);
    assert.deepEqual(
      (await store.dueForSweep(later)).map((c) => c.indexKey),
      [`${closedAt}|${s.id}`],
      'read from its close on again, once',
    );
    await store.deleteAll(s.id);
    assert.deepEqual(await allIndexRows(), []);
  });

  it('finds a closed session whose vault entry the close could not destroy from its own row, until the sweep destroys it', async () => {
    const inner = tempVault();
    let failing = true;
    const vault = Object.assign(Object.create(inner) as typeof inner, { destroy: async (name: string) => (failing ? Promise.reject(new Error('out of reach')) : inner.destroy(name)) });
    const failed: string[] = [];
    store = new SessionStore(table, randomBytes(32), vault, { vaultClock: () => wall, onDestroyFailed: (id) => void failed.push(id), indexTables: indexTables() });
    const s = session();
    await store.create(s);
    await store.change(s.id, (x) => ({ ...x, state: 'closed', closedAt: now.toISOString() }));
    assert.deepEqual(failed, [s.id]);
    assert.deepEqual(await store.leftInVault(), [s.id]);
    failing = false;
    assert.equal(await store.destroyLeftSecret(s.id), true);
    assert.deepEqual(await store.leftInVault(), []);
    assert.ok(!(await allIndexRows()).some((r) => r.startsWith('~due|vault')));
  });

  it('a create retried after it landed, or of a taken id, leaves one set of rows and no error', async () => {
    const s = session();
    assert.equal(await store.create(s), true);
    assert.equal(await store.create(s), false);
    assert.deepEqual(await allIndexRows(), [`~due|watch ${s.phaseDeadline}|${s.id}`, `~open|all ${s.id}`, `~place|channel-x ${s.id}`, `~team|team-x ${s.id}`]);
  });

  it('indexes sessions written before the index once, with the marker last; until then readers scan', async () => {
    const s = session();
    const closed = session({ state: 'closed', closedAt: now.toISOString(), phaseDeadline: undefined });
    const deadline = new Date(now.getTime() + 5 * HOUR).toISOString();
    const round = session({ round: { scheduleId: 'sch-1', dueAt: now.toISOString(), late: false, carried: [] }, phaseDeadline: deadline, settings: { ...s.settings, deadline } });
    const roundTimes = [{ id: round.id, scheduleId: 'sch-1', dueAt: now.toISOString(), deadline }];
    for (const x of [s, closed, round]) await store.create(x);
    // As the version before the index left the table: no index rows, no marker.
    for (const t of [liveTable, indexTable]) for await (const row of t.listEntities()) await t.deleteEntity(String(row.partitionKey), String(row.rowKey));
    const fresh = new SessionStore(table, randomBytes(32), tempVault(), { indexTables: indexTables() });
    assert.deepEqual(await closeDue(new Date(now.getTime() + HOUR), fresh), [s.id], 'the scan still answers');
    assert.deepEqual(await summaryDue(fresh), [closed.id]);
    assert.deepEqual(await fresh.openRoundTimes(now), roundTimes);
    const [one, two] = [new SessionStore(table, randomBytes(32), tempVault(), { indexTables: indexTables() }), new SessionStore(table, randomBytes(32), tempVault(), { indexTables: indexTables() })];
    await Promise.all([one.ensureIndex(), two.ensureIndex()]);
    assert.equal(await one.ensureIndex(), false, 'done once');
    assert.deepEqual((await allIndexRows()).sort(), [...indexEntriesOf(s), ...indexEntriesOf(closed), ...indexEntriesOf(round)].map((e) => `${e.partitionKey} ${e.rowKey}`).sort());
    assert.deepEqual(await closeDue(new Date(now.getTime() + HOUR), fresh), [s.id]);
    assert.deepEqual(await fresh.openRoundTimes(now), roundTimes);
    assert.deepEqual(await fresh.dueForSweep(now), [{ id: closed.id, teamId: 'team-x', closedAt: now.toISOString(), indexKey: `${now.toISOString()}|${closed.id}` }]);
  });

  it('asking again to index costs nothing once indexed, and one marker read after a restart', async () => {
    const requests = [table, liveTable, indexTable].map(countRequests);
    const sent = () => requests.reduce((n, r) => n + r.count, 0);
    assert.equal(await store.ensureIndex(), false);
    assert.equal(sent(), 0, 'this instance remembers the marker');
    const restarted = new SessionStore(table, randomBytes(32), tempVault(), { indexTables: indexTables() });
    assert.equal(await restarted.ensureIndex(), false);
    assert.equal(sent(), 1, 'a new process reads the marker, and indexes nothing again');
    assert.equal(await restarted.ensureIndex(), false);
    assert.equal(sent(), 1);
  });

  it('names nobody: no index row holds the facilitator or a co-facilitator', async () => {
    const s = session({ facilitator: { id: 'user-mette', name: 'Mette' }, coFacilitators: [{ id: 'user-lars', name: 'Lars' }] });
    await store.create(s);
    await store.change(s.id, (x) => ({ ...x, state: 'closed', closedAt: now.toISOString() }));
    const rows: unknown[] = [];
    for (const t of [liveTable, indexTable]) for await (const row of t.listEntities()) rows.push(row);
    assert.ok(rows.length >= 4);
    assert.doesNotMatch(JSON.stringify(rows), /user-mette|Mette|user-lars|Lars/);
  });
});
