import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TableClient } from '@azure/data-tables';
import sinon from 'sinon';
import { confirmCancel } from '../../dialogs/cancel-session';
import { closeSession } from '../../dialogs/close-session';
import type { DialogDeps } from '../../dialogs/deps';
import { eraseChannel } from '../../dialogs/erase-data';
import { sweepOnce } from '../../dialogs/retention-sweep';
import { sweepSession } from '../../dialogs/sweep-session';
import { unwrapSecret, wrapSecret } from '../../domain/anonymity/participation';
import type { Session } from '../../domain/session';
import { FileVault } from '../../storage/file-vault';
import type { SecretVault } from '../../storage/secret-vault';
import { SessionStore } from '../../storage/session-store';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { useAzurite } from '../support/azurite';
import { azuriteDeps, channelWhere } from '../support/dialog-deps';
import { openSessionRecord } from '../support/session-record';
import { tempKeyDir } from '../support/temp-vault';

/** A FileVault whose destroy can be made to fail, as when the process stops or Key Vault is out of reach. */
class VaultThatMayFail implements SecretVault {
  failing = false;
  constructor(private readonly inner: SecretVault) {}
  put(name: string, secret: Buffer) {
    return this.inner.put(name, secret);
  }
  get(name: string) {
    return this.inner.get(name);
  }
  async destroy(name: string) {
    if (this.failing) throw new Error('the vault is out of reach');
    return this.inner.destroy(name);
  }
  list() {
    return this.inner.list();
  }
  check() {
    return this.inner.check();
  }
}

const closeNow = (s: Session): Session => ({ ...s, state: 'closed', closedAt: new Date().toISOString() });
const OWN_COLUMNS = (row: object) =>
  Object.keys(row)
    .filter((k) => !['partitionKey', 'rowKey', 'etag', 'timestamp', 'odata.metadata'].includes(k))
    .sort();

/**
 * Each session's secret in the vault, against Azurite and a FileVault in a temporary KEY_DIR
 * (docs/anonymity.md, "Phases"): created there, read from there, destroyed at the end of the
 * session by close, cancel and erase, and by the retention sweep when a crash left it.
 */
describe('the session secret in the vault, against Azurite', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  let table: TableClient;
  let dir: string;
  let vault: VaultThatMayFail;
  let key: Buffer;
  let failures: string[];
  let deps: DialogDeps;

  beforeEach(async () => {
    table = tableClientFor(azurite.connectionString(), `vault${randomBytes(4).toString('hex')}`);
    await ensureTable(table);
    dir = join(tempKeyDir(), 'sessions');
    vault = new VaultThatMayFail(new FileVault(dir));
    key = randomBytes(32);
    failures = [];
    deps = await azuriteDeps(azurite.connectionString(), table, { key });
    deps.sessions = new SessionStore(table, key, vault, { onDestroyFailed: (id) => void failures.push(id) });
  });

  const entries = () => readdirSync(dir);
  const secretRow = (id: string) => table.getEntity<Record<string, unknown>>(id, 'secret');
  async function created(): Promise<Session> {
    const session = openSessionRecord();
    assert.equal(await deps.sessions.create(session), true);
    return session;
  }
  /** A closed session whose vault entry the close could not destroy. */
  async function closedWithEntryLeft(): Promise<{ session: Session; name: string }> {
    const session = await created();
    const name = String((await secretRow(session.id)).vaultName);
    vault.failing = true;
    await deps.sessions.change(session.id, closeNow);
    vault.failing = false;
    return { session, name };
  }

  it('create puts the secret in the vault under a random name, wrapped under the anonymity key; the table holds only the name', async () => {
    const session = await created();
    const row = await secretRow(session.id);
    assert.deepEqual(OWN_COLUMNS(row), ['vaultLeft', 'vaultName']);
    assert.match(String(row.vaultName), /^kd-[0-9a-f]{32}$/);
    assert.equal(row.vaultLeft, false);
    assert.deepEqual(entries(), [row.vaultName]);
    const secret = await deps.sessions.secret(session.id);
    assert.equal(secret?.length, 32);
    const file = readFileSync(join(dir, String(row.vaultName)));
    assert.ok(!file.includes(secret!), 'the vault holds the secret wrapped, not as it is');
    assert.deepEqual(unwrapSecret(file.toString('base64'), key), secret);
  });

  it('a phase change keeps the secret; the final close destroys the entry and empties the row', async () => {
    const session = await created();
    const secret = await deps.sessions.secret(session.id);
    await deps.sessions.change(session.id, (s) => ({ ...s, phase: 'proposals' }));
    assert.deepEqual(await deps.sessions.secret(session.id), secret, "the next phase's secret is derived from the session's");
    await deps.sessions.change(session.id, closeNow);
    assert.equal(await deps.sessions.secret(session.id), undefined);
    assert.deepEqual(entries(), []);
    assert.deepEqual(OWN_COLUMNS(await secretRow(session.id)), []);
    assert.deepEqual(failures, []);
  });

  it('with `later`, the close returns before the vault is done (Key Vault takes seconds to delete and purge) and the entry is destroyed once the work runs', async () => {
    const queued: (() => Promise<void>)[] = [];
    deps.sessions = new SessionStore(table, key, vault, { onDestroyFailed: (id) => void failures.push(id), later: (work) => void queued.push(work) });
    const session = await created();
    await deps.sessions.change(session.id, closeNow);
    assert.equal(queued.length, 1, 'the destroy waits for later');
    assert.equal(entries().length, 1, 'the entry is still there while the close has returned');
    assert.equal((await secretRow(session.id)).vaultLeft, true, 'the row says so, for the sweep should the process stop now');
    assert.equal(await deps.sessions.secret(session.id), undefined, 'a closed session never gives its secret out again');
    await queued[0]();
    assert.deepEqual(entries(), []);
    assert.deepEqual(OWN_COLUMNS(await secretRow(session.id)), []);
  });

  it('a session created before the vault (its secret wrapped in the row) still takes answers, seals them and closes', async () => {
    const session = await created();
    const oldSecret = randomBytes(32);
    // As main wrote it: the secret wrapped in the row, nothing in the vault.
    await vault.destroy(String((await secretRow(session.id)).vaultName));
    await table.upsertEntity({ partitionKey: session.id, rowKey: 'secret', wrappedSecret: wrapSecret(oldSecret, key) }, 'Replace');
    assert.deepEqual(await deps.sessions.secret(session.id), oldSecret);
    for (const who of ['a', 'b', 'c']) assert.equal(await deps.answers.saveAnswer(session.id, oldSecret, `user-${who}`, `act-${who}`, { formal: `Svar ${who}` }), 'saved');
    await closeSession(deps, session.id, 'facilitator');
    assert.equal((await deps.answers.sealedAnswers(session.id)).length, 3, 'sealed under the old secret');
    assert.deepEqual(await deps.sessions.secret(session.id), oldSecret, 'kept through the phase change');
    await deps.sessions.change(session.id, closeNow);
    assert.equal(await deps.sessions.secret(session.id), undefined);
    assert.deepEqual(OWN_COLUMNS(await secretRow(session.id)), [], 'the wrapped secret is gone from the row');
  });

  it('a crash between the closing write and the destroy: the row says vaultLeft, the secret is no longer given out, and the retention sweep destroys the entry', async () => {
    const { session, name } = await closedWithEntryLeft();
    assert.deepEqual(failures, [session.id], 'the failure was reported, and the close stood');
    assert.equal((await deps.sessions.get(session.id))?.session.state, 'closed');
    const row = await secretRow(session.id);
    assert.deepEqual([row.vaultName, row.vaultLeft], [name, true]);
    assert.deepEqual(entries(), [name], 'the entry is still there');
    assert.equal(await deps.sessions.secret(session.id), undefined, 'a closed session gives out no secret, entry or not');
    assert.deepEqual(await deps.sessions.leftInVault(), [session.id]);

    assert.deepEqual(await sweepOnce(deps), { sessions: 0, teams: 0, schedules: 0, secrets: 1, orphans: 0 });
    assert.deepEqual(entries(), []);
    assert.deepEqual(OWN_COLUMNS(await secretRow(session.id)), []);
    assert.deepEqual(await deps.sessions.leftInVault(), []);
    assert.deepEqual(await sweepOnce(deps), { sessions: 0, teams: 0, schedules: 0, secrets: 0, orphans: 0 }, 'nothing twice');
  });

  it('a sweep that cannot reach the vault leaves the session marked for the next one', async () => {
    const { session, name } = await closedWithEntryLeft();
    vault.failing = true;
    assert.deepEqual(await sweepOnce(deps), { sessions: 0, teams: 0, schedules: 0, secrets: 0, orphans: 0 });
    assert.deepEqual(await deps.sessions.leftInVault(), [session.id]);
    assert.deepEqual(entries(), [name]);
  });

  it('without onDestroyFailed, a destroy that fails after the closing write is thrown to the closer', async () => {
    const strict = new SessionStore(table, key, vault);
    const session = openSessionRecord();
    assert.equal(await strict.create(session), true);
    vault.failing = true;
    await assert.rejects(strict.change(session.id, closeNow), /out of reach/);
    assert.deepEqual(await strict.leftInVault(), [session.id], 'the close was written and marked');
  });

  it('cancelling destroys the entry', async () => {
    const session = await created();
    await confirmCancel(deps, 'da', { id: 'f', name: 'F' }, channelWhere, { sessionId: session.id });
    assert.ok((await deps.sessions.get(session.id))?.session.cancelledAt);
    assert.equal(await deps.sessions.secret(session.id), undefined);
    assert.deepEqual(entries(), []);
  });

  it("erasing the channel's data destroys the entries of open sessions and of closed ones a crash left", async () => {
    await created();
    await closedWithEntryLeft();
    assert.equal(entries().length, 2);
    assert.deepEqual(await eraseChannel(deps, 'channel-x'), { sessions: 2, schedules: 0 });
    assert.deepEqual(entries(), []);
  });

  it('the retention sweep of a session destroys a left entry before it deletes the row that names it', async () => {
    const { session } = await closedWithEntryLeft();
    assert.ok((await sweepSession(deps, session.id)) !== undefined);
    assert.deepEqual(entries(), []);
    await assert.rejects(secretRow(session.id), (err: { statusCode?: number }) => err.statusCode === 404);
  });

  it('a session id that exists already: create says so, and the entry it had just put is destroyed', async () => {
    const session = await created();
    const first = await deps.sessions.secret(session.id);
    assert.equal(await deps.sessions.create(session), false);
    assert.deepEqual(entries(), [(await secretRow(session.id)).vaultName]);
    assert.deepEqual(await deps.sessions.secret(session.id), first);
  });

  it('a retry of its own create that had landed (409) is its own session: the entry is kept', async () => {
    const session = openSessionRecord();
    const submit = table.submitTransaction.bind(table);
    const stub = sinon.stub(table, 'submitTransaction').callsFake(async (actions) => {
      await submit(actions);
      throw Object.assign(new Error('The specified entity already exists.'), { statusCode: 409 });
    });
    try {
      assert.equal(await deps.sessions.create(session), true);
    } finally {
      stub.restore();
    }
    assert.deepEqual(entries(), [(await secretRow(session.id)).vaultName]);
    assert.equal((await deps.sessions.secret(session.id))?.length, 32);
  });
});
