import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, acceptsConnections } from '../../storage/azurite-child';
import { FACILITATOR } from '../support/activities';
import { useConnectorStandIn } from '../support/connector-standin';
import { mentionReply } from '../support/mention-reply';
import { CHANNEL, PlaygroundClient, cardText, firstCard } from '../support/playground-client';
import { startExercise } from '../support/session-flow';

interface Started {
  child: ChildProcess;
  output: () => string;
}

/** `npm start` as a newcomer runs it, in its own process group so that stopping it stops everything. */
function npmStart(env: Record<string, string>, ready: RegExp): Promise<Started> {
  const child = spawn('npm', ['start'], { env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start was not ready in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
}

function run(cmd: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

async function stop(started: Started): Promise<void> {
  started.child.removeAllListeners('exit');
  const exited = new Promise<void>((resolve) => started.child.once('exit', () => resolve()));
  process.kill(-started.child.pid!, 'SIGINT');
  await exited;
}

describe('npm start, as a newcomer runs it', function () {
  this.timeout(120_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'kd-start-'));
  // The generated anonymity key goes to the user's configuration folder; here, a folder of the test's own.
  const keyDir = mkdtempSync(join(tmpdir(), 'kd-start-keys-'));
  const standIn = useConnectorStandIn();

  it('starts the bot, embedded storage and the Playground; restarted with PLAYGROUND=off, starts only the bot and storage and keeps the data', async () => {
    const port = String(await findFreePort('127.0.0.1'));
    const playgroundPort = String(await findFreePort('127.0.0.1'));
    const env = { PORT: port, PLAYGROUND_PORT: playgroundPort, DATA_DIR: dataDir, KEY_DIR: keyDir, LOG_LEVEL: 'warn' };
    const first = await npmStart(env, /Open the Agents Playground: (http:\S+)/);
    const url = /Open the Agents Playground: (http:\S+)/.exec(first.output())![1];
    const storagePort = Number(/Embedded storage \(Azurite\) on port (\d+)/.exec(first.output())![1]);
    assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
    const config = (await (await fetch(`${url}/_internal/v1/config`)).json()) as { config: { teams: { name: string }[]; users: unknown[] } };
    assert.equal(config.config.teams[0].name, 'Skovbakkeskolen, mellemtrinnet');
    assert.equal(config.config.users.length, 5);

    const pg = new PlaygroundClient(url);
    await pg.connect();
    const s = await startExercise(pg, { title: 'Overlever en genstart', k: '3' });
    const colleagues = await run('npm', ['run', 'colleagues'], env);
    assert.equal(colleagues.code, 0, colleagues.output);
    assert.equal(colleagues.output.match(/Tak – dit svar er gemt/g)?.length, 5, colleagues.output);
    // On to the proposals; the colleagues take part there too.
    const since = pg.events.length;
    await pg.execute('user-mette', s.thread, s.root, 'session.close', { sessionId: s.sessionId });
    await pg.waitFor((e) => e.message.messageId === s.root && /Forslag/.test(cardText(firstCard(e))), { since });
    pg.close();
    const proposing = await run('npm', ['run', 'colleagues'], env);
    assert.equal(proposing.code, 0, proposing.output);
    assert.equal(proposing.output.match(/Tak – dit forslag er gemt/g)?.length, 5, proposing.output);
    await stop(first);
    assert.equal(await acceptsConnections('127.0.0.1', storagePort), false, 'Azurite stopped with npm start');
    assert.equal(await acceptsConnections('127.0.0.1', Number(port)), false, 'the bot stopped');
    const keys = readdirSync(keyDir).filter((f) => f !== 'sessions');
    assert.equal(keys.length, 1, 'the key is kept in the key folder');
    assert.equal(readdirSync(join(keyDir, 'sessions')).length, 1, "the open session's secret is in the key folder's vault, not in the data");
    const key = readFileSync(join(keyDir, keys[0]), 'utf8').trim();
    assert.deepEqual(
      readdirSync(dataDir).filter((f) => f !== 'azurite' && readFileSync(join(dataDir, f), 'utf8').includes(key)),
      [],
      'no key in the data folder, next to the storage files',
    );

    // The restart is the PLAYGROUND=off start: only the bot and storage, on the same data.
    const second = await npmStart({ ...env, PLAYGROUND: 'off' }, /Kernedialog is running/);
    try {
      assert.doesNotMatch(second.output(), /Agents Playground/);
      assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
      assert.equal(await acceptsConnections('127.0.0.1', Number(playgroundPort)), false, 'no Playground with PLAYGROUND=off');
      // With no Playground, "status" goes to the bot as Teams would send it, from the Playground's channel.
      const status = await mentionReply(`http://127.0.0.1:${port}`, standIn(), 'status', { from: FACILITATOR, channel: CHANNEL });
      assert.match(status.text, /Overlever en genstart – Forslag: Mindst 3 har foreslået noget indtil videre/);
    } finally {
      await stop(second);
    }
  });

  it('refuses production mode without credentials, saying what to set', async () => {
    const { code, output } = await run('npm', ['start'], { MicrosoftAppId: '11111111-2222-3333-4444-555555555555', DATA_DIR: dataDir });
    assert.notEqual(code, 0);
    assert.match(output, /Configuration problem: .*MicrosoftAppPassword, MicrosoftAppTenantId, ANONYMITY_KEY/);
  });
});
