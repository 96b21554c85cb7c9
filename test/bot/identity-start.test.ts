import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { TableServiceClient } from '@azure/data-tables';
import { azureCredential } from '../../config/azure-credential';
import { findFreePort } from '../../storage/azurite-child';
import { useIdentityStandIn } from '../support/identity-standin';
import { useTokenAzurite } from '../support/token-azurite';

/** Variables of the test's own environment that would choose other storage or a production bot. */
const UNSET = ['AZURE_STORAGE_CONNECTION_STRING', 'STORAGE_CONNECTION_STRING', 'AZURE_STORAGE_ACCOUNT', 'MicrosoftAppId', 'MicrosoftAppType', 'KEY_VAULT_URL', 'ANONYMITY_KEY'];

/** Starts `npm start`'s script with `env` and resolves with the bot's URL once it says it runs. */
function startScript(env: Record<string, string>): Promise<{ url: string; child: ChildProcess; stderr: string[] }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !UNSET.includes(name)));
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../../scripts/start.ts')], { env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.on('data', (d: Buffer) => stderr.push(d.toString()));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const running = /Kernedialog is running: (\S+)\/api\/messages/.exec(line);
      if (running) resolve({ url: running[1], child, stderr });
    });
    child.once('exit', (code) => reject(new Error(`scripts/start.ts exited with ${code} before it ran:\n${stderr.join('')}`)));
  });
}

/**
 * The whole start as a process, as on App Service with a user-assigned identity: no connection
 * string and no account key anywhere, only AZURE_STORAGE_ACCOUNT_URL and AZURE_CLIENT_ID. The
 * identity endpoint is a loopback stand-in, the account an Azurite that serves https and checks
 * bearer tokens (its certificate trusted through NODE_EXTRA_CA_CERTS).
 */
describe('npm start with storage reached as a managed identity', function () {
  this.timeout(60_000);
  const identity = useIdentityStandIn();
  const azurite = useTokenAzurite();

  it('starts, makes its tables as the identity AZURE_CLIENT_ID names, and stops on SIGTERM', async () => {
    const clientId = randomUUID();
    const dir = mkdtempSync(join(tmpdir(), 'kd-idstart-'));
    const { url, child, stderr } = await startScript({
      ...identity().env,
      NODE_EXTRA_CA_CERTS: azurite().caFile,
      AZURE_STORAGE_ACCOUNT_URL: azurite().accountUrl,
      AZURE_CLIENT_ID: clientId,
      PLAYGROUND: 'off',
      HOST: '127.0.0.1',
      PORT: String(await findFreePort('127.0.0.1')),
      DATA_DIR: join(dir, 'data'),
      KEY_DIR: join(dir, 'keys'),
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      assert.equal((await fetch(`${url}/healthz`)).status, 200);
      const service = azurite().trusting(new TableServiceClient(azurite().accountUrl, azureCredential(randomUUID())));
      const tables: string[] = [];
      for await (const table of service.listTables()) tables.push(table.name!);
      assert.deepEqual(tables.sort(), ['schedules', 'sendbudget', 'sessionindex', 'sessionlive', 'sessions', 'teams']);
      const asked = identity().requests.filter((r) => r.clientId === clientId);
      assert.ok(asked.length >= 1, 'the bot asked the identity endpoint for AZURE_CLIENT_ID');
      for (const r of asked) assert.deepEqual([r.resource, r.withHeader, !!r.token], ['https://storage.azure.com', true, true]);
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0, stderr.join(''));
  });
});
