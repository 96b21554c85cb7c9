import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { until } from '../support/until';
import { cardText, firstCard, type StreamEvent } from '../support/playground-client';

/** The Playground's group chat (playground/.m365agentsplayground.yml), standing in for a meeting's chat. */
const CHAT = 'group-chat-ledelse';

/**
 * The meeting rating after a meeting, end to end through the Playground (issue 17, point 3): the
 * Playground has no meetings, but its custom activities send what Teams sends when one ends.
 */
describe("meeting rating: a meeting end in the Playground's group chat", function () {
  this.timeout(90_000);
  const stack = useStack();

  /** Teams' meeting end, built on the Playground's own template for the chat (its ids, its serviceUrl). */
  async function meetingEnd(endTime: string): Promise<Record<string, unknown>> {
    const res = await fetch(`${stack.playground().baseUrl}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(CHAT)}`);
    assert.equal(res.status, 200, await res.clone().text());
    const template = (await res.json()) as Record<string, unknown>;
    return {
      ...template,
      type: 'event',
      name: 'application/vnd.microsoft.meetingEnd',
      channelId: 'msteams',
      value: { Id: 'MCMxOTptZWV0aW5n', MeetingType: 'Recurring', JoinUrl: 'https://teams.microsoft.com/l/meetup-join/x', Title: 'Ledelsesmøde', EndTime: endTime },
    };
  }

  const send = async (activity: Record<string, unknown>) => {
    const res = await fetch(`${stack.playground().baseUrl}/_internal/v1/customActivities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    assert.equal(res.status, 200);
  };

  it('"mødevurdering til 2" in the chat, then the meeting end: the rating card appears in the chat, once', async () => {
    const pg = stack.playground();
    const inChat = (e: StreamEvent) => e.actionConversationId === CHAT;
    const before = pg.events.length;
    await pg.mention('mødevurdering til 2', CHAT);
    await pg.waitFor((e) => inChat(e) && /Mødevurderingen er slået til/.test(cardText(firstCard(e))), { since: before });

    const ended = await meetingEnd(new Date(Date.now() - 30_000).toISOString());
    const since = pg.events.length;
    await send(ended);
    const posted = await pg.waitFor((e) => inChat(e) && e.action !== 'updateMessage' && /Vurdering af mødet/.test(cardText(firstCard(e))), { since });
    assert.match(cardText(firstCard(posted)), /0.*10/s);
    const [round] = (await stack.bot().deps.sessions.inChannel(CHAT)).filter((s) => s.round);
    assert.ok(round, 'the round is stored for the chat');
    assert.equal(Date.parse(round.settings.deadline!) - Date.parse(round.round!.dueAt), 2 * 3_600_000, 'open for the 2 hours set');

    // The same event again (Teams redelivers): no second card, once the bot says it has handled it.
    await send(ended);
    await until('the redelivery is handled', () => stack.logs.some((l) => l.msg === 'meeting end' && l.outcome === 'alreadyOpen'));
    await stack.bot().idle();
    const again = pg.events.slice(since).filter((e) => inChat(e) && e.action !== 'updateMessage' && /Vurdering af mødet/.test(cardText(firstCard(e))));
    assert.equal(again.length, 1);
    assert.equal((await stack.bot().deps.sessions.inChannel(CHAT)).filter((s) => s.round).length, 1);
  });
});
