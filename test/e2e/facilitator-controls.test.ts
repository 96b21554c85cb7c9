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

describe('cancelling an exercise', function () {
  this.timeout(60_000);
  const stack = useStack();

  it('asks the facilitator to confirm, then stops answers and posts nothing more', async () => {
    const pg = stack.playground();
    const s = await startExercise(pg, { title: 'Aflyses', k: '3' });
    assert.match(cardText(await pg.execute('user-aisha', s.thread, s.root, 'session.cancel', { sessionId: s.sessionId })), /Kun øvelsens facilitator/);
    assert.match(cardText(await pg.execute('user-jonas', s.thread, s.root, 'session.answer', { sessionId: s.sessionId, formal: 'Et svar før aflysningen' })), /dit svar er gemt/);
    const confirm = await pg.execute('user-mette', s.thread, s.root, 'session.cancel', { sessionId: s.sessionId });
    assert.match(cardText(confirm), /Vil du aflyse øvelsen\?/);
    assert.equal((await stack.bot().deps.sessions.get(s.sessionId))?.session.state, 'open', 'asking is not cancelling');
    const since = pg.events.length;
    assert.match(cardText(await pg.execute('user-mette', s.thread, s.root, 'session.cancelConfirm', { sessionId: s.sessionId })), /Øvelsen er aflyst/);
    const card = await pg.waitFor((e) => e.message.messageId === s.root && /Facilitatoren har aflyst øvelsen/.test(cardText(firstCard(e))), { since });
    assert.equal((firstCard(card)!.actions ?? []).length, 0);
    assert.match(cardText(await pg.execute('user-lars', s.thread, s.root, 'session.answer', { sessionId: s.sessionId, formal: 'For sent' })), /lukket/);
    assert.equal(await stack.bot().deps.sessions.secret(s.sessionId), undefined, 'the secret is destroyed');
    await stack.bot().checkAgain();
    assert.deepEqual(
      pg.events
        .slice(since)
        .filter((e) => e.action !== 'updateMessage')
        .map((e) => cardText(firstCard(e))),
      [],
      'no summary is posted',
    );
  });
});
