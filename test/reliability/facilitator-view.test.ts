import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { ConnectorStandIn, useConnectorStandIn } from '../support/connector-standin';
import { BOT, closeActivity, executeActivity, FACILITATOR, invoke, mentionActivity, person, postActivity, startSession, type Person, type StartedSession } from '../support/activities';
import { cardText, CHANNEL, type Card } from '../support/playground-client';

const COLLEAGUE = person('user-jonas', 'Jonas Kristensen (lærer, TR)');
const OTHER = person('user-aisha', 'Aisha Rahimi (pædagog)');
const CONTROL_VERBS = ['session.closeAsk', 'session.close', 'session.cancel', 'session.cancelConfirm'];

type Action = { type?: string; verb?: string; title?: string; data?: Record<string, unknown> };
/** Every action on a card, in action sets too, by verb. */
function verbsOf(card: Card): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Action & Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Action.') && typeof (o.verb ?? o.data?.verb) === 'string') found.push(String(o.verb ?? o.data?.verb));
    for (const [key, value] of Object.entries(o)) if (key !== 'fallback' && key !== 'refresh') walk(value);
  };
  walk(card);
  return found;
}
const controlsOn = (card: Card) => verbsOf(card).filter((v) => CONTROL_VERBS.includes(v));
const refreshOf = (card: Card) => card.refresh as { action: Action; userIds: string[] } | undefined;

/**
 * The facilitator's controls (issue 11): the shared card shows everyone only what they can press,
 * and Teams' per-user view (`refresh.userIds`) gives the facilitator and co-facilitators theirs.
 * Whatever she clicks, the card she is shown keeps them; each confirmation has a way back; the
 * thread commands and `status` reach them too. Through the real endpoint, against real Azurite.
 */
describe("the facilitator's controls: always in reach, and only hers", function () {
  this.timeout(90_000);
  const stack = useStack({ playground: false, env: { DEADLINE_CHECK_MS: '60000', LOG_LEVEL: 'info' } });
  const standIn = useConnectorStandIn();
  let s: StartedSession;

  const click = (verb: string, data: Record<string, unknown>, from: Person, o: { channel?: string } = {}) =>
    invoke(
      stack.bot().url,
      executeActivity(verb, data, {
        serviceUrl: standIn().serviceUrl,
        from,
        channel: o.channel,
        conversationId: o.channel ? `${o.channel};messageid=1` : s.threadId,
        replyToId: o.channel ? '1' : s.rootId,
      }),
    );
  const stored = async () => JSON.stringify(await stack.bot().deps.sessions.get(s.sessionId));
  const rootCards = (since: number) =>
    standIn()
      .since(since)
      .filter((c) => c.op === 'updateActivity' && c.conversationId === s.threadId)
      .map((c) => ConnectorStandIn.cardsOf(c)[0] as Card);

  /** "@Kernedialog <text>" written in `conversationId`; resolves with the card the bot posted back there. */
  async function command(text: string, from: Person, conversationId: string): Promise<Card> {
    const since = standIn().calls.length;
    const activity = mentionActivity(text, { serviceUrl: standIn().serviceUrl, from, conversationId });
    const res = await postActivity(stack.bot().url, { ...activity, entities: [{ type: 'mention', mentioned: BOT, text: '<at>Kernedialog</at>' }] });
    assert.equal(res.status, 200);
    await stack.bot().idle();
    const posted = standIn()
      .since(since)
      .filter((c) => (c.op === 'replyToActivity' || c.op === 'sendToConversation') && c.conversationId === conversationId);
    assert.equal(posted.length, 1, `one answer to "${text}"`);
    return ConnectorStandIn.cardsOf(posted[0])[0] as Card;
  }

  before(async () => {
    const since = standIn().calls.length;
    s = await startSession(stack.bot().url, standIn(), { title: 'Styring', k: '3' });
    const root = ConnectorStandIn.cardsOf(
      standIn()
        .since(since)
        .find((c) => c.op === 'createConversation')!,
    )[0] as Card;
    assert.deepEqual(controlsOn(root), [], 'the shared card has no facilitator buttons');
    assert.deepEqual(verbsOf(root), ['session.answer'], 'participants see only what they can press');
    assert.deepEqual(refreshOf(root)?.userIds, [FACILITATOR.id], "the facilitator gets Teams' per-user view");
    assert.equal(refreshOf(root)?.action.verb, 'session.view');
  });

  it("session.view: the facilitator's view has her buttons; anyone else's, whatever they send, does not", async () => {
    const own = await click('session.view', { sessionId: s.sessionId }, FACILITATOR);
    assert.deepEqual(controlsOn(own.card), ['session.closeAsk', 'session.cancel']);
    assert.match(own.text, /Afslut svarrunden og vis opsamlingen/);
    const before = await stored();
    // A forged view: the colleague names the facilitator in the request; only who clicked counts.
    const forged = await click('session.view', { sessionId: s.sessionId, userIds: [FACILITATOR.id], from: FACILITATOR.id }, COLLEAGUE);
    assert.deepEqual(controlsOn(forged.card), []);
    assert.match(forged.text, /Styring/);
    const elsewhere = await click('session.view', { sessionId: s.sessionId }, FACILITATOR, { channel: 'channel-other' });
    assert.deepEqual(controlsOn(elsewhere.card), []);
    assert.match(elsewhere.text, /en anden kanal/);
    assert.equal(await stored(), before, 'viewing changes nothing');
  });

  it('keeps her buttons after she answers, is refused a second answer, or gets a form error; a colleague gets none', async () => {
    const empty = await click('session.answer', { sessionId: s.sessionId }, FACILITATOR);
    assert.match(empty.text, /Dit svar er tomt/, empty.text);
    assert.deepEqual(controlsOn(empty.card), ['session.closeAsk', 'session.cancel'], 'after a form error');
    const saved = await click('session.answer', { sessionId: s.sessionId, formal: 'Loven siger læring og trivsel for alle børn.' }, FACILITATOR);
    assert.match(saved.text, /gemt/);
    assert.deepEqual(controlsOn(saved.card), ['session.closeAsk', 'session.cancel'], 'after her answer');
    assert.ok(verbsOf(saved.card).includes('session.view'), 'and a way back to the whole card');
    const again = await click('session.answer', { sessionId: s.sessionId, formal: 'Igen' }, FACILITATOR);
    assert.match(again.text, /allerede/);
    assert.deepEqual(controlsOn(again.card), ['session.closeAsk', 'session.cancel'], 'after a refused second answer');
    const colleague = await click('session.answer', { sessionId: s.sessionId, performed: 'Vi underviser og løser konflikter hver dag.' }, COLLEAGUE);
    assert.match(colleague.text, /gemt/);
    assert.deepEqual(verbsOf(colleague.card), [], 'a colleague sees nothing to press');
  });

  it('asks once before the answer phase ends, with a way back; only "Ja" ends it', async () => {
    const before = await stored();
    const ask = await click('session.closeAsk', { sessionId: s.sessionId }, FACILITATOR);
    assert.match(ask.text, /Vil du afslutte svarrunden nu\?/);
    assert.match(ask.text, /Færre end 3/, 'says how far it got, in the steps the shared card uses');
    assert.deepEqual(verbsOf(ask.card), ['session.close', 'session.view']);
    assert.match(ask.text, /Nej, fortsæt/);
    assert.equal(await stored(), before, 'asking changes nothing, down to the ETag');
    const back = await click('session.view', { sessionId: s.sessionId }, FACILITATOR);
    assert.deepEqual(controlsOn(back.card), ['session.closeAsk', 'session.cancel'], '"Nej, fortsæt" leads back to her card');
    const refusedAsk = await click('session.closeAsk', { sessionId: s.sessionId }, COLLEAGUE);
    assert.match(refusedAsk.text, /Kun øvelsens facilitator/);
    assert.equal(await stored(), before);
  });

  it('"@Kernedialog luk" in the thread asks the same, and "Nej, fortsæt" there leaves a short note with her buttons', async () => {
    const before = await stored();
    const ask = await command('luk', FACILITATOR, s.threadId);
    assert.match(cardText(ask), /Vil du afslutte svarrunden nu\?/);
    assert.deepEqual(verbsOf(ask), ['session.close', 'session.view']);
    const back = (ask.actions as Action[]).find((a) => a.verb === 'session.view')!;
    assert.equal(await stored(), before, 'asking changes nothing');
    const note = await click('session.view', back.data!, FACILITATOR);
    assert.match(note.text, /Øvelsen fortsætter/);
    assert.doesNotMatch(note.text, /Den formelle kerneopgave/, 'not a second copy of the exercise');
    assert.deepEqual(controlsOn(note.card), ['session.closeAsk', 'session.cancel']);
    // The same button pressed by a colleague shows the shared card, nothing to steer with, and settles nothing.
    assert.deepEqual(controlsOn((await click('session.view', back.data!, OTHER)).card), []);
    assert.equal(await stored(), before);
  });

  it('once she answers a question asked in the thread, it is replaced for everyone by what she chose', async () => {
    const ask = await command('luk', FACILITATOR, s.threadId);
    assert.match(cardText(ask), /Kun øvelsens facilitator og medfacilitatorer kan svare her/);
    const askId = standIn()
      .calls.filter((c) => (c.op === 'replyToActivity' || c.op === 'sendToConversation') && c.conversationId === s.threadId)
      .at(-1)!.response.id as string;
    const back = (ask.actions as Action[]).find((a) => a.verb === 'session.view')!;
    const at = (from: Person) => executeActivity('session.view', back.data!, { serviceUrl: standIn().serviceUrl, from, conversationId: s.threadId, replyToId: askId });
    let since = standIn().calls.length;
    await invoke(stack.bot().url, at(OTHER));
    await stack.bot().idle();
    assert.deepEqual(
      standIn()
        .since(since)
        .filter((c) => c.op === 'updateActivity'),
      [],
      "a colleague's click settles nothing",
    );
    since = standIn().calls.length;
    await invoke(stack.bot().url, at(FACILITATOR));
    await stack.bot().idle();
    const settled = standIn()
      .since(since)
      .filter((c) => c.op === 'updateActivity');
    assert.equal(settled.length, 1);
    assert.equal(settled[0].activityId, askId, "the question itself, not the thread's card");
    const card = ConnectorStandIn.cardsOf(settled[0])[0] as Card;
    assert.match(cardText(card), /Facilitatoren har valgt at fortsætte/);
    assert.deepEqual(verbsOf(card), [], 'no button left behind');
    // The exercise goes on: in their own view, the facilitators keep their buttons on it.
    assert.deepEqual(refreshOf(card)?.userIds, [FACILITATOR.id]);
    assert.deepEqual(controlsOn((await click('session.view', refreshOf(card)!.action.data!, FACILITATOR)).card), ['session.closeAsk', 'session.cancel']);
  });

  it('the cancel confirmation has "Nej, fortsæt" too', async () => {
    const ask = await click('session.cancel', { sessionId: s.sessionId }, FACILITATOR);
    assert.match(ask.text, /Vil du aflyse øvelsen\?/);
    assert.deepEqual(verbsOf(ask.card), ['session.cancelConfirm', 'session.view']);
    assert.match(ask.text, /Nej, fortsæt/);
  });

  it('a co-facilitator added later gets the per-user view too', async () => {
    const since = standIn().calls.length;
    const activity = mentionActivity(`medfacilitator <at>${COLLEAGUE.name}</at>`, { serviceUrl: standIn().serviceUrl, from: FACILITATOR, conversationId: s.threadId });
    await postActivity(stack.bot().url, {
      ...activity,
      entities: [
        { type: 'mention', mentioned: BOT, text: '<at>Kernedialog</at>' },
        { type: 'mention', mentioned: { id: COLLEAGUE.id, name: COLLEAGUE.name }, text: `<at>${COLLEAGUE.name}</at>` },
      ],
    });
    await stack.bot().idle();
    const updated = rootCards(since).at(-1);
    assert.ok(updated, 'the shared card is redrawn');
    assert.deepEqual(refreshOf(updated)?.userIds, [FACILITATOR.id, COLLEAGUE.id]);
    assert.deepEqual(controlsOn(updated), []);
    assert.deepEqual(controlsOn((await click('session.view', { sessionId: s.sessionId }, COLLEAGUE)).card), ['session.closeAsk', 'session.cancel']);
    assert.deepEqual(controlsOn((await click('session.view', { sessionId: s.sessionId }, OTHER)).card), []);
  });

  it("status: everyone sees the list; the facilitators' own view has the buttons under their exercises", async () => {
    const shared = await command('status', OTHER, CHANNEL);
    assert.match(cardText(shared), /Styring/);
    assert.deepEqual(controlsOn(shared), []);
    assert.ok(refreshOf(shared)?.userIds.includes(FACILITATOR.id));
    assert.equal(refreshOf(shared)?.action.verb, 'status.view');
    const own = await invoke(stack.bot().url, executeActivity('status.view', {}, { serviceUrl: standIn().serviceUrl, from: FACILITATOR, conversationId: CHANNEL }));
    assert.deepEqual(controlsOn(own.card), ['session.closeAsk', 'session.cancel']);
    assert.match(own.text, /ser kun du og eventuelle medfacilitatorer/);
    const theirs = await invoke(stack.bot().url, executeActivity('status.view', {}, { serviceUrl: standIn().serviceUrl, from: OTHER, conversationId: CHANNEL }));
    assert.deepEqual(controlsOn(theirs.card), []);
    // The button works from the status card, in the channel.
    const ask = await invoke(stack.bot().url, executeActivity('session.closeAsk', { sessionId: s.sessionId }, { serviceUrl: standIn().serviceUrl, from: FACILITATOR, conversationId: CHANNEL }));
    assert.match(ask.text, /Vil du afslutte svarrunden nu\?/);
  });

  it('"Ja" ends the phase; the shared card then offers the next phase to the facilitators only', async () => {
    const since = standIn().calls.length;
    assert.match((await click('session.close', { sessionId: s.sessionId }, FACILITATOR)).text, /Fasen afsluttes/);
    await stack.bot().idle();
    assert.equal((await stack.bot().deps.sessions.get(s.sessionId))?.session.phase, 'proposals');
    const root = rootCards(since).at(-1)!;
    assert.deepEqual(controlsOn(root), []);
    assert.deepEqual(verbsOf(root), ['session.answer']);
    const own = await click('session.view', { sessionId: s.sessionId }, FACILITATOR);
    assert.match(own.text, /Afslut forslagene og start afstemningen/);
  });

  it('"luk" in the result phase gives a button that opens the form for her alone, and after the end says the exercise is closed', async () => {
    await click('session.close', { sessionId: s.sessionId }, FACILITATOR); // too few proposals: straight to the result
    await stack.bot().idle();
    assert.equal((await stack.bot().deps.sessions.get(s.sessionId))?.session.phase, 'result');
    const note = await command('luk', FACILITATOR, s.threadId);
    assert.deepEqual(verbsOf(note), ['session.close']);
    assert.equal(JSON.stringify(note).includes('Input.'), false, 'no form in the thread for everyone to read');
    const form = await click('session.close', { sessionId: s.sessionId }, FACILITATOR);
    assert.deepEqual(verbsOf(form.card), ['session.result'], 'the form, as her private answer to the click');
    assert.match((await click('session.result', { sessionId: s.sessionId, formulation: 'Vi hjælper børnene med at lære og trives' }, FACILITATOR)).text, /Resultatet er gemt/);
    await stack.bot().idle();
    assert.match(cardText(await command('luk', FACILITATOR, s.threadId)), /allerede lukket/);
    assert.match(cardText(await command('aflys', FACILITATOR, s.threadId)), /allerede lukket/);
  });
});

/**
 * The posted result (docs/security.md): everyone sees the agreed result with nothing to press, and
 * Teams' per-user view (`result.view`) gives the facilitators "Følg op om 4 / 8 / 12 uger", whatever
 * anyone else's request says. The facilitator's own "Resultatet er gemt" carries the buttons too,
 * for clients without per-user views. Through the real endpoint, against real Azurite.
 */
describe("the posted result: the follow-up buttons only in the facilitators' view", function () {
  this.timeout(90_000);
  const stack = useStack({ playground: false, env: { DEADLINE_CHECK_MS: '60000' } });
  const standIn = useConnectorStandIn();
  const FOLLOW_UP = ['result.followUp', 'result.followUp', 'result.followUp'];

  it('posts the result without buttons, with a per-user view that only the facilitators get buttons in', async () => {
    const s = await startSession(stack.bot().url, standIn(), { title: 'Resultatet', k: '3' });
    const click = (verb: string, data: Record<string, unknown>, from: Person, o: { channel?: string } = {}) =>
      invoke(
        stack.bot().url,
        executeActivity(verb, data, {
          serviceUrl: standIn().serviceUrl,
          from,
          channel: o.channel,
          conversationId: o.channel ? `${o.channel};messageid=1` : s.threadId,
          replyToId: o.channel ? '1' : s.rootId,
        }),
      );
    // A co-facilitator, named in the thread before the result, steers it too.
    const named = mentionActivity(`medfacilitator <at>${COLLEAGUE.name}</at>`, { serviceUrl: standIn().serviceUrl, from: FACILITATOR, conversationId: s.threadId });
    await postActivity(stack.bot().url, {
      ...named,
      entities: [
        { type: 'mention', mentioned: BOT, text: '<at>Kernedialog</at>' },
        { type: 'mention', mentioned: { id: COLLEAGUE.id, name: COLLEAGUE.name }, text: `<at>${COLLEAGUE.name}</at>` },
      ],
    });
    for (let step = 0; step < 3; step++) {
      const res = await invoke(stack.bot().url, closeActivity(standIn().serviceUrl, s));
      await stack.bot().idle();
      if (/Skriv det aftalte resultat/.test(res.text)) break;
    }

    const since = standIn().calls.length;
    const saved = await click('session.result', { sessionId: s.sessionId, formulation: 'Vi holder fast i morgenmødet.', action1: 'Sæt det på dagsordenen', who1: 'Mette' }, FACILITATOR);
    assert.match(saved.text, /Resultatet er gemt/);
    assert.deepEqual(verbsOf(saved.card), FOLLOW_UP, 'her own confirmation can plan the follow-up, also where there are no per-user views');
    assert.match(saved.text, /Knapperne ser kun du og eventuelle medfacilitatorer/);
    await stack.bot().idle();
    const replies = standIn()
      .since(since)
      .filter((c) => c.op === 'replyToActivity' && c.conversationId === s.threadId)
      .map((c) => ConnectorStandIn.cardsOf(c)[0] as Card);
    const posted = replies.find((c) => /Resultat: Resultatet/.test(cardText(c)));
    assert.ok(posted, 'the result is posted in the thread');
    assert.deepEqual(verbsOf(posted), [], 'participants see only what they can press: nothing');
    assert.doesNotMatch(cardText(posted), /Følg op|opfølgning/);
    assert.deepEqual(refreshOf(posted)?.userIds, [FACILITATOR.id, COLLEAGUE.id], "the facilitators get Teams' per-user view");
    assert.equal(refreshOf(posted)?.action.verb, 'result.view');
    const view = refreshOf(posted)!.action.data!;

    const own = await click('result.view', view, FACILITATOR);
    assert.deepEqual(verbsOf(own.card), FOLLOW_UP);
    assert.match(own.text, /Vi holder fast i morgenmødet\./);
    assert.match(own.text, /Sæt det på dagsordenen – ansvarlig: Mette/);
    assert.deepEqual(refreshOf(own.card)?.userIds, [FACILITATOR.id, COLLEAGUE.id], 'the view keeps its refresh');
    assert.deepEqual(verbsOf((await click('result.view', view, COLLEAGUE)).card), FOLLOW_UP, 'a co-facilitator gets them too');

    const before = JSON.stringify(await stack.bot().deps.sessions.get(s.sessionId));
    // A forged view: a colleague names the facilitator in the request; only who asks counts.
    const forged = await click('result.view', { ...view, userIds: [FACILITATOR.id], from: FACILITATOR.id, view: 'facilitator' }, OTHER);
    assert.deepEqual(verbsOf(forged.card), []);
    assert.match(forged.text, /Vi holder fast i morgenmødet\./, 'anyone else gets the card as posted');
    const elsewhere = await click('result.view', view, FACILITATOR, { channel: 'channel-other' });
    assert.deepEqual(verbsOf(elsewhere.card), []);
    assert.match(elsewhere.text, /en anden kanal/);
    assert.equal(JSON.stringify(await stack.bot().deps.sessions.get(s.sessionId)), before, 'viewing changes nothing');
    assert.equal(await stack.bot().deps.schedules.get(`s-followup-${s.sessionId}`), undefined, 'and plans nothing');

    // The buttons on her confirmation work.
    assert.match((await click('result.followUp', { sessionId: s.sessionId, weeks: 4 }, FACILITATOR)).text, /Opfølgningen er planlagt/);
  });
});
