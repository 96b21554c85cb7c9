import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot, type RunningBot } from '../../bot/app';
import { probeTable, readinessCheck, type Readiness } from '../../bot/readiness';
import { readOptions } from '../../config/options';
import { startAzurite, type RunningAzurite } from '../../storage/azurite-process';
import { tableClientFor } from '../../storage/table-client';
import { SlowProxy } from '../support/slow-proxy';
import { tempKeyDir } from '../support/temp-vault';
import { until } from '../support/until';

async function readyz(url: string): Promise<{ status: number; body: Readiness; text: string }> {
  const res = await fetch(`${url}/readyz`);
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as Readiness, text };
}

describe('GET /readyz: storage answers and the key is loaded', function () {
  this.timeout(60_000);
  let azurite: RunningAzurite;
  let proxy: SlowProxy;
  let bot: RunningBot;
  let viaProxy = '';

  before(async function () {
    this.timeout(60_000);
    azurite = await startAzurite({ inMemory: true });
    proxy = new SlowProxy(azurite.port);
    viaProxy = azurite.connectionString.replace(`:${azurite.port}/`, `:${await proxy.start()}/`);
    const options = readOptions({
      PORT: '0',
      DEADLINE_CHECK_MS: '600000',
      SCHEDULE_CHECK_MS: '600000',
      ANONYMITY_KEY: randomBytes(32).toString('base64'),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'kd-')),
      KEY_DIR: tempKeyDir(),
      LOG_LEVEL: 'warn',
    });
    bot = await startBot(options, viaProxy, () => undefined);
  });

  after(async function () {
    this.timeout(30_000);
    proxy.delayMs = 0;
    await bot?.stop();
    await proxy?.stop();
    await azurite?.stop();
  });

  it('is 200 while storage answers, beside /healthz', async () => {
    const r = await readyz(bot.url);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, { ready: true });
    assert.equal((await fetch(`${bot.url}/healthz`)).status, 200);
  });

  it('is 503 "storage did not answer" within seconds when storage hangs, naming no account, key or address; 200 again when it recovers', async () => {
    proxy.delayMs = 10_000;
    let last: Awaited<ReturnType<typeof readyz>> | undefined;
    await until('/readyz to say 503', async () => (last = await readyz(bot.url)).status === 503, 10_000);
    assert.deepEqual(last!.body, { ready: false, reason: 'storage did not answer' });
    for (const secret of [/AccountKey=([^;]+)/, /AccountName=([^;]+)/, /:(\d+)\//]) {
      const found = secret.exec(viaProxy)![1];
      assert.ok(!last!.text.includes(found), `the answer does not carry ${secret}`);
    }
    proxy.delayMs = 0;
    await until('/readyz to say 200 again', async () => (await readyz(bot.url)).status === 200);
  });

  it('gives the status storage answered, e.g. 403 for a wrong account key, without the error text', async () => {
    const wrongKey = azurite.connectionString.replace(/AccountKey=[^;]+/, `AccountKey=${randomBytes(64).toString('base64')}`);
    const table = tableClientFor(wrongKey, 'sessions');
    await assert.rejects(probeTable(table), (err: { statusCode?: number }) => err.statusCode === 403);
    const ready = readinessCheck({ storage: () => probeTable(table), keyLoaded: () => true, stopping: () => false });
    assert.deepEqual(await ready(), { ready: false, reason: 'storage answered 403' });
    await probeTable(tableClientFor(azurite.connectionString, 'sessions')); // the right key: a 404 for the probe row is an answer
  });
});

describe('readinessCheck', () => {
  it('says why not before asking storage: stopping first, then the key', async () => {
    let asked = 0;
    const storage = async () => void asked++;
    assert.deepEqual(await readinessCheck({ storage, keyLoaded: () => true, stopping: () => true })(), { ready: false, reason: 'shutting down' });
    assert.deepEqual(await readinessCheck({ storage, keyLoaded: () => false, stopping: () => false })(), { ready: false, reason: 'anonymity key not loaded' });
    assert.equal(asked, 0);
  });

  it('shares one storage probe among callers at the same time, and reuses its answer for cacheMs', async () => {
    let asked = 0;
    let clock = 0;
    const ready = readinessCheck({ storage: async () => void asked++, keyLoaded: () => true, stopping: () => false }, 1_000, () => clock);
    const answers = await Promise.all([ready(), ready(), ready()]);
    assert.deepEqual(answers, [{ ready: true }, { ready: true }, { ready: true }]);
    assert.equal(asked, 1);
    clock = 999;
    await ready();
    assert.equal(asked, 1, 'within a second: the same answer');
    clock = 1_000;
    await ready();
    assert.equal(asked, 2, 'after a second: storage is asked again');
  });
});
