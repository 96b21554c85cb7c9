import assert from 'node:assert/strict';
import { useProductionStack } from '../support/production-stack';
import { executeActivity } from '../support/activities';
import { cardText, CHANNEL } from '../support/playground-client';

/**
 * Production mode validates the Bot Framework JWT on every request: a token signed by the
 * channel's published key, for this bot, for this serviceUrl, and within its lifetime. The keys
 * come from a loopback OpenID stand-in (BotOpenIdMetadata), so the real botbuilder check runs
 * against tokens signed here. Only the Microsoft login for the bot's outbound token is stubbed.
 */
describe('production mode: JWT validation and ALLOWED_TENANTS', function () {
  this.timeout(60_000);
  const stack = useProductionStack({ env: { ALLOWED_TENANTS: 'T' } });

  const create = (title: string, tenant = 'T') => {
    const activity = executeActivity(
      'session.create',
      { exerciseId: 'hvem-definerer', title, k: '5', language: 'da', distribution: 'all' },
      { serviceUrl: stack.connector().serviceUrl, conversationId: `${CHANNEL};messageid=${Date.now()}` },
    );
    return { ...activity, conversation: { ...(activity.conversation as object), tenantId: tenant }, channelData: { ...(activity.channelData as object), tenant: { id: tenant } } };
  };

  /** Sends with `authorization` as the whole header, expects 401, and checks that nothing was stored or sent to Teams. */
  async function refused(activity: unknown, authorization: string | undefined, why: string): Promise<void> {
    const { deps, url } = stack.bot();
    const calls = stack.connector().calls.length;
    const before = (await deps.sessions.openInChannel(CHANNEL)).length;
    const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body: JSON.stringify(activity) });
    await stack.bot().idle();
    assert.equal(res.status, 401, `${why}: HTTP ${res.status} ${await res.text()}`);
    assert.equal(stack.connector().calls.length, calls, `${why}: nothing sent to Teams`);
    assert.equal((await deps.sessions.openInChannel(CHANNEL)).length, before, `${why}: no session started`);
  }

  it('refuses a request without a token, or with an unsigned one (401), and keeps serving', async () => {
    await refused(create('Uden token'), undefined, 'no token');
    await refused(create('Usigneret'), 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.', 'alg none');
    await refused(create('Forkert skema'), `Basic ${stack.token()}`, 'not a bearer token');
    assert.equal((await fetch(`${stack.bot().url}/healthz`)).status, 200);
  });

  it('refuses a token for another app (wrong audience)', async () => {
    await refused(create('Forkert modtager'), `Bearer ${stack.token({ audience: '99999999-8888-7777-6666-555555555555' })}`, 'wrong audience');
  });

  it('refuses an expired token, and one used before it is valid', async () => {
    // botbuilder allows five minutes of clock skew, so these are well outside it.
    await refused(create('Udløbet'), `Bearer ${stack.token({ expiresIn: -600 })}`, 'expired');
    await refused(create('For tidligt'), `Bearer ${stack.token({ notBefore: 600 })}`, 'not yet valid');
  });

  it('refuses a token signed with a key the channel never published (401, not 500)', async () => {
    await refused(create('Fremmed nøgle'), `Bearer ${stack.token({ foreignKey: true })}`, 'foreign key under the published kid');
    await refused(create('Ukendt nøgle'), `Bearer ${stack.token({ foreignKey: true, kid: 'some-other-key' })}`, 'unknown kid');
  });

  it('refuses a token from another issuer, or signed for another serviceUrl', async () => {
    await refused(create('Anden udsteder'), `Bearer ${stack.token({ issuer: 'https://evil.example.org' })}`, 'wrong issuer');
    await refused(create('Anden tjeneste'), `Bearer ${stack.token({ serviceUrl: 'https://smba.trafficmanager.net/emea/' })}`, 'serviceurl claim does not match');
  });

  it('accepts a valid token: the session starts, and the bot calls Teams with its own token', async () => {
    const calls = stack.connector().calls.length;
    const res = await stack.post(create('Gyldigt token'));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.match(cardText((res.body as { value: never }).value), /Øvelsen er startet/);
    await stack.bot().idle();
    const sent = stack.connector().since(calls);
    assert.ok(
      sent.some((c) => c.op === 'createConversation'),
      'the new thread was posted',
    );
    for (const call of sent) assert.equal(call.authorization, `Bearer ${stack.secrets.outboundToken}`, `${call.method} ${call.url} carries the bot's token`);
    assert.ok(stack.openId().fetched.includes('/keys'), 'the signing keys were fetched from BotOpenIdMetadata');
  });

  it('refuses a validly signed click from a tenant not in ALLOWED_TENANTS, with a card', async () => {
    const calls = stack.connector().calls.length;
    const res = await stack.post(create('Anden organisation', 'e3c4b5a6-0000-4000-8000-000000000000'));
    assert.equal(res.status, 200);
    assert.match(cardText((res.body as { value: never }).value), /ikke sat op til jeres organisation/);
    await stack.bot().idle();
    assert.equal(stack.connector().calls.length, calls, 'nothing sent to Teams');
  });

  it('logs each refusal with its reason, never the token', () => {
    const refusals = stack.logs.filter((l) => /valid Bot Framework token/.test(l.msg));
    assert.ok(refusals.length >= 9, `${refusals.length} refusals logged`);
    assert.ok(refusals.some((l) => /expired/.test(String(l.reason))));
    assert.ok(refusals.some((l) => /invalid signature/.test(String(l.reason))));
    assert.ok(refusals.some((l) => /Invalid AppId passed on token: 99999999/.test(String(l.reason))));
    const text = JSON.stringify(stack.logs) + stack.console.join('\n');
    assert.doesNotMatch(text, /eyJ[\w-]+\.eyJ[\w-]+\./, 'no JWT in the logs or on the console');
    assert.ok(!text.includes(stack.secrets.outboundToken));
    assert.ok(!text.includes(stack.secrets.appPassword), 'no app password in the logs');
    assert.ok(
      stack.console.some((l) => /Unauthorized/.test(l)),
      "botbuilder's own console output was read too",
    );
  });
});
