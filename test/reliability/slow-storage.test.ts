import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { startBot, type RunningBot } from '../../bot/app';
import type { LogLine } from '../../config/log';
import { readOptions } from '../../config/options';
import { startAzurite, type RunningAzurite } from '../../storage/azurite-process';
import { ConnectorStandIn, useConnectorStandIn } from '../support/connector-standin';
import { answerActivity, executeActivity, invoke, person, startSession, type StartedSession } from '../support/activities';
import { SlowProxy } from '../support/slow-proxy';
import { tempKeyDir } from '../support/temp-vault';
import { until } from '../support/until';

/**
 * Storage answers, but every exchange takes 4 s longer (a throttled or distant account). The
 * participant still hears back within Teams' 5 s: "Gemmer …", and then, privately, the card the
 * click would have shown. The answer is stored once.
 */
describe('reliability: storage 4 s slow, over HTTP', function () {
  this.timeout(90_000);
  const standIn = useConnectorStandIn();
  const logs: LogLine[] = [];
  let azurite: RunningAzurite;
  let proxy: SlowProxy;
  let bot: RunningBot;
  let session: StartedSession;

  before(async function () {
    this.timeout(60_000);
    azurite = await startAzurite({ inMemory: true });
    proxy = new SlowProxy(azurite.port);
    const port = await proxy.start();
    const viaProxy = azurite.connectionString.replace(`:${azurite.port}/`, `:${port}/`);
    assert.notEqual(viaProxy, azurite.connectionString, 'the connection string names the Azurite port');
    const options = readOptions({
      PORT: '0',
      DEADLINE_CHECK_MS: '600000',
      SCHEDULE_CHECK_MS: '600000',
      ANONYMITY_KEY: randomBytes(32).toString('base64'),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'kd-')),
      KEY_DIR: tempKeyDir(),
      LOG_LEVEL: 'info',
    });
    bot = await startBot(options, viaProxy, (line) => logs.push(line));
    await bot.deps.teams.setInstalled('team-skovbakke', true, 'da');
    session = await startSession(bot.url, standIn(), { title: 'Langsomt lager' });
  });

  after(async function () {
    this.timeout(60_000);
    proxy.delayMs = 0;
    await bot?.stop();
    await proxy?.stop();
    await azurite?.stop();
  });

  it('answers "Gemmer …" within 5 s, then sends the confirmation privately, and stores the answer once', async () => {
    const s = standIn();
    const since = s.calls.length;
    proxy.delayMs = 4_000;
    const started = performance.now();
    const res = await invoke(bot.url, answerActivity(s.serviceUrl, session, person('user-langsom'), { formal: 'Svar mens lageret er langsomt' }));
    const ms = performance.now() - started;
    assert.ok(ms < 5_000, `answered after ${ms.toFixed(0)} ms`);
    assert.match(res.text, /Gemmer/);
    // Storage recovers once the click is answered: what it still had on the way arrives 4 s late,
    // the rest at once, so the follow-up comes within seconds instead of after every slow exchange.
    proxy.delayMs = 0;

    const followUps = () =>
      s
        .since(since)
        .filter((c) => c.op === 'createConversation' && c.body?.isGroup === false)
        .flatMap((c) => ConnectorStandIn.cardsOf(c));
    await until('the private follow-up', () => followUps().length > 0, 60_000);
    const followUp = followUps();
    assert.match(JSON.stringify(followUp), /Tak – dit svar er gemt/);
    const personal = s.since(since).filter((c) => c.op === 'createConversation' && c.body?.isGroup === false);
    assert.equal(personal.length, 1);
    assert.equal(personal[0].body.members[0].id, 'user-langsom');
    assert.equal(s.since(since).filter((c) => c.op === 'replyToActivity').length, 0, 'nothing in the channel says someone just answered');
    assert.equal(await bot.deps.answers.count(session.sessionId), 1);
    assert.ok(
      logs.some((l) => /followed up privately/.test(l.msg) && l.outcome === 'saved'),
      JSON.stringify(logs.filter((l) => /follow/.test(l.msg))),
    );
  });

  it("answers a view Teams asks for (the facilitator's per-user view) with 'try again', not 'Gemmer …', and sends nothing later", async () => {
    const s = standIn();
    const since = s.calls.length;
    proxy.delayMs = 4_000;
    const view = executeActivity('session.view', { sessionId: session.sessionId }, { serviceUrl: s.serviceUrl, conversationId: session.threadId, replyToId: session.rootId });
    const res = await invoke(bot.url, view);
    assert.doesNotMatch(res.text, /Gemmer/);
    assert.match(res.text, /Prøv igen om lidt – intet er ændret/);
    proxy.delayMs = 0;
    await bot.idle();
    assert.deepEqual(
      s.since(since).filter((c) => c.op === 'createConversation'),
      [],
      'no private follow-up: nothing was being saved',
    );
  });

  it('counts the 4 s from when the request arrived: a body that takes 2 s to come still gets its card within 5 s', async () => {
    const s = standIn();
    proxy.delayMs = 4_000;
    const activity = answerActivity(s.serviceUrl, session, person('user-sen-krop'), { formal: 'Svar der kom langsomt frem' });
    const started = performance.now();
    const res = await postWithLateBody(`${bot.url}/api/messages`, JSON.stringify(activity), 2_000);
    const ms = performance.now() - started;
    assert.equal(res.status, 200);
    assert.ok(ms < 5_000, `answered after ${ms.toFixed(0)} ms`);
    assert.match(res.body, /Gemmer/);
    proxy.delayMs = 0;
    await bot.idle();
    assert.equal(await bot.deps.answers.count(session.sessionId), 2, 'stored once, behind the "Gemmer …" card');
  });
});

/** A POST whose headers go at once and whose body follows `lateMs` later, like a request held up before its turn. */
function postWithLateBody(url: string, body: string, lateMs: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.flushHeaders();
    setTimeout(() => req.end(body), lateMs);
  });
}
