import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TableClient } from '@azure/data-tables';
import sinon from 'sinon';
import { createLogger, type LogLine } from '../../config/log';
import type { DialogDeps } from '../../dialogs/deps';
import { sweepOnce } from '../../dialogs/retention-sweep';
import { wrapSecret } from '../../domain/anonymity/participation';
import type { Session } from '../../domain/session';
import { FileVault } from '../../storage/file-vault';
import { newVaultName, type SecretVault } from '../../storage/secret-vault';
import { SessionStore, type SessionStoreOptions } from '../../storage/session-store';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { VAULT_GRACE_MS } from '../../storage/vault-orphans';
import { useAzurite } from '../support/azurite';
import { azuriteDeps } from '../support/dialog-deps';
import { openSessionRecord } from '../support/session-record';
import { tempKeyDir } from '../support/temp-vault';

const MINUTE = 60_000;
const NOW = new Date('2027-03-01T09:00:00Z');

/**
 * docs/data.md, "The retention sweep", step 0: vault entries that no session names (a create
 * that stopped after its put, a write cut short, a session an older version closed) are destroyed
 * once they are an hour old, against Azurite and a FileVault in a real temporary folder. The
 * files' times are set, and the store's vault clock (`vaultClock`) is the test's `clock`.
 */
// Before the index, the sweep reads every secret row; through it, the rows of the sessions it points at.
for (const indexed of [false, true])
  describe(`the retention sweep destroys vault entries no session names, against Azurite${indexed ? ', through the index' : ''}`, function () {
    this.timeout(30_000);
    const azurite = useAzurite();
    let table: TableClient;
    let dir: string;
    let vault: FileVault;
    let key: Buffer;
    let deps: DialogDeps;
    let logs: LogLine[];
    let clock: Date;
    /** A store on the test's table whose vault times are held against `clock`. */
    const storeOn = (on: SecretVault, options: SessionStoreOptions = {}) => new SessionStore(table, key, on, { ...options, vaultClock: () => clock });

    beforeEach(async () => {
      table = tableClientFor(azurite.connectionString(), `orphans${randomBytes(4).toString('hex')}`);
      await ensureTable(table);
      dir = join(tempKeyDir(), 'sessions');
      vault = new FileVault(dir);
      key = randomBytes(32);
      logs = [];
      clock = NOW;
      deps = await azuriteDeps(azurite.connectionString(), table, { key, vault });
      deps.sessions = storeOn(vault);
      deps.log = createLogger('test', 'debug', (line) => void logs.push(line));
      if (indexed) await deps.sessions.ensureIndex();
    });

    const entries = () => readdirSync(dir).sort();
    const vaultNameOf = async (id: string) => String((await table.getEntity(id, 'secret')).vaultName);
    /** Sets the file's times as if it had been written `minutes` before NOW. */
    const writtenAgo = (name: string, minutes: number) => utimesSync(join(dir, name), new Date(NOW.getTime() - minutes * MINUTE), new Date(NOW.getTime() - minutes * MINUTE));
    const wrapped = (under = key) => Buffer.from(wrapSecret(randomBytes(32), under), 'base64');
    async function created(): Promise<Session> {
      const session = openSessionRecord();
      assert.equal(await deps.sessions.create(session), true);
      return session;
    }
    /** What create leaves when storage fails its transaction after the put: an entry no row names. */
    async function createCutShort(): Promise<string> {
      const before = new Set(entries());
      const stub = sinon.stub(table, 'submitTransaction').rejects(Object.assign(new Error('Server busy'), { statusCode: 503 }));
      try {
        await assert.rejects(deps.sessions.create(openSessionRecord()), /Server busy/);
      } finally {
        stub.restore();
      }
      const [name] = entries().filter((e) => !before.has(e));
      assert.ok(name, 'create had put its entry before the transaction');
      return name;
    }
    /** A temporary file as FileVault.put leaves it when the process stops mid-write. */
    function halfWritten(): string {
      const name = `${newVaultName()}.${randomBytes(6).toString('hex')}.tmp`;
      writeFileSync(join(dir, name), wrapped().subarray(0, 20), { mode: 0o600 });
      return name;
    }

    it("destroys exactly the unnamed entries older than an hour: not an open session's, not a fresh one, not one under another key, not a stranger's file", async () => {
      const openSession = await created();
      const open = await vaultNameOf(openSession.id);
      const crashed = await createCutShort();
      const leftover = halfWritten();
      // As the version before the vault closes a session: it empties the secret row and knows of no entry.
      const rolledBack = await created();
      const rolledBackName = await vaultNameOf(rolledBack.id);
      await table.upsertEntity({ partitionKey: rolledBack.id, rowKey: 'secret' }, 'Replace');
      const fresh = newVaultName();
      await vault.put(fresh, wrapped());
      const freshLeftover = halfWritten();
      const foreign = newVaultName(); // another data folder's, sharing this KEY_DIR under its own key
      await vault.put(foreign, wrapped(randomBytes(32)));
      writeFileSync(join(dir, 'notes.txt'), 'not ours');
      const grace = VAULT_GRACE_MS / MINUTE;
      for (const name of [open, crashed, leftover, rolledBackName, foreign, 'notes.txt']) writtenAgo(name, grace + 1);
      for (const name of [fresh, freshLeftover]) writtenAgo(name, grace - 1);

      assert.deepEqual(await sweepOnce(deps), { sessions: 0, teams: 0, schedules: 0, secrets: 0, orphans: 3 });
      assert.deepEqual(entries(), [open, fresh, freshLeftover, foreign, 'notes.txt'].sort());
      assert.equal((await deps.sessions.secret(openSession.id))?.length, 32, 'the open session still reads its secret');
      assert.deepEqual(
        logs.filter((l) => l.level !== 'debug').map((l) => [l.level, l.msg, l.count]),
        [['info', 'vault entries no session names are destroyed', 3]],
      );
      assert.doesNotMatch(JSON.stringify(logs), /kd-[0-9a-f]{32}/, 'no entry name in the log');

      assert.deepEqual((await sweepOnce(deps)).orphans, 0, 'nothing twice');
      clock = new Date(NOW.getTime() + 2 * MINUTE);
      assert.deepEqual((await sweepOnce(deps)).orphans, 2, 'the fresh ones once their hour is up');
      assert.deepEqual(entries(), [open, foreign, 'notes.txt'].sort());
    });

    it("leaves a closed session's left entry to the step that reads its row, and counts it there once", async () => {
      // The closing instance cannot reach the vault, so its close leaves the entry and says so in the row.
      const outOfReach = {
        put: (n: string, s: Buffer) => vault.put(n, s),
        get: (n: string) => vault.get(n),
        list: () => vault.list(),
        check: () => vault.check(),
        destroy: async () => Promise.reject(new Error('the vault is out of reach')),
      };
      const failing = storeOn(outOfReach, { onDestroyFailed: () => undefined });
      const session = openSessionRecord();
      assert.equal(await failing.create(session), true);
      const name = await vaultNameOf(session.id);
      await failing.change(session.id, (s) => ({ ...s, state: 'closed', closedAt: NOW.toISOString() }));
      writtenAgo(name, 120);
      assert.deepEqual(await deps.sessions.namedInVault(), new Set([name]), 'a vaultLeft row still names its entry');
      assert.deepEqual(await deps.sessions.vaultOrphans(), []);
      assert.deepEqual(await sweepOnce(deps), { sessions: 0, teams: 0, schedules: 0, secrets: 1, orphans: 0 });
      assert.deepEqual(entries(), []);
    });

    it('names only rows that hold a vault name: not a row emptied at close, not a secret kept in the row from before the vault', async () => {
      const open = await vaultNameOf((await created()).id);
      const closed = await created();
      await deps.sessions.change(closed.id, (s) => ({ ...s, state: 'closed', closedAt: NOW.toISOString() }));
      const old = openSessionRecord();
      await table.createEntity({ partitionKey: old.id, rowKey: 'secret', wrappedSecret: wrapSecret(randomBytes(32), key) });
      assert.deepEqual(await deps.sessions.namedInVault(), new Set([open]));
    });

    it('two instances sweeping at the same moment destroy every orphan and report no error', async () => {
      const orphans = await Promise.all(
        Array.from({ length: 6 }, async () => {
          const name = newVaultName();
          await vault.put(name, wrapped());
          return name;
        }),
      );
      for (const name of orphans) writtenAgo(name, 90);
      const other: DialogDeps = { ...deps, sessions: storeOn(new FileVault(dir)) };
      const [a, b] = await Promise.all([sweepOnce(deps), sweepOnce(other)]);
      assert.ok(a.orphans + b.orphans >= orphans.length, `${a.orphans} + ${b.orphans}`);
      assert.deepEqual(entries(), []);
      assert.deepEqual(
        logs.filter((l) => l.level === 'error' || l.level === 'warn'),
        [],
      );
    });

    it('a vault that cannot be listed is logged and the rest of the sweep goes on', async () => {
      const notAFolder = join(tempKeyDir(), 'a-file');
      writeFileSync(notAFolder, '');
      deps.sessions = storeOn(new FileVault(notAFolder));
      assert.deepEqual(await sweepOnce(deps), { sessions: 0, teams: 0, schedules: 0, secrets: 0, orphans: 0 });
      const errors = logs.filter((l) => l.level === 'error');
      assert.deepEqual(
        errors.map((l) => l.msg.split(';')[0]),
        ['could not list the vault to find entries no session names'],
      );
      assert.match(String(errors[0].err), /ENOTDIR/);
    });
  });
