import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { cardText, firstCard } from '../support/playground-client';
import { startExercise } from '../support/session-flow';

describe('co-facilitators', function () {
  this.timeout(60_000);
  const stack = useStack();

  it('lets the facilitator add a colleague in the thread, who may then move the session on', async () => {
    const pg = stack.playground();
    const s = await startExercise(pg, { title: 'Sammen om at lede', k: '3' });
    assert.match(cardText(await pg.execute('user-jonas', s.thread, s.root, 'session.close', { sessionId: s.sessionId })), /Kun øvelsens facilitator/);

    const since = pg.events.length;
    await pg.mentionWith('medfacilitator', [{ id: 'user-jonas', name: 'Jonas Kristensen (lærer, TR)' }], s.thread);
    const reply = await pg.waitFor((e) => e.actionConversationId === s.thread && /medfacilitator/i.test(cardText(firstCard(e))), { since });
    assert.match(cardText(firstCard(reply)), /Jonas Kristensen \(lærer, TR\) kan nu også gå videre til næste fase/);

    assert.match(cardText(await pg.execute('user-aisha', s.thread, s.root, 'session.close', { sessionId: s.sessionId })), /Kun øvelsens facilitator/);
    assert.match(cardText(await pg.execute('user-jonas', s.thread, s.root, 'session.close', { sessionId: s.sessionId })), /Fasen afsluttes/);
  });

  it('says where to write the command when it is not in an exercise thread', async () => {
    const pg = stack.playground();
    const since = pg.events.length;
    const sent = await pg.mentionWith('medfacilitator', [{ id: 'user-jonas', name: 'Jonas Kristensen (lærer, TR)' }], 'channel-kerneopgave');
    const reply = await pg.waitFor((e) => e.actionConversationId === sent.postConversationId && !!firstCard(e), { since });
    assert.match(cardText(firstCard(reply)), /som svar i øvelsens egen tråd|in the exercise's own thread/);
  });
});
