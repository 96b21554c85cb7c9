import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { cardText, firstCard } from '../support/playground-client';
import { closeAndReadSummary, startExercise } from '../support/session-flow';
import { ConnectorStandIn, useConnectorStandIn } from '../support/connector-standin';
import { closeActivity, executeActivity, FACILITATOR, invoke, person, startSession } from '../support/activities';
import { dumpAllTables, rowText } from '../support/table-dump';
import { until } from '../support/until';

const PEOPLE = ['user-mette', 'user-jonas', 'user-aisha', 'user-lars', 'user-birgitte', 'user-soeren'];

describe('one perspective each, and a result below k', function () {
  this.timeout(60_000);
  const stack = useStack();

  it('refuses one perspective each: six people are fewer than 3 × k = 9 besides the facilitator', async () => {
    // The Playground's team has six members, too few for one perspective each even at the lowest k;
    // the assignment itself is tested below, in a channel of ten.
    const pg = stack.playground();
    const error = await startExercise(pg, { title: 'Et perspektiv hver', k: '3', distribution: 'assigned' }).catch((err: Error) => err);
    assert.ok(error instanceof Error);
    assert.match(error.message, /kræver mindst 10 medlemmer i kanalen, og kanalen har 6/);
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
    // The Playground hands the submit on by itself: wait for the bot's answer to it, then for the
    // private reply it sends afterwards.
    await until('the submit handled', () => stack.logs.some((l) => l.msg === 'card action' && l.verb === 'session.answer'), 10_000);
    // Under load the click may be answered "Gemmer …" and saved just after: wait for the save itself.
    await until('the answer stored', async () => (await stack.bot().deps.answers.count(s.sessionId)) === 1, 10_000);
    await stack.bot().idle();
    assert.equal(await stack.bot().deps.answers.count(s.sessionId), 1);
    const inChannel = pg.events.slice(since).filter((e) => e.actionConversationId.startsWith('channel-kerneopgave') && e.action !== 'updateMessage');
    assert.deepEqual(
      inChannel.map((e) => cardText(firstCard(e))),
      [],
    );
    // The confirmation goes to Jonas's personal chat (the Playground accepts it but does not stream it).
    assert.ok(stack.logs.some((l) => l.msg === 'card action' && l.verb === 'session.answer' && l.outcome === 'saved'));
    assert.ok(!stack.logs.some((l) => /could not send the private reply/.test(l.msg)), 'the private reply was sent');
  });
});

/**
 * One perspective each needs 3 × k members besides the facilitator, more than the Playground's six:
 * this runs through the real HTTP endpoint, with a local stand-in for the Teams connector whose
 * channel has ten members (the facilitator and nine colleagues).
 */
describe('one perspective each, in a channel of ten', function () {
  this.timeout(60_000);
  const stack = useStack({ playground: false });
  const standIn = useConnectorStandIn();
  const TEN = [FACILITATOR, ...['jonas', 'aisha', 'lars', 'birgitte', 'soeren', 'hanne', 'per', 'fatima', 'ole'].map((n) => person(`user-${n}`, `Kollega ${n}`))];

  it('gives each participant one perspective, spread evenly, and the same one when asked again', async () => {
    standIn().members = TEN.map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
    const url = stack.bot().url;
    const s = await startSession(url, standIn(), { title: 'Et perspektiv hver', k: '3', distribution: 'assigned' });
    const created = standIn().calls.find((c) => c.op === 'createConversation' && c.response?.id === s.threadId)!;
    assert.match(cardText(ConnectorStandIn.cardsOf(created)[0]), /Du får ét af de tre perspektiver/);
    const click = (who: typeof FACILITATOR, verb: string, data: Record<string, unknown>) =>
      invoke(url, executeActivity(verb, { sessionId: s.sessionId, ...data }, { serviceUrl: standIn().serviceUrl, from: who, conversationId: s.threadId, replyToId: s.rootId }));

    const given: string[] = [];
    for (const who of TEN.slice(0, 6)) {
      const form = await click(who, 'session.assign', {});
      const field = JSON.stringify(form.card).match(/"id":"(formal|performed|experienced)"/)?.[1];
      assert.ok(field, form.text);
      assert.match(form.text, /Dit perspektiv: Den (formelle|udførte|oplevede) kerneopgave/);
      const again = await click(who, 'session.assign', {});
      assert.equal(JSON.stringify(again.card).match(/"id":"(formal|performed|experienced)"/)?.[1], field, 'asking twice gives the same perspective');
      const wrong = field === 'formal' ? 'performed' : 'formal';
      assert.match((await click(who, 'session.answer', { [wrong]: 'Et svar på et andet perspektiv' })).text, /Dit svar er tomt/, 'only the assigned perspective is taken');
      assert.match((await click(who, 'session.answer', { [field]: 'Vi skaber læring og trivsel for børnene' })).text, /dit svar er gemt/);
      given.push(field);
    }
    for (const p of ['formal', 'performed', 'experienced']) assert.equal(given.filter((g) => g === p).length, 2, `two people got ${p}: ${given}`);

    // What a storage administrator can read while it is open: no participant, assigned or not (docs/anonymity.md).
    await stack.bot().idle();
    for (const row of await dumpAllTables(stack.azurite().connectionString)) {
      const text = rowText(row).replace(/"facilitator":\{"id":"user-mette","name":"Mette Holm \(skoleleder\)"\}/, '');
      for (const who of TEN) for (const id of [who.id, who.name, who.aadObjectId ?? who.id]) assert.ok(!text.includes(id), `${row.table}/${row.rowKey} holds ${id}`);
    }

    // Two texts per perspective is below k = 3: no perspective may show anything.
    const since = standIn().calls.length;
    await invoke(url, closeActivity(standIn().serviceUrl, s));
    await stack.bot().idle();
    const posted = standIn()
      .since(since)
      .flatMap((c) => (c.conversationId === s.threadId && c.op !== 'updateActivity' ? ConnectorStandIn.cardsOf(c) : []));
    const summary = posted.map(cardText).find((t) => /Opsamling/.test(t)) ?? '';
    assert.match(summary, /6 personer har svaret/, posted.map(cardText).join('\n---\n'));
    assert.equal(summary.match(/Vises ikke af hensyn til anonymiteten/g)?.length, 3, summary);
    assert.doesNotMatch(summary, /bruger ikke de samme ord/, 'no comparison is drawn from hidden perspectives');
    assert.doesNotMatch(summary, /læring og trivsel/);
  });
});
