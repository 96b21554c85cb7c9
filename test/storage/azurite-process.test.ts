import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { acceptsConnections } from '../../storage/azurite-child';
import { startAzurite } from '../../storage/azurite-process';
import { tableClientFor } from '../../storage/table-client';
import { TableStateStorage } from '../../storage/table-state-storage';

const HOST = '127.0.0.1';

/** Polls until nothing listens on `port` any more; false if it still does after `timeoutMs`. */
async function portClosesWithin(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await acceptsConnections(HOST, port))) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Runs fixtures/azurite-parent.ts in its own Node process and resolves with the Azurite port. */
function startParentProcess(mode: 'linger' | 'exit') {
  const fixture = path.join(__dirname, 'fixtures', 'azurite-parent.ts');
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  const parent = spawn(process.execPath, ['--import', tsx, fixture, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  parent.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const port = new Promise<number>((resolve, reject) => {
    parent.stdout.once('data', (d: Buffer) => resolve((JSON.parse(d.toString()) as { port: number }).port));
    parent.once('exit', (code) => reject(new Error(`fixture exited (${code}) before printing a port: ${stderr}`)));
  });
  return { parent, port };
}

describe('startAzurite', function () {
  this.timeout(30_000);

  // The second start also takes an explicit port, its first one's: how a test restarts storage "on the same port and data".
  it('persists data in `location` across stop and start, and uses an explicitly given port', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kernedialog-azurite-'));
    try {
      const first = await startAzurite({ location: path.join(dir, 'data') });
      const storage = await TableStateStorage.create(first.connectionString);
      await storage.write({ 'conv/persist': { svar: 'æøå' } });
      await first.stop();

      const second = await startAzurite({ location: path.join(dir, 'data'), port: first.port });
      try {
        assert.equal(second.port, first.port);
        const read = await (await TableStateStorage.create(second.connectionString)).read(['conv/persist']);
        assert.equal(read['conv/persist']?.svar, 'æøå');
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stop() ends the process: the port no longer accepts connections', async () => {
    const azurite = await startAzurite({ inMemory: true });
    assert.ok(await acceptsConnections(HOST, azurite.port));
    assert.ok(azurite.connectionString.includes(`TableEndpoint=http://127.0.0.1:${azurite.port}/devstoreaccount1;`));
    await azurite.stop();
    assert.equal(await acceptsConnections(HOST, azurite.port), false);
    await azurite.stop(); // idempotent
  });

  it('serves the accounts it is given, each with its own tables', async () => {
    const azurite = await startAzurite({ inMemory: true, accounts: ['kdeen', 'kdto'] });
    try {
      assert.equal(azurite.connectionString, azurite.connectionStringFor('kdeen'));
      const one = tableClientFor(azurite.connectionStringFor('kdeen'), 'sessions');
      const two = tableClientFor(azurite.connectionStringFor('kdto'), 'sessions');
      await one.createTable();
      await two.createTable();
      await one.createEntity({ partitionKey: 'p', rowKey: 'kun-i-een' });
      const inTwo = [];
      for await (const row of two.listEntities()) inTwo.push(row);
      assert.deepEqual(inTwo, []);
      await assert.rejects(() => tableClientFor(azurite.connectionStringFor('devstoreaccount1'), 'sessions').createTable(), /ResourceNotFound|404/);
    } finally {
      await azurite.stop();
    }
  });

  it("fails clearly, quoting Azurite's output, when the port is taken", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, HOST, resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await assert.rejects(() => startAzurite({ port }), /exited during startup[\s\S]*EADDRINUSE/);
    } finally {
      blocker.close();
    }
  });

  it('refuses `location` together with `inMemory`', async () => {
    await assert.rejects(() => startAzurite({ location: './x', inMemory: true }), /either `location` or `inMemory/);
  });

  for (const mode of ['linger', 'exit'] as const) {
    const how = mode === 'linger' ? 'is SIGKILLed' : 'calls process.exit()';
    it(`does not outlive a parent that ${how}`, async () => {
      const { parent, port } = startParentProcess(mode);
      const azuritePort = await port;
      if (mode === 'linger') {
        assert.ok(await acceptsConnections(HOST, azuritePort));
        parent.kill('SIGKILL'); // no 'exit' handler runs; the stdin watchdog must do it
      }
      assert.ok(await portClosesWithin(azuritePort, 10_000), 'Azurite still listening after its parent died');
    });
  }
});
