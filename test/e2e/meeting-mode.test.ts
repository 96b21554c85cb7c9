import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runColleagues } from '../../scripts/colleagues/run';
import { until } from '../support/until';
import { useStack } from '../support/kernedialog-stack';
import { cardText, firstCard, type StreamEvent } from '../support/playground-client';

/** The Playground's group chat "Ledelsesteam" (playground/.m365agentsplayground.yml). */
const CHAT = 'group-chat-ledelse';

/**
 * The README's "I et møde" through the real Playground (issue 17, point 2): the bot's clock is
 * moved past the answers' minutes instead of waiting them out, and its own deadline watcher,
 * looking every half second here, closes them with nobody pressing anything.
 */
describe("meeting mode in the Playground's group chat", function () {
  this.timeout(90_000);
  let clock: Date | undefined;
  const stack = useStack({ env: { DEADLINE_CHECK_MS: '500' }, now: () => clock ?? new Date() });
  const dataDir = mkdtempSync(join(tmpdir(), 'kd-meeting-'));
  // What `npm start` writes for the colleagues script (scripts/start.ts).
  before(() => writeFileSync(join(dataDir, 'endpoints.json'), JSON.stringify({ storage: stack.azurite().connectionString, playground: stack.playground().baseUrl })));

  it('guides the facilitator, closes the answers at their minute by itself, and goes from the summary straight to the result', async () => {
    const pg = stack.playground();
    const inChat = (e: StreamEvent) => e.actionConversationId === CHAT;
    await pg.mention('start', CHAT);
    const catalogue = await pg.waitFor((e) => inChat(e) && !!firstCard(e));
    assert.match(cardText(await pg.execute('user-mette', CHAT, catalogue.message.messageId, 'catalogue.setup', { exerciseId: 'hvem-definerer' })), /Til et møde/);

    const before = pg.events.length;
    const started = Date.now();
    const guide = await pg.execute('user-mette', CHAT, catalogue.message.messageId, 'session.create', {
      exerciseId: 'hvem-definerer',
      title: 'Ledelsesmødet',
      k: '3',
      language: 'da',
      distribution: 'all',
      pace: 'meeting',
      answerMinutes: '5',
      skipToResult: 'true',
    });
    assert.match(cardText(guide), /Din mødeguide: Ledelsesmødet\n[\s\S]*1\. Svar – 5 min\.[\s\S]*4\. Resultat – når I er enige/);
    const posted = await pg.waitFor((e) => inChat(e) && e.action !== 'updateMessage' && /Ledelsesmødet/.test(cardText(firstCard(e))), { since: before });
    const card = posted.message.messageId;
    const sessionId = (firstCard(posted)!.actions as { data?: { sessionId?: string } }[]).find((a) => a.data?.sessionId)?.data?.sessionId;
    assert.ok(sessionId);
    // The README's step: `npm run colleagues` finds the exercise in the chat by itself.
    await until('the card stored with its session', async () => Boolean((await stack.bot().deps.sessions.get(sessionId))?.session.place.rootActivityId));
    let output = '';
    const code = await runColleagues(dataDir, [], (line) => (output += `${line}\n`));
    assert.equal(code, 0, output);
    assert.match(output, /Ledelsesmødet/);
    assert.match(output, /Fasen lukker af sig selv/);
    assert.equal(await stack.bot().deps.answers.count(sessionId, 'answer'), 5);

    // Five minutes pass in the bot's clock; the watcher's next look closes the answers.
    const since = pg.events.length;
    clock = new Date(started + 5 * 60_000 + 1_000);
    const summary = await pg.waitFor((e) => inChat(e) && e.action !== 'updateMessage' && /Opsamling: Ledelsesmødet/.test(cardText(firstCard(e))), { since, timeoutMs: 20_000 });
    assert.match(cardText(firstCard(summary)), /^Hører til øvelsen »Ledelsesmødet«\n/);
    // The discussion guide goes to her personal chat (createConversation), which the Playground's
    // event stream does not show; test/dialogs/meeting-mode.test.ts reads it. Here: it was not refused.
    await pg.waitFor((e) => e.action === 'updateMessage' && e.message.messageId === card, { since });
    assert.ok(
      stack.logs.some((l) => l.msg === 'session started'),
      'info lines are kept, so a refused guide would show',
    );
    assert.ok(!stack.logs.some((l) => l.msg === 'meeting guide not delivered'));
    await pg.waitFor((e) => e.action === 'updateMessage' && e.message.messageId === card && /Det aftalte resultat/.test(cardText(firstCard(e))), { since });

    assert.match(cardText(await pg.execute('user-mette', CHAT, card, 'session.close', { sessionId })), /Skriv det aftalte resultat/);
    const saved = await pg.execute('user-mette', CHAT, card, 'session.result', { sessionId, formulation: 'Vi tager forældrekontakten op hver mandag.' });
    assert.match(cardText(saved), /Resultatet er gemt/);
    await pg.waitFor((e) => inChat(e) && /Resultat: Ledelsesmødet/.test(cardText(firstCard(e))), { since });
    assert.deepEqual(
      stack.logs.filter((l) => l.level === 'error').map((l) => l.msg),
      [],
    );
  });
});
