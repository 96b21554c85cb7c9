import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BOT, FACILITATOR, mentionActivity, person, postActivity, TENANT, type Person } from '../support/activities';
import { ConnectorStandIn, useConnectorStandIn } from '../support/connector-standin';
import { useStack } from '../support/kernedialog-stack';
import { until } from '../support/until';
import { cardText } from '../support/playground-client';

const CHAT = '19:meeting_MjdhNjM4YzUtYzExZi00OTFkLWFkODAtODNlN2U5ZWU0ZmFh@thread.v2';
const OTHER = '19:meeting_aW5nZW4gaGFyIHNsw6V0IGRlbiB0aWw@thread.v2';
const TITLE = 'Personalemøde i 3. klasse';
const MEETING_ID = 'MCMxOTptZWV0aW5nX01qZGhOak00WXpVdFl6RXhaaTAwT1RGa0xXRmtPREF0T0ROc@thread.v2';

/** A group or meeting chat as Teams shows it to the bot: no team, no channel. */
const chatOf = (chat: string) => ({ conversation: { isGroup: true, conversationType: 'groupChat', tenantId: TENANT, id: chat }, channelData: { tenant: { id: TENANT } } });

/** Teams' meeting end, as the docs show it: an event in the meeting's chat, the meeting in `value` and channelData. */
function meetingEnd(serviceUrl: string, chat: string, endTime: string, value: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'event',
    name: 'application/vnd.microsoft.meetingEnd',
    id: randomUUID(),
    from: { id: 'user-organiser', name: 'Organiser', aadObjectId: 'aad-organiser' },
    recipient: BOT,
    serviceUrl,
    channelId: 'msteams',
    ...chatOf(chat),
    channelData: { tenant: { id: TENANT }, meeting: { id: MEETING_ID } },
    value: { Id: MEETING_ID, MeetingType: 'Recurring', JoinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(chat)}/0`, Title: TITLE, EndTime: endTime, ...value },
  };
}

/**
 * The meeting end through the real endpoint (issue 17, point 3): the event reaches the bot over
 * HTTP like any activity, and what the bot then sends Teams is what the connector stand-in records.
 */
describe('meeting end on the wire: the meeting rating posted in the meeting chat', function () {
  this.timeout(60_000);
  const stack = useStack({ playground: false });
  const standIn = useConnectorStandIn();
  const say = (serviceUrl: string, chat: string, text: string, from: Person = FACILITATOR) =>
    postActivity(stack.bot().url, { ...mentionActivity(text, { serviceUrl, from }), ...chatOf(chat), locale: 'da-DK' });
  const posts = (s: ConnectorStandIn, since: number, chat: string) => s.since(since).filter((c) => c.method === 'POST' && c.op !== 'pagedMembers' && c.conversationId === chat);

  it('switched on by a message, the meeting end posts one rating card in the chat; the redelivered event posts nothing', async () => {
    const s = standIn();
    let since = s.calls.length;
    assert.ok((await say(s.serviceUrl, CHAT, 'mødevurdering til 6')).status < 300);
    await until('the answer to the command', () => posts(s, since, CHAT).length === 1);
    assert.match(cardText(ConnectorStandIn.cardsOf(posts(s, since, CHAT)[0])[0]), /Mødevurderingen er slået til.*åben i 6 timer/s);

    since = s.calls.length;
    const ended = new Date(Date.now() - 60_000).toISOString().replace(/\.\d{3}Z$/, '.4388966Z');
    const event = meetingEnd(s.serviceUrl, CHAT, ended);
    assert.ok((await postActivity(stack.bot().url, event)).status < 300);
    await stack.bot().idle();
    const sent = posts(s, since, CHAT);
    assert.equal(sent.length, 1, 'one card in the chat');
    const card = cardText(ConnectorStandIn.cardsOf(sent[0])[0]);
    assert.match(card, /Vurdering af mødet/);
    assert.doesNotMatch(card, new RegExp(TITLE), "the meeting's title is not put on the card");
    const [round] = (await stack.bot().deps.sessions.inChannel(CHAT)).filter((x) => x.round);
    assert.equal(round.settings.deadline, new Date(Date.parse(ended) - (Date.parse(ended) % 1000) + 6 * 3_600_000).toISOString());

    since = s.calls.length;
    assert.ok((await postActivity(stack.bot().url, { ...event, id: randomUUID() })).status < 300);
    await stack.bot().idle();
    assert.deepEqual(posts(s, since, CHAT), [], 'a redelivered meeting end opens no second round');

    // A non-facilitator cannot switch it off.
    since = s.calls.length;
    await say(s.serviceUrl, CHAT, 'mødevurdering fra', person('user-lars'));
    await until('the refusal', () => posts(s, since, CHAT).length === 1);
    assert.match(cardText(ConnectorStandIn.cardsOf(posts(s, since, CHAT)[0])[0]), /Kun chattens facilitatorer/);
  });

  it('a meeting end where nobody switched the rating on, or a broken one, is answered, posts nothing and logs nothing that names the meeting, the chat or anyone', async () => {
    const s = standIn();
    const since = s.calls.length;
    const logged = stack.logs.length;
    const now = new Date().toISOString();
    for (const event of [
      meetingEnd(s.serviceUrl, OTHER, now),
      meetingEnd(s.serviceUrl, OTHER, now, { EndTime: undefined, Title: undefined }),
      { ...meetingEnd(s.serviceUrl, OTHER, now), value: 'x' },
    ]) {
      const res = await postActivity(stack.bot().url, event);
      assert.ok(res.status < 300, `HTTP ${res.status}`);
    }
    await stack.bot().idle();
    assert.deepEqual(
      s.since(since).filter((c) => c.method !== 'GET'),
      [],
    );
    const lines = JSON.stringify(stack.logs.slice(logged));
    for (const secret of [OTHER, 'meeting_', MEETING_ID, TITLE, 'organiser', 'meetup-join']) assert.ok(!lines.includes(secret), `the log names ${secret}: ${lines}`);
    assert.ok(
      stack.logs.slice(logged).some((l) => l.msg === 'meeting end ignored: no meeting rating is switched on there'),
      'the fixed debug line',
    );
    assert.ok(!stack.logs.slice(logged).some((l) => l.level === 'error' || l.level === 'warn'), lines);
  });
});
