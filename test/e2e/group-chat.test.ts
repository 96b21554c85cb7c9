import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { cardText, firstCard, type StreamEvent } from '../support/playground-client';

/** The Playground's group chat (playground/.m365agentsplayground.yml): Mette and the mock team's five. */
const CHAT = 'group-chat-ledelse';
const EVERYONE = ['user-mette', 'user-jonas', 'user-aisha', 'user-lars', 'user-birgitte', 'user-soeren'];
const ANSWER = { formal: 'Eleverne skal lære og trives.', performed: 'Vi underviser og løser konflikter.', experienced: 'Forældrene oplever travlhed.' };

/**
 * An exercise in a group chat, end to end through the Playground (issue 17, point 1): the chat has
 * no threads, so the card is a message in the chat, updated in place, and the summary is a new
 * message that names the exercise and answers the card.
 */
describe("group chat: an exercise in the Playground's group chat", function () {
  this.timeout(90_000);
  const stack = useStack();

  it('starts from "@Kernedialog start" in the chat, counts the chat\'s six members, and posts the summary as a new message naming the exercise', async () => {
    const pg = stack.playground();
    const inChat = (e: StreamEvent) => e.actionConversationId === CHAT;
    await pg.mention('start', CHAT);
    const catalogue = await pg.waitFor((e) => inChat(e) && !!firstCard(e));

    const setup = await pg.execute('user-mette', CHAT, catalogue.message.messageId, 'catalogue.setup', { exerciseId: 'hvem-definerer' });
    assert.match(cardText(setup), /Chatten har 6 medlemmer/);
    assert.match(cardText(setup), /Start øvelsen i chatten/);

    const before = pg.events.length;
    const started = await pg.execute('user-mette', CHAT, catalogue.message.messageId, 'session.create', {
      exerciseId: 'hvem-definerer',
      title: 'Ledelsesmødet',
      k: '3',
      language: 'da',
      distribution: 'all',
    });
    assert.match(cardText(started), /"Ledelsesmødet" er lagt i chatten/);
    const posted = await pg.waitFor((e) => inChat(e) && e.action !== 'updateMessage' && /Ledelsesmødet/.test(cardText(firstCard(e))), { since: before });
    const card = posted.message.messageId;
    const sessionId = (firstCard(posted)!.actions as { data?: { sessionId?: string } }[]).find((a) => a.data?.sessionId)?.data?.sessionId;
    assert.ok(sessionId, 'the card carries its session id');

    for (const who of EVERYONE.slice(1, 4)) assert.match(cardText(await pg.execute(who, CHAT, card, 'session.answer', { sessionId, ...ANSWER })), /Opsamlingen kommer i chatten/);
    // The card is updated in place: the same message, now saying at least 3 have answered.
    await pg.waitFor((e) => e.action === 'updateMessage' && e.message.messageId === card && /[Mm]indst 3/.test(cardText(firstCard(e))), { since: before });

    const statusSent = await pg.mention('status', CHAT);
    const status = await pg.waitFor((e) => inChat(e) && e.message.messageId !== statusSent.messageId && /Åbne øvelser i chatten/.test(cardText(firstCard(e))), { since: before });
    assert.match(cardText(firstCard(status)), /Ledelsesmødet – Svarrunde: Mindst 3 svar/);

    const since = pg.events.length;
    await pg.execute('user-mette', CHAT, card, 'session.close', { sessionId });
    const summary = await pg.waitFor((e) => inChat(e) && e.action !== 'updateMessage' && /Opsamling: Ledelsesmødet/.test(cardText(firstCard(e))), { since });
    assert.notEqual(summary.message.messageId, card, 'the summary is a new message, not the card');
    assert.match(cardText(firstCard(summary)), /^Hører til øvelsen »Ledelsesmødet«\n/);
    // The Playground keeps a message's replyToId to itself; test/bot/group-chat-wire.test.ts asserts it on the wire.
    await pg.waitFor((e) => e.action === 'updateMessage' && e.message.messageId === card && /[Ff]orslag/.test(cardText(firstCard(e))), { since });

    // "aflys" in the chat needs no thread: it asks about the chat's open exercise.
    const asked = await pg.mention('aflys', CHAT);
    await pg.waitFor((e) => inChat(e) && e.message.messageId !== asked.messageId && /ikke lagt flere resultater i chatten/.test(cardText(firstCard(e))), { since });

    // The chat's data, language and installation are its own, as a team's are.
    const [stored] = await stack.bot().deps.sessions.inChannel(CHAT);
    assert.deepEqual([stored?.place.kind, stored?.place.teamId], ['chat', CHAT]);
    assert.deepEqual(
      stack.logs.filter((l) => l.level === 'error').map((l) => l.msg),
      [],
    );
  });
});
