import assert from 'node:assert/strict';
import { executeActivity, FACILITATOR, installationActivity, invoke, person, postActivity, TENANT } from '../support/activities';
import { until } from '../support/until';
import { ConnectorStandIn, useConnectorStandIn } from '../support/connector-standin';
import { useStack } from '../support/kernedialog-stack';
import { cardText, type Card } from '../support/playground-client';
import { claimThread } from '../../domain/lifecycle/thread';

const CHAT = '19:meeting_personalemoede@thread.v2';
const GONE = '19:chat_uden_bot@thread.v2';
const ANSWER = { formal: 'Eleverne skal lære og trives.', performed: 'Vi underviser.', experienced: 'Forældrene oplever travlhed.' };

/** An activity as Teams sends it in a group or meeting chat: no team, no channel, conversationType 'groupChat'. */
function inChat<T extends Record<string, unknown>>(activity: T, chat: string): T {
  return { ...activity, conversation: { isGroup: true, conversationType: 'groupChat', tenantId: TENANT, id: chat }, channelData: { tenant: { id: TENANT } } };
}

/**
 * What the bot sends Teams for an exercise in a group chat, on the wire (the connector stand-in
 * records it): the card is a message in the chat, later posts answer it with replyToId, and a
 * 403 on the first post ends the exercise unposted.
 */
describe('group chat on the wire: what the bot sends Teams', function () {
  this.timeout(60_000);
  const stack = useStack({ playground: false });
  const standIn = useConnectorStandIn();
  const click = (chat: string, verb: string, data: Record<string, unknown>, o: { from?: ReturnType<typeof person>; replyToId?: string } = {}) =>
    invoke(stack.bot().url, inChat(executeActivity(verb, data, { serviceUrl: standIn().serviceUrl, from: o.from ?? FACILITATOR, conversationId: chat, replyToId: o.replyToId ?? 'catalogue' }), chat));

  it('posts the card as a message in the chat and the summary as a new message with replyToId = the card', async () => {
    const s = standIn();
    const since = s.calls.length;
    const started = await click(CHAT, 'session.create', { exerciseId: 'hvem-definerer', title: 'Personalemødet', k: '3', language: 'da', distribution: 'all' });
    assert.match(started.text, /"Personalemødet" er lagt i chatten/);
    // botbuilder sends a proactive message as a "reply" to its own continuation id, as in a channel's thread.
    const posts = s.since(since).filter((c) => c.method === 'POST' && c.op !== 'pagedMembers');
    assert.deepEqual(
      posts.map((c) => c.conversationId),
      [CHAT],
      'no new conversation or thread: one message in the chat',
    );
    const card = String(posts[0].response.id);
    const sessionId = ((ConnectorStandIn.cardsOf(posts[0])[0] as Card).actions as { data?: { sessionId?: string } }[]).find((a) => a.data?.sessionId)?.data?.sessionId;
    assert.ok(sessionId);

    for (const who of ['user-lars', 'user-jonas', 'user-aisha']) assert.match((await click(CHAT, 'session.answer', { sessionId, ...ANSWER }, { from: person(who), replyToId: card })).text, /gemt/);
    const closing = s.calls.length;
    await click(CHAT, 'session.close', { sessionId }, { replyToId: card });
    // The summary is posted after the click is answered; on a loaded machine that can outlast the bot's idle().
    const isSummary = (c: (typeof s.calls)[number]) => c.op === 'replyToActivity' && /Opsamling: Personalemødet/.test(cardText(ConnectorStandIn.cardsOf(c)[0]));
    await until('the summary in the chat', () => s.since(closing).some(isSummary)).catch(() => undefined);
    await stack.bot().idle();

    const replies = s.since(closing).filter((c) => c.op === 'replyToActivity');
    const summary = replies.find(isSummary);
    assert.ok(summary, `a summary was posted: ${replies.map((c) => cardText(ConnectorStandIn.cardsOf(c)[0]).slice(0, 60)).join(' | ')}`);
    assert.deepEqual([summary.conversationId, summary.activityId, summary.body?.replyToId], [CHAT, card, card], 'a new message in the chat that answers the card');
    assert.match(cardText(ConnectorStandIn.cardsOf(summary)[0]), /^Hører til øvelsen »Personalemødet«/);
    const updates = s.since(closing).filter((c) => c.op === 'updateActivity');
    assert.ok(
      updates.every((c) => c.conversationId === CHAT && c.activityId === card),
      'the card is updated in place',
    );
  });

  it('a 403 (MessageWritesBlocked) on the exercise post: the facilitator is told privately, the chat is marked uninstalled, and nothing is tried again', async () => {
    const s = standIn();
    s.fault = (c) => (decodeURIComponent(c.url).includes(GONE) && c.method === 'POST' ? { status: 403 } : undefined);
    try {
      const since = s.calls.length;
      const told = await click(GONE, 'session.create', { exerciseId: 'hvem-definerer', title: 'Uden bot', k: '3', language: 'da', distribution: 'all' });
      assert.match(told.text, /Øvelsen blev ikke startet/);
      assert.match(told.text, /Teams afviste Kernedialogs opslag af »Uden bot« i chatten/);
      await stack.bot().idle();
      assert.equal(s.since(since).filter((c) => c.conversationId === GONE && c.method !== 'GET').length, 1, 'one refused post, not retried');
      assert.equal(await stack.bot().deps.teams.isInstalled(GONE), false);
      const [session] = await stack.bot().deps.sessions.inChannel(GONE);
      assert.deepEqual([session?.state, session?.summaryWithheld, session?.place.threadId], ['closed', 'unreachable', undefined]);
      assert.equal(await stack.bot().deps.sessions.secret(session!.id), undefined);
      await stack.bot().checkAgain();
      await stack.bot().idle();
      assert.equal(s.since(since).filter((c) => c.conversationId === GONE && c.method !== 'GET').length, 1, 'nothing posted later');
    } finally {
      s.fault = () => undefined;
    }
  });

  it('Teams posts the card but returns no id: the session is posted in the chat all the same, later posts go there, updating the card is skipped, and a redelivery posts nothing twice', async () => {
    const s = standIn();
    const NO_ID = '19:chat_uden_id@thread.v2';
    s.withoutId = (c) => decodeURIComponent(c.url).includes(NO_ID);
    try {
      const since = s.calls.length;
      const create = inChat(
        executeActivity(
          'session.create',
          { exerciseId: 'hvem-definerer', title: 'Uden id', k: '3', language: 'da', distribution: 'all' },
          { id: 'create-once', serviceUrl: s.serviceUrl, from: FACILITATOR, conversationId: NO_ID, replyToId: 'catalogue' },
        ),
        NO_ID,
      );
      assert.match((await invoke(stack.bot().url, create)).text, /"Uden id" er lagt i chatten/);
      const [session] = await stack.bot().deps.sessions.inChannel(NO_ID);
      assert.deepEqual([session.state, session.place.threadId, session.place.rootActivityId], ['open', NO_ID, undefined], 'recorded as posted in the chat, without a card id');
      // A redelivery, now or after the stale-claim minute, posts nothing more.
      assert.match((await invoke(stack.bot().url, create)).text, /er lagt i chatten/);
      assert.equal((await stack.bot().deps.sessions.change(session.id, claimThread(new Date(Date.now() + 3_600_000))))?.refused, 'posted');
      const posted = () => s.since(since).filter((c) => c.conversationId === NO_ID && c.method === 'POST' && c.op !== 'pagedMembers');
      assert.equal(posted().length, 1, 'the card was posted once');

      for (const who of ['user-lars', 'user-jonas', 'user-aisha']) await click(NO_ID, 'session.answer', { sessionId: session.id, ...ANSWER }, { from: person(who) });
      await click(NO_ID, 'session.close', { sessionId: session.id });
      await stack.bot().idle();
      const summary = posted().find((c) => /Opsamling: Uden id/.test(cardText(ConnectorStandIn.cardsOf(c)[0])));
      assert.ok(summary, 'the summary is a new message in the chat');
      assert.equal(s.since(since).filter((c) => c.conversationId === NO_ID && c.op === 'updateActivity').length, 0, 'no update of a card without an id');
      const lines = stack.logs.filter((l) => /without returning its id|no card id to update/.test(l.msg));
      assert.deepEqual([...new Set(lines.map((l) => l.level))].sort(), ['debug', 'warn'], 'a warning when posted, a debug line for each skipped update');
      assert.doesNotMatch(JSON.stringify(lines), new RegExp(`${session.id}|chat_uden_id|user-`), 'no ids in those lines');
    } finally {
      s.withoutId = () => false;
    }
  });

  it("the app removed from a group chat (installationUpdate remove) schedules the chat's data for deletion, as for a team", async () => {
    const removed = inChat(installationActivity('remove', { serviceUrl: standIn().serviceUrl }), CHAT);
    assert.ok((await postActivity(stack.bot().url, removed)).status < 300);
    const record = await stack.bot().deps.teams.get(CHAT);
    assert.equal(record?.installed, false);
    assert.ok(record?.deleteAfter, 'a deletion is scheduled after the grace period');
  });
});
