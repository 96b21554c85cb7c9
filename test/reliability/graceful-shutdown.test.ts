import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { TableStateStorage } from '../../storage/table-state-storage';
import { TeamRegistry } from '../../storage/team-registry';
import { answerActivity, person, postActivity, startSession, TEAM } from '../support/activities';
import { useAzurite } from '../support/azurite';
import { useBotProcesses } from '../support/bot-processes';
import { ConnectorStandIn, useConnectorStandIn } from '../support/connector-standin';
import { cardText } from '../support/playground-client';
import { slowedAccount, type SlowProxy } from '../support/slow-proxy';
import { dumpAllTables, rowText } from '../support/table-dump';
import { until } from '../support/until';

/** One click of the stream and what came of it. */
interface Click {
  who: string;
  text: string;
  sentAfterStop: boolean;
  answeredAfterStop?: boolean;
  status?: number;
  card?: string;
  failed?: boolean;
}

const SAVED = /Tak – dit svar er gemt/;
const SAVING = /Gemmer …/;

/**
 * A real bot process gets SIGTERM while a stream of answers comes in, storage slow enough that many
 * are under way, some past the 4 s "Gemmer …" deadline. Afterwards every confirmed answer is in
 * storage, every "Gemmer …" got its private follow-up before the process ended, and the clicks
 * that came after the signal were refused with 503 and Retry-After, and not saved.
 */
describe('reliability: SIGTERM during a stream of answers', function () {
  this.timeout(120_000);
  const standIn = useConnectorStandIn();
  // An account of its own on the run's shared Azurite; slowedAccount() slows only the bot's way to it.
  const azurite = useAzurite();
  let proxy: SlowProxy;
  let viaProxy = '';
  const env = { ANONYMITY_KEY: randomBytes(32).toString('base64'), DEADLINE_CHECK_MS: '600000', SCHEDULE_CHECK_MS: '600000', LOG_LEVEL: 'info' };

  before(async function () {
    this.timeout(60_000);
    const direct = azurite.connectionString();
    ({ proxy, connectionString: viaProxy } = await slowedAccount(direct));
    await ensureTable(tableClientFor(direct, 'sessions'));
    await new TeamRegistry(await TableStateStorage.create(direct, 'teams')).setInstalled(TEAM, true, 'da');
  });
  const { bots, logs } = useBotProcesses(1, () => viaProxy, env, new Date());

  after(async function () {
    this.timeout(30_000);
    await proxy?.stop();
  });

  it('saves every confirmed answer, follows up every "Gemmer …", and refuses what came after with 503', async () => {
    const s = standIn();
    const bot = bots[0];
    const session = await startSession(bot.url, s, { title: 'Nedlukning', k: '3' });
    const clicks: Click[] = [];
    const replies: Promise<void>[] = [];
    let stopSent = false;
    const click = (i: number) => {
      const c: Click = { who: `user-stream-${i}`, text: `Svar nummer ${i} under nedlukningen`, sentAfterStop: stopSent };
      clicks.push(c);
      const reply = postActivity(bot.url, answerActivity(s.serviceUrl, session, person(c.who), { formal: c.text })).then(
        (res) => Object.assign(c, { status: res.status, card: res.body?.value ? cardText(res.body.value) : undefined, answeredAfterStop: stopSent }),
        () => Object.assign(c, { failed: true }),
      );
      replies.push(reply.then(() => undefined));
    };
    proxy.delayMs = 2_500;
    let n = 0;
    const stream = setInterval(() => click(n++), 100);
    try {
      await until('a first "Gemmer …"', () => clicks.some((c) => SAVING.test(c.card ?? '')), 30_000);
      const exited = new Promise<number | null>((resolve) => bot.child.once('exit', (code) => resolve(code)));
      bot.child.kill('SIGTERM');
      stopSent = true;
      // Storage gets better but stays slow: what was on its way still comes 2.5 s late, the rest 0.3 s.
      proxy.delayMs = 300;
      await until('/readyz to say the bot is stopping', async () => (await readyz(bot.url))?.reason === 'shutting down');
      const refused = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      assert.equal(refused.status, 503);
      assert.equal(refused.headers.get('retry-after'), '5');
      assert.equal((await fetch(`${bot.url}/healthz`)).status, 200, 'alive while it drains');
      assert.equal(await exited, 0, 'the process ends on its own, and cleanly');
    } finally {
      clearInterval(stream);
    }
    await Promise.all(replies);

    const saved = clicks.filter((c) => SAVED.test(c.card ?? ''));
    const saving = clicks.filter((c) => SAVING.test(c.card ?? ''));
    const refused = clicks.filter((c) => c.status === 503);
    const followUps = s.calls.filter((c) => c.op === 'createConversation' && c.body?.isGroup === false);
    const followedUp = (who: string) => followUps.filter((c) => c.body.members?.[0]?.id === who);
    // "Gemmer …" is the path whose follow-up the stop must wait for; "Tak" may not come at all when the
    // machine is loaded (every answer then outlasts the 4 s budget), and other tests cover it.
    assert.ok(saving.length > 0, `"Gemmer …" confirmations to follow up: ${saved.length} "Tak", ${saving.length} "Gemmer …"`);
    assert.ok(
      [...saved, ...saving].some((c) => c.answeredAfterStop),
      'turns under way at the signal were finished and answered',
    );
    assert.ok(refused.length > 0 && refused.every((c) => c.sentAfterStop), `${refused.length} refused, all after the signal`);
    for (const c of saving) assert.equal(followedUp(c.who).length, 1, `${c.who}'s "Gemmer …" was followed up before the process ended`);
    const confirmed = [...saved, ...saving.filter((c) => SAVED.test(JSON.stringify(followedUp(c.who).flatMap((f) => ConnectorStandIn.cardsOf(f)))))];

    const stored = (await dumpAllTables(azurite.connectionString())).map(rowText).join('\n');
    const lost = confirmed.filter((c) => !stored.includes(c.text));
    assert.deepEqual(
      lost.map((c) => c.who),
      [],
      'no confirmed answer is lost',
    );
    const refusedButStored = refused.filter((c) => stored.includes(c.text));
    assert.deepEqual(
      refusedButStored.map((c) => c.who),
      [],
      'a refused click saved nothing, so its retry is not a second answer',
    );
    assert.ok(logs.some((l) => l.msg === 'stopped'));
    console.log(
      `      ${clicks.length} clicks: ${saved.length} "Tak", ${saving.length} "Gemmer …", ${refused.length} refused with 503, ${clicks.filter((c) => c.failed).length} not connected; ${confirmed.length} confirmed, all stored`,
    );
  });
});

async function readyz(url: string): Promise<{ ready: boolean; reason?: string } | undefined> {
  try {
    return (await (await fetch(`${url}/readyz`)).json()) as { ready: boolean; reason?: string };
  } catch {
    return undefined;
  }
}
