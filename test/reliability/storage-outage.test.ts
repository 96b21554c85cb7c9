import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { startBot, type RunningBot } from '../../bot/app';
import type { LogLine } from '../../config/log';
import { readOptions } from '../../config/options';
import { startAzurite, type RunningAzurite } from '../../storage/azurite-process';
import { useConnectorStandIn } from '../support/connector-standin';
import { answerActivity, healthy, invoke, person, postActivity, startSession, type StartedSession } from '../support/activities';
import { tempKeyDir } from '../support/temp-vault';

/** Teams gives an invoke about 5 s before it shows the clicker an error of its own. */
const INVOKE_BUDGET_MS = 5_000;
const RETRY_DA = 'Vi kunne ikke gemme lige nu. Prøv igen om lidt – dit svar er ikke gemt endnu.';

/**
 * Storage goes away under a running bot and comes back on the same port with the same data:
 * the participant is told to try again (never "saved"), the bot stays up, and the retry counts once.
 */
describe('reliability: storage outage while people answer, over HTTP', function () {
  this.timeout(60_000);
  const standIn = useConnectorStandIn();
  const location = mkdtempSync(join(tmpdir(), 'kd-outage-azurite-'));
  const logs: LogLine[] = [];
  let azurite: RunningAzurite | undefined;
  let bot: RunningBot | undefined;
  let session: StartedSession;
  let azuritePort = 0;
  let outageMs = NaN;
  const participant = person('user-outage', 'Deltager under nedbrud');

  before(async function () {
    this.timeout(60_000);
    azurite = await startAzurite({ location });
    azuritePort = azurite.port;
    const options = readOptions({
      PORT: '0',
      DEADLINE_CHECK_MS: '1000',
      ANONYMITY_KEY: randomBytes(32).toString('base64'),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'kd-')),
      KEY_DIR: tempKeyDir(),
      LOG_LEVEL: 'debug',
    });
    bot = await startBot(options, azurite.connectionString, (line) => logs.push(line));
    session = await startSession(bot.url, standIn(), { title: 'Nedbrud' });
  });

  after(async function () {
    this.timeout(30_000);
    await bot?.stop();
    await azurite?.stop();
    rmSync(location, { recursive: true, force: true });
  });

  const running = () => {
    assert.ok(bot && azurite, 'the bot and Azurite are running');
    return { bot, azurite };
  };

  it('saves an answer while storage is up', async () => {
    const { bot } = running();
    const ok = await invoke(bot.url, answerActivity(standIn().serviceUrl, session, person('user-before'), { formal: 'Gemt før nedbruddet' }));
    assert.match(ok.text, /Tak – dit svar er gemt/);
    assert.equal(await bot.deps.answers.count(session.sessionId), 1);
    await bot.idle();
  });

  it('answers "prøv igen" (HTTP 200, a card) while storage is down, and keeps serving', async () => {
    const { bot, azurite } = running();
    await azurite.stop();
    const down = await invoke(bot.url, answerActivity(standIn().serviceUrl, session, participant, { formal: 'Sendt under nedbruddet' }));
    outageMs = down.ms;
    console.log(`      [outage] the answer during the outage came back after ${outageMs.toFixed(0)} ms (budget ${INVOKE_BUDGET_MS} ms)`);
    assert.equal(down.status, 200);
    assert.ok(down.text.includes(RETRY_DA), down.text);
    assert.doesNotMatch(down.text, /Tak – dit svar er gemt/, 'never reported as saved');
    assert.equal(await healthy(bot.url), true, 'GET /healthz still answers');
  });

  it("saves the same participant's retry once storage is back, and counts exactly 2", async () => {
    const { bot } = running();
    azurite = await startAzurite({ location, port: azuritePort });
    const again = await invoke(bot.url, answerActivity(standIn().serviceUrl, session, participant, { formal: 'Sendt igen efter nedbruddet' }, { id: randomUUID() }));
    assert.match(again.text, /Tak – dit svar er gemt/);
    assert.equal(await bot.deps.answers.count(session.sessionId), 2, 'the answer confirmed before the outage is there, the failed one was not saved');
    assert.equal(await healthy(bot.url), true);
  });

  // PRODUCT BUG (reported, not fixed here): see the outage figure printed above. storage/table-client.ts
  // sets no retryOptions, so the SDK default applies: a refused connection is retried 3 times with
  // exponential back-off (0.5-1 s, 1-2 s, 2-4 s), i.e. 3.5-7 s before the "prøv igen" card can be
  // built (measured 4.1-6.4 s), usually after Teams has given up on the invoke (~5 s).
  // Un-skip once the TableClient has a short retry budget (e.g. retryOptions: { maxRetries: 1,
  // retryDelayInMs: 200, maxRetryDelayInMs: 500 }) or the invoke path has its own deadline.
  it(`answers within Teams' invoke budget (${INVOKE_BUDGET_MS} ms) while storage is down`, () => {
    assert.ok(Number.isFinite(outageMs), 'the outage answer was measured');
    assert.ok(outageMs < INVOKE_BUDGET_MS, `took ${outageMs.toFixed(0)} ms`);
  });

  // PRODUCT BUG (reported, not fixed here): storage that accepts connections but never answers
  // (a hung front end, a black-holed network path) makes the invoke hang: storage/table-client.ts
  // creates the TableClient without any request timeout, so the participant's click gets no
  // answer at all (Teams times out after ~5 s and shows its own generic error). Un-skip once
  // table requests have a timeout (e.g. an AbortSignal.timeout per call or a pipeline policy).
  it('answers within the budget when storage accepts connections but never replies', async function () {
    this.timeout(40_000);
    const { bot, azurite: up } = running();
    await up.stop();
    const sockets = new Set<Socket>();
    const blackHole = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => blackHole.listen(azuritePort, '127.0.0.1', resolve));
    let status: number | string = 'no answer';
    let ms = NaN;
    const started = performance.now();
    try {
      const res = await Promise.race([
        postActivity(bot.url, answerActivity(standIn().serviceUrl, session, person('user-hung'), { formal: 'Sendt mens lageret hænger' })),
        new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 3 * INVOKE_BUDGET_MS).unref()),
      ]);
      if (res) status = res.status;
    } finally {
      ms = performance.now() - started;
      console.log(`      [hung storage] the answer came back after ${ms.toFixed(0)} ms with ${status}`);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => blackHole.close(() => resolve()));
      await bot.idle();
      azurite = await startAzurite({ location, port: azuritePort });
    }
    assert.equal(status, 200);
    assert.ok(ms < INVOKE_BUDGET_MS, `took ${ms.toFixed(0)} ms`);
  });
});
