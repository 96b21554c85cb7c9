import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { cardText, firstCard } from '../support/playground-client';
import { closeAndReadSummary, startExercise } from '../support/session-flow';

const PEOPLE = ['user-mette', 'user-jonas', 'user-aisha', 'user-lars', 'user-birgitte', 'user-soeren'];

describe('one perspective each, and a result below k', function () {
  this.timeout(60_000);
  const stack = useStack();

  it('gives each participant one perspective, spread evenly, and the same one when asked again', async () => {
    const pg = stack.playground();
    const s = await startExercise(pg, { title: 'Et perspektiv hver', k: '3', distribution: 'assigned' });
    assert.match(cardText(s.rootCard), /Du får ét af de tre perspektiver/);
    const given: string[] = [];
    for (const person of PEOPLE) {
      const form = await pg.execute(person, s.thread, s.root, 'session.assign', { sessionId: s.sessionId });
      const field = JSON.stringify(form).match(/"id":"(formal|performed|experienced)"/)?.[1];
      assert.ok(field, cardText(form));
      assert.match(cardText(form), /Dit perspektiv: Den (formelle|udførte|oplevede) kerneopgave/);
      const again = await pg.execute(person, s.thread, s.root, 'session.assign', { sessionId: s.sessionId });
      assert.equal(JSON.stringify(again).match(/"id":"(formal|performed|experienced)"/)?.[1], field, 'asking twice gives the same perspective');
      const wrong = field === 'formal' ? 'performed' : 'formal';
      const ignored = await pg.execute(person, s.thread, s.root, 'session.answer', { sessionId: s.sessionId, [wrong]: 'Et svar på et andet perspektiv' });
      assert.match(cardText(ignored), /Dit svar er tomt/, 'only the assigned perspective is taken');
      const saved = await pg.execute(person, s.thread, s.root, 'session.answer', { sessionId: s.sessionId, [field]: 'Vi skaber læring og trivsel for børnene' });
      assert.match(cardText(saved), /dit svar er gemt/);
      given.push(field);
    }
    for (const p of ['formal', 'performed', 'experienced']) assert.equal(given.filter((g) => g === p).length, 2, `two people got ${p}: ${given}`);

    // Two texts per perspective is below k = 3: no perspective may show anything.
    const summary = cardText(await closeAndReadSummary(pg, s));
    assert.match(summary, /6 personer har svaret/);
    assert.equal(summary.match(/Vises ikke af hensyn til anonymiteten/g)?.length, 3, summary);
    assert.doesNotMatch(summary, /bruger ikke de samme ord/, "no comparison is drawn from hidden perspectives");
    assert.doesNotMatch(summary, /læring og trivsel/);
  });

  it('says only that nothing can be shown when fewer than k answered', async () => {
    const pg = stack.playground();
    const s = await startExercise(pg, { title: 'For få svar', k: '5' });
    for (const person of PEOPLE.slice(0, 4)) {
      assert.match(cardText(await pg.execute(person, s.thread, s.root, 'session.answer', { sessionId: s.sessionId, formal: 'Hemmeligt svar om læring' })), /dit svar er gemt/);
    }
    const card = await closeAndReadSummary(pg, s);
    const text = cardText(card);
    assert.match(text, /færre end 5 svar/i);
    assert.doesNotMatch(text, /Hemmeligt|læring|4/);
  });

  it('takes an answer through the Action.Submit fallback without posting in the channel', async () => {
    const pg = stack.playground();
    const s = await startExercise(pg, { title: 'Submit-fallback', k: '3' });
    const since = pg.events.length;
    await pg.submit('user-jonas', s.thread, s.root, { verb: 'session.answer', sessionId: s.sessionId, formal: 'Via submit' });
    await new Promise((r) => setTimeout(r, 1000));
    await stack.bot().idle();
    assert.equal(await stack.bot().deps.answers.count(s.sessionId), 1);
    const inChannel = pg.events.slice(since).filter((e) => e.actionConversationId.startsWith('channel-kerneopgave') && e.action !== 'updateMessage');
    assert.deepEqual(inChannel.map((e) => cardText(firstCard(e))), []);
    // The confirmation goes to Jonas's personal chat (the Playground accepts it but does not stream it).
    assert.ok(stack.logs.some((l) => l.msg === 'card action' && l.verb === 'session.answer' && l.outcome === 'saved'));
    assert.ok(!stack.logs.some((l) => /could not send the private reply/.test(l.msg)), 'the private reply was sent');
  });
});
