import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { cardText, firstCard } from '../support/playground-client';
import { startExercise } from '../support/session-flow';

const PEOPLE = ['user-jonas', 'user-aisha', 'user-lars'];

/**
 * A deadline closes the session without the facilitator, even when the bot was restarted in
 * between: the deadline lives in storage, not in a timer. The clock is the only thing faked.
 */
describe('a deadline closes the session, even after a restart', function () {
  this.timeout(60_000);
  let clock = new Date();
  const stack = useStack({ now: () => clock });

  it('posts the summary in the thread once the deadline has passed', async () => {
    const pg = stack.playground();
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const s = await startExercise(pg, { title: 'Med frist', k: '3', deadlineDate: tomorrow, deadlineTime: '10:00', language: 'en' });
    assert.match(cardText(s.rootCard), /Deadline: \d+ \w+ \d{4}, 10:00/);
    for (const person of PEOPLE) {
      const ok = await pg.execute(person, s.thread, s.root, 'session.answer', {
        sessionId: s.sessionId,
        formal: 'The law says learning for all children',
        performed: 'We teach and look after wellbeing',
        experienced: 'Parents see a safe school',
      });
      assert.match(cardText(ok), /answer is saved/);
    }

    await stack.restartBot();
    const since = pg.events.length;
    await stack.bot().checkAgain();
    assert.equal(pg.events.slice(since).length, 0, 'nothing closes before the deadline');

    clock = new Date(Date.now() + 2 * 86_400_000);
    const summary = await pg.waitFor((e) => e.actionConversationId === s.thread && e.action !== 'updateMessage' && /Summary: Med frist/.test(cardText(firstCard(e))), { since, timeoutMs: 15_000 });
    assert.match(cardText(firstCard(summary)), /3 people answered/);
    await pg.waitFor((e) => e.message.messageId === s.root && /Proposals/.test(cardText(firstCard(e))), { since, timeoutMs: 15_000 });
    const late = await pg.execute('user-soeren', s.thread, s.root, 'session.answer', { sessionId: s.sessionId, formal: 'Too late' });
    assert.match(cardText(late), /Your proposal is empty/, 'the answers are over; the card now takes proposals');
    await stack.bot().checkAgain();
    const summaries = pg.events.slice(since).filter((e) => e.action !== 'updateMessage' && /Summary: Med frist/.test(cardText(firstCard(e))));
    assert.equal(summaries.length, 1, 'the summary is posted exactly once');
  });
});
