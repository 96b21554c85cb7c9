import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot, type RunningBot } from '../../bot/app';
import { readOptions } from '../../config/options';
import { startAzurite, type RunningAzurite } from '../../storage/azurite-process';
import { useConnectorStandIn } from '../support/connector-standin';
import { answerActivity, closeActivity, healthy, invoke, person, startSession, type StartedSession } from '../support/activities';
import { tempKeyDir } from '../support/temp-vault';

/** Answers sent before storage stops, and again after it is back. */
const PEOPLE = 40;
const AT_ONCE = 8;
const SAVED = /Tak – dit svar er gemt/;
const RETRY = /Prøv igen/;

/**
 * Storage is stopped in the middle of a stream of answers and started again on the same port and
 * data. The bot must not crash; those who hit the outage are told to try again; afterwards every
 * answer the bot confirmed is stored, and none it turned away.
 *
 * Azurite is stopped with SIGTERM, which lets it write its data to disk. Killed with SIGKILL it
 * can lose the last ~5 s of writes it already acknowledged (its LokiJS store saves every 5 s);
 * Azure Storage acknowledges only durable writes, so that loss is Azurite's, not the bot's.
 */
describe('reliability: storage stopped and restarted in the middle of a stream of answers', function () {
  this.timeout(120_000);
  const standIn = useConnectorStandIn();
  const location = mkdtempSync(join(tmpdir(), 'kd-killed-'));
  let azurite: RunningAzurite;
  let bot: RunningBot;
  let session: StartedSession;
  const outcome = new Map<number, 'saved' | 'retry' | 'other'>();

  before(async function () {
    this.timeout(60_000);
    azurite = await startAzurite({ location });
    const options = readOptions({
      PORT: '0',
      DEADLINE_CHECK_MS: '600000',
      SCHEDULE_CHECK_MS: '600000',
      ANONYMITY_KEY: randomBytes(32).toString('base64'),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'kd-')),
      KEY_DIR: tempKeyDir(),
      LOG_LEVEL: 'warn',
    });
    bot = await startBot(options, azurite.connectionString, () => undefined);
    await bot.deps.teams.setInstalled('team-skovbakke', true, 'da');
    session = await startSession(bot.url, standIn(), { title: 'Lageret genstarter', k: '3' });
  });

  after(async function () {
    this.timeout(30_000);
    await bot?.stop();
    await azurite?.stop();
  });

  it('stays up, confirms only what it stored, and turns away only what it did not store', async () => {
    const send = async (i: number) => {
      const res = await invoke(bot.url, answerActivity(standIn().serviceUrl, session, person(`user-${i}`), { formal: `Svar nummer ${i}` }));
      outcome.set(i, SAVED.test(res.text) ? 'saved' : RETRY.test(res.text) ? 'retry' : 'other');
    };
    // People keep coming until PEOPLE have answered after storage is back.
    let next = 0;
    let restartedAt = Infinity;
    const worker = async () => {
      while (next < restartedAt + PEOPLE) {
        const i = next++;
        await send(i);
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    const stream = Promise.all(Array.from({ length: AT_ONCE }, worker));
    while (next < PEOPLE) await new Promise((r) => setTimeout(r, 10));
    const port = azurite.port;
    await azurite.stop();
    await new Promise((r) => setTimeout(r, 1_000));
    azurite = await startAzurite({ location, port });
    restartedAt = next;
    await stream;

    assert.ok(await healthy(bot.url), 'the bot is still up');
    const saved = [...outcome].filter(([, o]) => o === 'saved').map(([i]) => i);
    const retry = [...outcome].filter(([, o]) => o === 'retry').map(([i]) => i);
    assert.equal(outcome.size, next);
    assert.deepEqual(
      [...outcome.values()].filter((o) => o === 'other'),
      [],
      'every answer was either saved or "try again"',
    );
    assert.ok(retry.length > 0, 'some answers hit the outage');
    assert.ok(saved.filter((i) => i < PEOPLE).length > PEOPLE / 2 && saved.filter((i) => i >= restartedAt).length > PEOPLE / 2, 'answers before and after the outage were saved');

    await invoke(bot.url, closeActivity(standIn().serviceUrl, session));
    await bot.idle();
    const stored = new Set((await bot.deps.answers.sealedAnswers(session.sessionId)).map((a) => Number(a.formal?.replace('Svar nummer ', ''))));
    assert.deepEqual(
      saved.filter((i) => !stored.has(i)),
      [],
      'every confirmed answer is stored',
    );
    assert.deepEqual(
      retry.filter((i) => stored.has(i)),
      [],
      'no answer that was turned away is stored',
    );
    console.log(`      ${saved.length} confirmed and stored, ${retry.length} told to try again during the outage, none lost or stored behind their back`);
  });
});
