import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import sinon from 'sinon';
import { createLogger, type LogLine } from '../../config/log';
import type { DialogDeps } from '../../dialogs/deps';
import { sweepOnce } from '../../dialogs/retention-sweep';
import type { Session } from '../../domain/session';
import { KeyVaultSecretVault } from '../../storage/key-vault-secret-vault';
import { SessionStore } from '../../storage/session-store';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { VAULT_GRACE_MS } from '../../storage/vault-orphans';
import { useAzurite } from '../support/azurite';
import { azuriteDeps } from '../support/dialog-deps';
import { keyVaultError, keyVaultStandIn } from '../support/key-vault-standin';
import { openSessionRecord } from '../support/session-record';

const closeNow = (s: Session): Session => ({ ...s, state: 'closed', closedAt: new Date().toISOString() });

/**
 * The retention sweep with the Key Vault vault, its client a sinon stand-in with soft delete
 * (test/support/key-vault-standin.ts), the sessions in Azurite. Key Vault may refuse a purge with
 * 409 while its delete is still under way: that is a warning and a retry at the next sweep, never
 * a failed sweep, and the warning names no session.
 */
describe('the retention sweep with Key Vault, when a purge is refused for now (409)', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  let table: TableClient;
  let kv: ReturnType<typeof keyVaultStandIn>;
  let key: Buffer;
  let deps: DialogDeps;
  let logs: LogLine[];
  let failures: unknown[];
  let clock: Date | undefined;

  beforeEach(async () => {
    table = tableClientFor(azurite.connectionString(), `kvsweep${randomBytes(4).toString('hex')}`);
    await ensureTable(table);
    kv = keyVaultStandIn();
    key = randomBytes(32);
    logs = [];
    failures = [];
    clock = undefined;
    const vault = new KeyVaultSecretVault(kv.client, 'https://kd-test.vault.azure.net');
    deps = await azuriteDeps(azurite.connectionString(), table, { key, vault });
    deps.sessions = new SessionStore(table, key, vault, { onDestroyFailed: (_id, err) => void failures.push(err), vaultClock: () => clock ?? new Date() });
    deps.log = createLogger('test', 'debug', (line) => void logs.push(line));
  });

  const secretRow = (id: string) => table.getEntity<Record<string, unknown>>(id, 'secret');
  const busyWarnings = () => logs.filter((l) => l.level === 'warn' && /refused its purge for now \(409\)/.test(l.msg));
  const errors = () => logs.filter((l) => l.level === 'error');

  it("a closed session's secret: the row keeps vaultLeft, the sweep warns without the session, and the next sweep purges it", async () => {
    const session = openSessionRecord();
    assert.equal(await deps.sessions.create(session), true);
    kv.stubs.purgeDeletedSecret.onCall(0).rejects(keyVaultError(409)).onCall(1).rejects(keyVaultError(409));
    await deps.sessions.change(session.id, closeNow);
    assert.equal(failures.length, 1, 'the close stood and reported the refused purge');
    assert.equal((await secretRow(session.id)).vaultLeft, true);
    assert.equal(kv.deleted.size, 1, 'deleted, not yet purged: still recoverable');

    assert.deepEqual(await sweepOnce(deps), { sessions: 0, teams: 0, schedules: 0, secrets: 0, orphans: 0 });
    assert.equal(busyWarnings().length, 1);
    assert.deepEqual(Object.keys(busyWarnings()[0]).sort(), ['level', 'msg', 'name', 'status'], 'no session id, no entry name, no error text');
    assert.deepEqual(errors(), []);
    assert.equal((await secretRow(session.id)).vaultLeft, true, 'still marked for the next sweep');

    assert.deepEqual(await sweepOnce(deps), { sessions: 0, teams: 0, schedules: 0, secrets: 1, orphans: 0 });
    assert.deepEqual([kv.live.size, kv.deleted.size], [0, 0], 'purged: nothing left to recover');
    assert.deepEqual(await deps.sessions.leftInVault(), []);
  });

  it("an orphan: deleted by one sweep, its purge refused, then found among the deleted secrets and purged by the next; an open session's secret stays", async () => {
    const open = openSessionRecord();
    assert.equal(await deps.sessions.create(open), true);
    const stub = sinon.stub(table, 'submitTransaction').rejects(keyVaultError(503));
    try {
      await assert.rejects(deps.sessions.create(openSessionRecord()), /503/);
    } finally {
      stub.restore();
    }
    assert.equal(kv.live.size, 2, 'the create cut short left its secret');
    clock = new Date(Date.now() + VAULT_GRACE_MS + 60_000);
    kv.stubs.purgeDeletedSecret.onCall(0).rejects(keyVaultError(409));

    assert.deepEqual(await sweepOnce(deps), { sessions: 0, teams: 0, schedules: 0, secrets: 0, orphans: 0 });
    assert.equal(busyWarnings().length, 1);
    assert.deepEqual([kv.live.size, kv.deleted.size], [1, 1]);
    assert.deepEqual(await sweepOnce(deps), { sessions: 0, teams: 0, schedules: 0, secrets: 0, orphans: 1 });
    assert.deepEqual([kv.live.size, kv.deleted.size], [1, 0]);
    assert.equal((await deps.sessions.secret(open.id))?.length, 32, 'the open session still reads its secret');
    assert.deepEqual(errors(), []);
  });

  it("a Key Vault that cannot be listed fails no sweep: logged as an error, the closed sessions' step still done", async () => {
    const session = openSessionRecord();
    assert.equal(await deps.sessions.create(session), true);
    kv.stubs.purgeDeletedSecret.onCall(0).rejects(keyVaultError(500));
    await deps.sessions.change(session.id, closeNow);
    kv.stubs.listPropertiesOfSecrets.throws(keyVaultError(503));
    clock = new Date(Date.now() + VAULT_GRACE_MS * 2);
    assert.deepEqual(await sweepOnce(deps), { sessions: 0, teams: 0, schedules: 0, secrets: 1, orphans: 0 });
    assert.deepEqual(
      errors().map((l) => [l.msg.split(';')[0], l.code]),
      [['could not list the vault to find entries no session names', 503]],
    );
    assert.deepEqual([kv.live.size, kv.deleted.size], [0, 0]);
  });
});
