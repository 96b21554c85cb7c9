import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { acceptsConnections, findFreePort } from '../../storage/azurite-child';
import { executeActivity } from '../support/activities';
import { useAzurite } from '../support/azurite';
import { useConnectorStandIn } from '../support/connector-standin';
import { useOpenIdStandIn } from '../support/openid-standin';
import { cardText, CHANNEL } from '../support/playground-client';
import { APP_ID } from '../support/production-stack';
import { installProductionDependencies } from '../support/production-install';
import { until } from '../support/until';

const ROOT = join(__dirname, '..', '..');

interface Ran {
  code: number | null;
  output: string;
}

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Ran> {
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

/**
 * The Microsoft login, the one cloud service the bot calls that a test cannot reach: preloaded
 * into the bot's process only, it hands the bot a fixed token for its calls to the connector
 * stand-in. Everything else runs as built.
 */
const LOGIN_STAND_IN = `if (/serve\\.js$/.test(process.argv[1] || '')) {
  require('botframework-connector').MicrosoftAppCredentials.prototype.getToken = async () => process.env.KD_TEST_OUTBOUND_TOKEN;
}
`;

/**
 * The start:prod command itself, without npm in front: npm does not pass SIGTERM on to the bot, so
 * a server runs this command (README, "Production build"). Resolves once the bot says it runs.
 */
function startProd(cwd: string, env: Record<string, string>): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const script = (JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['start:prod'];
  const [command, ...args] = script.split(' ');
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /Kernedialog is running: (http:\S+)\/api\/messages/.exec(output);
      if (ready) resolve({ child, url: ready[1], output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
  });
}

/**
 * Issue 15, point 2: the bot as a server runs it. `npm run build`, then only package.json, the lock
 * file and dist/ in a fresh folder, the packages `npm ci --omit=dev` installs (test/support/production-install.ts), and `npm run start:prod` in production
 * mode against real Azurite, the OpenID and connector stand-ins (README, "Production build").
 */
describe('the production build: npm run build, the production dependencies only, npm run start:prod', function () {
  this.timeout(60_000);
  const azurite = useAzurite();
  const openId = useOpenIdStandIn();
  const connector = useConnectorStandIn();
  const dir = mkdtempSync(join(tmpdir(), 'kd-prod-'));
  const app = join(dir, 'app');

  before(async function () {
    this.timeout(120_000);
    mkdirSync(app);
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, file), join(app, file));
    const building = run('npm', ['run', 'build'], ROOT);
    installProductionDependencies(ROOT, app);
    const built = await building;
    assert.equal(built.code, 0, built.output);
    cpSync(join(ROOT, 'dist'), join(app, 'dist'), { recursive: true });
    writeFileSync(join(app, 'login-stand-in.cjs'), LOGIN_STAND_IN);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('installs no TypeScript tooling, no test tools and no Azurite', () => {
    for (const dev of ['tsx', 'typescript', 'azurite', 'mocha', 'sinon']) {
      assert.throws(() => require.resolve(dev, { paths: [app] }), /Cannot find module/, `${dev} is not installed`);
    }
    assert.ok(require.resolve('botbuilder', { paths: [app] }).startsWith(app), 'the dependencies are');
  });

  it('starts the built bot, which answers a signed click and posts the new thread with its own token; SIGTERM stops it', async () => {
    const outboundToken = `outbound-${randomBytes(8).toString('hex')}`;
    const port = await findFreePort('127.0.0.1');
    const bot = await startProd(app, {
      NODE_OPTIONS: `--require ${join(app, 'login-stand-in.cjs')}`,
      KD_TEST_OUTBOUND_TOKEN: outboundToken,
      PORT: String(port),
      HOST: '127.0.0.1',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: `pw-${randomBytes(12).toString('base64url')}`,
      MicrosoftAppTenantId: '7d2c1a4e-5b6f-4c3d-9e8a-0f1b2c3d4e5f',
      ANONYMITY_KEY: randomBytes(32).toString('base64'),
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString(),
      KEY_DIR: join(dir, 'keys'),
      BotOpenIdMetadata: openId().metadataUrl,
      LOG_LEVEL: 'warn',
    });
    let exitCode: number | null = null;
    try {
      const activity = executeActivity(
        'session.create',
        { exerciseId: 'hvem-definerer', title: 'Fra bygget', k: '5', language: 'da', distribution: 'all' },
        { serviceUrl: connector().serviceUrl, conversationId: `${CHANNEL};messageid=${Date.now()}` },
      );
      const res = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${openId().token({ audience: APP_ID, serviceUrl: connector().serviceUrl })}` },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      assert.equal(res.status, 200, text);
      const body = JSON.parse(text) as { value: never };
      assert.match(cardText(body.value), /Øvelsen er startet/, 'the card comes from the copied templates and strings');
      await until('the new thread', () => connector().calls.some((c) => c.op === 'createConversation'));
      const thread = connector().calls.find((c) => c.op === 'createConversation')!;
      assert.equal(thread.authorization, `Bearer ${outboundToken}`);
      assert.match(JSON.stringify(thread.body), /Fra bygget/);
    } finally {
      bot.child.removeAllListeners('exit');
      const exited = new Promise<number | null>((resolve) => bot.child.once('exit', (code) => resolve(code)));
      bot.child.kill('SIGTERM');
      exitCode = await exited;
    }
    // 0 is serve.ts's own stop; a process without it would end by the signal (code null).
    assert.equal(exitCode, 0, bot.output());
    assert.equal(await acceptsConnections('127.0.0.1', port), false, 'the bot stopped on SIGTERM');
    assert.doesNotMatch(bot.output(), /Unhandled rejection|Error:/, bot.output());
  });

  it('refuses to start without storage, naming the variable (no embedded Azurite in production)', async () => {
    const { code, output } = await run('npm', ['run', 'start:prod'], app, {
      NODE_OPTIONS: '',
      PORT: '0',
      KEY_DIR: join(dir, 'keys'),
      AZURE_STORAGE_CONNECTION_STRING: '',
      STORAGE_CONNECTION_STRING: '',
    });
    assert.notEqual(code, 0);
    assert.match(output, /Configuration problem: the production start needs its storage account: set AZURE_STORAGE_ACCOUNT_URL/);
  });

  it('runs the kernedialog CLI from the build: --help, and a summary card', async () => {
    const bin = join(app, 'dist', 'cli', 'bin.js');
    const help = await run(process.execPath, [bin, '--help'], app, { NODE_OPTIONS: '' });
    assert.equal(help.code, 0, help.output);
    assert.match(help.output, /^Usage: kernedialog summarize FILE\.jsonl/);
    const answers = ['Vi bruger for meget tid på dokumentation', 'Borgerens trivsel er det vigtigste', 'Dokumentation tager tid fra borgerne', 'Tryghed i eget hjem', 'For lidt tid til borgerne'];
    writeFileSync(join(dir, 'answers.jsonl'), answers.map((text) => JSON.stringify({ text })).join('\n'));
    const card = await run(process.execPath, [bin, 'summarize', join(dir, 'answers.jsonl'), '--k', '3', '--card'], app, { NODE_OPTIONS: '' });
    assert.equal(card.code, 0, card.output);
    const parsed = JSON.parse(card.output) as { type: string };
    assert.equal(parsed.type, 'AdaptiveCard');
    assert.match(card.output, /5 personer har svaret/);
  });
});
