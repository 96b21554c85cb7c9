import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import sinon from 'sinon';
import { MicrosoftAppCredentials } from 'botframework-connector';
import { startBot, type RunningBot } from '../../bot/app';
import type { LogLine } from '../../config/log';
import { readOptions } from '../../config/options';
import { useAzurite } from '../support/azurite';
import { useConnectorStandIn } from '../support/connector-standin';
import { useOpenIdStandIn, type TokenOptions } from '../support/openid-standin';
import { captureConsole } from '../support/capture-console';
import { executeActivity, postActivity, type HttpResult } from '../support/activities';
import { cardText } from '../support/playground-client';
import { CHANNEL } from '../support/playground-client';

const APP_ID = '11111111-2222-3333-4444-555555555555';
/** What the stubbed Microsoft login hands the bot for its own calls to the connector. */
const OUTBOUND_TOKEN = 'outbound-token-from-the-microsoft-login-stub';

/**
 * Production mode validates the Bot Framework JWT on every request: a token signed by the
 * channel's published key, for this bot, for this serviceUrl, and within its lifetime. The keys
 * come from a loopback OpenID stand-in (BotOpenIdMetadata), so the real botbuilder check runs
 * against tokens signed here. Only the Microsoft login for the bot's own outbound token is stubbed.
 */
describe('production mode: JWT validation and ALLOWED_TENANTS', function () {
  this.timeout(60_000);
  const azurite = useAzurite();
  const openId = useOpenIdStandIn();
  const connector = useConnectorStandIn();
  const logs: LogLine[] = [];
  let bot: RunningBot;
  let getToken: sinon.SinonStub;
  let console_: ReturnType<typeof captureConsole> | undefined;

  before(async () => {
    getToken = sinon.stub(MicrosoftAppCredentials.prototype, 'getToken').resolves(OUTBOUND_TOKEN);
    const options = readOptions({
      PORT: '0', HOST: '127.0.0.1', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: '7d2c1a4e-5b6f-4c3d-9e8a-0f1b2c3d4e5f', ANONYMITY_KEY: randomBytes(32).toString('base64'), ALLOW_EMBEDDED_STORAGE: '1', LOG_LEVEL: 'info',
      BotOpenIdMetadata: openId().metadataUrl, ALLOWED_TENANTS: 'T',
    });
    bot = await startBot(options, azurite.connectionString(), (line) => logs.push(line));
  });

  after(async () => {
    console_?.restore();
    getToken?.restore();
    await bot?.stop();
  });

  // botbuilder prints every refused request with console.error; keep it out of the test output, and read it.
  beforeEach(() => (console_ = captureConsole()));
  afterEach(() => console_?.restore());

  const create = (title: string, tenant = 'T') => {
    const activity = executeActivity('session.create', { exerciseId: 'hvem-definerer', title, k: '5', language: 'da', distribution: 'all' }, { serviceUrl: connector().serviceUrl, conversationId: `${CHANNEL};messageid=${Date.now()}` });
    return { ...activity, conversation: { ...(activity.conversation as object), tenantId: tenant }, channelData: { ...(activity.channelData as object), tenant: { id: tenant } } };
  };
  const token = (o: Partial<TokenOptions> = {}) => openId().token({ audience: APP_ID, serviceUrl: connector().serviceUrl, ...o });

  async function post(activity: unknown, authorization?: string): Promise<HttpResult> {
    const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body: JSON.stringify(activity) });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* keep the text */
    }
    return { status: res.status, body, ms: 0 };
  }

  /** Sends, expects 401, and checks that nothing was stored or sent to Teams. */
  async function refused(activity: unknown, authorization: string | undefined, why: string): Promise<void> {
    const calls = connector().calls.length;
    const before = (await bot.deps.sessions.openInChannel(CHANNEL)).length;
    const res = await post(activity, authorization);
    await bot.idle();
    assert.equal(res.status, 401, `${why}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
    assert.equal(connector().calls.length, calls, `${why}: nothing sent to Teams`);
    assert.equal((await bot.deps.sessions.openInChannel(CHANNEL)).length, before, `${why}: no session started`);
  }

  it('refuses a request without a token, or with an unsigned one (401), and keeps serving', async () => {
    await refused(create('Uden token'), undefined, 'no token');
    await refused(create('Usigneret'), 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.', 'alg none');
    await refused(create('Forkert skema'), `Basic ${token()}`, 'not a bearer token');
    assert.equal((await fetch(`${bot.url}/healthz`)).status, 200);
  });

  it('refuses a token for another app (wrong audience)', async () => {
    await refused(create('Forkert modtager'), `Bearer ${token({ audience: '99999999-8888-7777-6666-555555555555' })}`, 'wrong audience');
  });

  it('refuses an expired token, and one used before it is valid', async () => {
    // botbuilder allows five minutes of clock skew, so these are well outside it.
    await refused(create('Udløbet'), `Bearer ${token({ expiresIn: -600 })}`, 'expired');
    await refused(create('For tidligt'), `Bearer ${token({ notBefore: 600 })}`, 'not yet valid');
  });

  it('refuses a token signed with a key the channel never published (401, not 500)', async () => {
    await refused(create('Fremmed nøgle'), `Bearer ${token({ foreignKey: true })}`, 'foreign key under the published kid');
    await refused(create('Ukendt nøgle'), `Bearer ${token({ foreignKey: true, kid: 'some-other-key' })}`, 'unknown kid');
  });

  it('refuses a token from another issuer, or signed for another serviceUrl', async () => {
    await refused(create('Anden udsteder'), `Bearer ${token({ issuer: 'https://evil.example.org' })}`, 'wrong issuer');
    await refused(create('Anden tjeneste'), `Bearer ${token({ serviceUrl: 'https://smba.trafficmanager.net/emea/' })}`, 'serviceurl claim does not match');
  });

  it('accepts a valid token: the session starts, and the bot calls Teams with its own token', async () => {
    const calls = connector().calls.length;
    const res = await post(create('Gyldigt token'), `Bearer ${token()}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.match(cardText((res.body as { value: never }).value), /Øvelsen er startet/);
    await bot.idle();
    const sent = connector().since(calls);
    assert.ok(sent.some((c) => c.op === 'createConversation'), 'the new thread was posted');
    for (const call of sent) assert.equal(call.authorization, `Bearer ${OUTBOUND_TOKEN}`, `${call.method} ${call.url} carries the bot's token`);
    assert.ok(getToken.called, 'the outbound token came from the (stubbed) Microsoft login');
    assert.ok(openId().fetched.includes('/keys'), 'the signing keys were fetched from BotOpenIdMetadata');
  });

  it('refuses a validly signed click from a tenant not in ALLOWED_TENANTS, with a card', async () => {
    const calls = connector().calls.length;
    const res = await post(create('Anden organisation', 'e3c4b5a6-0000-4000-8000-000000000000'), `Bearer ${token()}`);
    assert.equal(res.status, 200);
    assert.match(cardText((res.body as { value: never }).value), /ikke sat op til jeres organisation/);
    await bot.idle();
    assert.equal(connector().calls.length, calls, 'nothing sent to Teams');
  });

  it('logs each refusal with its reason, never the token', () => {
    const refusals = logs.filter((l) => /valid Bot Framework token/.test(l.msg));
    assert.ok(refusals.length >= 9, `${refusals.length} refusals logged`);
    assert.ok(refusals.some((l) => /expired/.test(String(l.reason))));
    assert.ok(refusals.some((l) => /invalid signature/.test(String(l.reason))));
    const text = JSON.stringify(logs);
    assert.doesNotMatch(text, /eyJ[\w-]+\.[\w-]+\./, 'no JWT in the logs');
    assert.ok(!text.includes(OUTBOUND_TOKEN));
    assert.ok(!text.includes('not-a-real-secret'), 'no app password in the logs');
  });
});
