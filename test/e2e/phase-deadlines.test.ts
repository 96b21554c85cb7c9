import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { cardText, firstCard } from '../support/playground-client';
import { startExercise } from '../support/session-flow';

const PEOPLE = ['user-mette', 'user-jonas', 'user-aisha', 'user-lars', 'user-birgitte', 'user-soeren'];
const DAY = 86_400_000;

/** Each phase can end by itself: the setup deadline ends the first, a number of days the later ones. */
describe('phase deadlines', function () {
  this.timeout(60_000);
  let clock = new Date();
  const stack = useStack({ now: () => clock });

  it('moves "Tid til kerneopgaven" from proposals to the vote and on to the result without the facilitator', async () => {
    const pg = stack.playground();
    const tomorrow = new Date(Date.now() + DAY).toISOString().slice(0, 10);
    const s = await startExercise(pg, { exerciseId: 'tid', title: 'Af sig selv', k: '3', deadlineDate: tomorrow, deadlineTime: '10:00', voteDays: '2' });
    assert.match(cardText(s.rootCard), /Frist: /);
    for (const [i, person] of PEOPLE.entries()) {
      assert.match(cardText(await pg.execute(person, s.thread, s.root, 'session.answer', { sessionId: s.sessionId, proposal1: `Tidsrøver nummer ${i % 3}`, owner1: 'os' })), /dit forslag er gemt/);
    }
    let since = pg.events.length;
    clock = new Date(Date.now() + 2 * DAY);
    const ballot = await pg.waitFor((e) => e.message.messageId === s.root && /Afstemning/.test(cardText(firstCard(e))), { since, timeoutMs: 15_000 });
    assert.match(cardText(firstCard(ballot)), /Frist: /, 'the vote shows its own deadline');
    const first = JSON.stringify(firstCard(ballot)).match(/"value":"(\d+)"/)![1];
    for (const person of PEOPLE) assert.match(cardText(await pg.execute(person, s.thread, s.root, 'session.answer', { sessionId: s.sessionId, votes: first })), /din stemme er gemt/);

    since = pg.events.length;
    clock = new Date(Date.now() + 5 * DAY);
    const tally = await pg.waitFor((e) => e.actionConversationId === s.thread && e.action !== 'updateMessage' && /Afstemning: Af sig selv/.test(cardText(firstCard(e))), { since, timeoutMs: 15_000 });
    assert.match(cardText(firstCard(tally)), /6 personer har stemt/);
    const result = await pg.waitFor((e) => e.message.messageId === s.root && /Det aftalte resultat/.test(cardText(firstCard(e))), { since, timeoutMs: 15_000 });
    assert.match(cardText(firstCard(result)), /Ingen frist for resultatet – facilitator skriver det aftalte/, 'the result is written by the facilitator, with no deadline');
  });
});
