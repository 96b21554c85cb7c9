import assert from 'node:assert/strict';
import { executeActivity } from '../support/activities';
import { useIdentityStandIn } from '../support/identity-standin';
import { cardText, CHANNEL } from '../support/playground-client';
import { APP_ID, useProductionStack } from '../support/production-stack';

/**
 * MicrosoftAppType=UserAssignedMSI: the bot is the user-assigned managed identity whose client id
 * is MicrosoftAppId, with no password. Incoming tokens are checked as for any bot; the bot's own
 * token for Teams comes from the platform's identity endpoint (App Service's, stood in for on
 * loopback), through botbuilder's own managed identity credentials.
 */
describe('production mode as a user-assigned managed identity (MicrosoftAppType=UserAssignedMSI)', function () {
  this.timeout(60_000);
  const identity = useIdentityStandIn();
  const stack = useProductionStack({ env: { MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppPassword: '' } });

  const create = (title: string) => {
    const activity = executeActivity(
      'session.create',
      { exerciseId: 'hvem-definerer', title, k: '5', language: 'da', distribution: 'all' },
      { serviceUrl: stack.connector().serviceUrl, conversationId: `${CHANNEL};messageid=${Date.now()}` },
    );
    return { ...activity, conversation: { ...(activity.conversation as object), tenantId: 'T' }, channelData: { ...(activity.channelData as object), tenant: { id: 'T' } } };
  };

  it('still refuses a request without a valid channel token (401)', async () => {
    const res = await stack.post(create('Uden token'), null);
    assert.equal(res.status, 401);
    assert.equal((await stack.post(create('Forkert modtager'), stack.token({ audience: '99999999-8888-7777-6666-555555555555' }))).status, 401);
  });

  it("starts a session and calls Teams with the identity's token for the Bot Framework", async () => {
    const calls = stack.connector().calls.length;
    const res = await stack.post(create('Som administreret identitet'));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.match(cardText((res.body as { value: never }).value), /Øvelsen er startet/);
    await stack.bot().idle();
    const asked = identity().requests.filter((r) => r.clientId === APP_ID);
    assert.ok(asked.length >= 1, 'the identity endpoint was asked for the bot identity');
    assert.deepEqual(
      asked.map((r) => r.resource),
      asked.map(() => 'https://api.botframework.com'),
    );
    const tokens = new Set(asked.map((r) => r.token));
    const sent = stack.connector().since(calls);
    assert.ok(sent.some((c) => c.op === 'createConversation'));
    for (const call of sent) assert.ok(tokens.has(call.authorization?.replace(/^Bearer /, '')), `${call.method} ${call.url} carries the identity's token`);
    assert.ok(!sent.some((c) => c.authorization === `Bearer ${stack.secrets.outboundToken}`), 'not the password-based credentials');
  });

  it("never logs the identity's tokens", () => {
    const text = JSON.stringify(stack.logs) + stack.console.join('\n');
    const issued = identity()
      .requests.map((r) => r.token)
      .filter((t): t is string => !!t);
    assert.ok(issued.length >= 1);
    for (const token of issued) assert.ok(!text.includes(token.split('.')[1]), 'no token (nor its claims) in the logs or on the console');
  });
});
