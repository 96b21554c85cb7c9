import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { useConnectorStandIn } from '../support/connector-standin';
import { answerActivity, closeActivity, invoke, person, startSession, TEAM } from '../support/activities';

/**
 * When Teams refuses a proactive post in a thread (403: app removed or messages blocked), the bot
 * must notice, not take it for success. CloudAdapter swallows errors thrown inside a proactive
 * callback (they go to onTurnError), so this once passed silently.
 */
describe('reliability: Teams refuses posts in a thread (403)', function () {
  this.timeout(60_000);
  const stack = useStack({ playground: false });
  const standIn = useConnectorStandIn();

  it('marks the team unreachable when a reply in the thread gets 403, and logs it without user ids', async () => {
    const { url, deps, idle } = stack.bot();
    const s = standIn();
    const session = await startSession(url, s, { title: 'Afvist', k: '3' });
    for (const id of ['user-a', 'user-b', 'user-c']) await invoke(url, answerActivity(s.serviceUrl, session, person(id), { formal: `Svar fra ${id}` }));
    await idle();
    assert.equal(await deps.teams.isInstalled(TEAM), true);

    s.fault = (call) => (call.op === 'replyToActivity' || call.op === 'sendToConversation' ? { status: 403 } : undefined);
    await invoke(url, closeActivity(s.serviceUrl, session));
    await idle();
    s.fault = () => undefined;

    assert.ok(
      s.calls.some((c) => c.status === 403),
      'the stand-in refused a post',
    );
    assert.equal(await deps.teams.isInstalled(TEAM), false, 'the 403 reached the bot');
    const line = stack.logs.find((l) => /403/.test(l.msg));
    assert.ok(line, 'the refusal is logged');
    assert.doesNotMatch(JSON.stringify(stack.logs), /user-a|user-b|user-c/);
  });
});
