import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { cardText, firstCard } from '../support/playground-client';
import { startExercise } from '../support/session-flow';
import { until } from '../support/until';

async function customActivity(baseUrl: string, conversationId: string, type: 'install' | 'uninstall'): Promise<void> {
  const template = await (await fetch(`${baseUrl}/_internal/v1/customActivities/template?conversationId=${conversationId}&type=${type}`)).json();
  const res = await fetch(`${baseUrl}/_internal/v1/customActivities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(template) });
  assert.equal(res.status, 200);
}

describe('lifecycle: install, personal chat, status, uninstall', function () {
  this.timeout(60_000);
  let clock = new Date();
  const stack = useStack({ now: () => clock });

  it("posts a welcome card in the team's language (Danish, though the Playground says en-US) when installed in a team", async () => {
    const pg = stack.playground();
    const since = pg.events.length;
    await customActivity(pg.baseUrl, 'team-skovbakke', 'install');
    const welcome = await pg.waitFor((e) => /Hej fra Kernedialog/.test(cardText(firstCard(e))), { since });
    const text = cardText(firstCard(welcome));
    assert.match(text, /når mindst så mange har svaret, som facilitatoren har valgt/);
    assert.match(text, /@Kernedialog start/);
  });

  it("helps in personal chat, in the person's own locale, whatever is written", async () => {
    const pg = stack.playground();
    const since = pg.events.length;
    await pg.mention('hjælp', 'personal-chat-mette');
    const help = cardText(firstCard(await pg.waitFor((e) => e.actionConversationId.startsWith('personal-chat-mette'), { since })));
    assert.match(help, /How to use Kernedialog/);
    assert.match(help, /\*\*close\*\* – in an exercise's thread: end the open phase/);
    assert.match(help, /Here in personal chat I only answer with this overview/);
  });

  it('offers the team\'s language for a new exercise: Danish until a facilitator says "sprog en", whatever one exercise was run in', async () => {
    const pg = stack.playground();
    const languageOffered = async () => {
      const sent = await pg.mention('start');
      const catalogue = await pg.waitFor((e) => e.actionConversationId === sent.postConversationId && !!firstCard(e));
      const setup = await pg.execute('user-mette', sent.postConversationId, catalogue.message.messageId, 'catalogue.setup', { exerciseId: 'hvem-definerer' });
      return findInput(setup, 'language')?.value;
    };
    assert.equal(await languageOffered(), 'da', 'the Playground says en-US, but the team starts Danish');
    await startExercise(pg, { title: 'På engelsk', language: 'en' });
    assert.equal(await languageOffered(), 'da', 'one exercise in English does not change the team (BRIEF, Language)');
    const sent = await pg.mention('sprog en');
    await pg.waitFor((e) => e.actionConversationId === sent.postConversationId && /changed the team's language/.test(cardText(firstCard(e))));
    assert.equal(await languageOffered(), 'en');
    const back = await pg.mention('sprog da');
    await pg.waitFor((e) => e.actionConversationId === back.postConversationId && /skiftet teamets sprog/.test(cardText(firstCard(e))));
  });

  it('shows the channel\'s catalogue and help in the team\'s language: Danish, English after "sprog en" by a facilitator', async () => {
    const pg = stack.playground();
    const answer = async (text: string) => {
      const sent = await pg.mention(text);
      return cardText(firstCard(await pg.waitFor((e) => e.actionConversationId === sent.postConversationId && !!firstCard(e))));
    };
    assert.match(await answer('start'), /Dialog om kerneopgaven[\s\S]*Start »Hvem definerer kerneopgaven\?«/);
    assert.match(await answer('help'), /Sådan bruger du Kernedialog/);
    assert.match(await answer('sprog en'), /A facilitator changed the team's language to English/);
    assert.match(await answer('start'), /Dialogue about the core task[\s\S]*Start “Who defines the core task\?”/);
    assert.match(await answer('hjælp'), /How to use Kernedialog/);
    assert.match(await answer('sprog da'), /En facilitator har skiftet teamets sprog til dansk/);
  });

  it('lists the open sessions of the channel on "status"', async () => {
    const pg = stack.playground();
    await startExercise(pg, { title: 'Status-øvelse', k: '3', deadlineDate: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) });
    const since = pg.events.length;
    const sent = await pg.mention('status');
    const status = await pg.waitFor((e) => e.actionConversationId === sent.postConversationId, { since });
    assert.match(cardText(firstCard(status)), /Status-øvelse – Svarrunde: Færre end 3 svar indtil videre/);
    assert.match(cardText(firstCard(status)), /\[Åbn tråden\]\(https:\/\/teams.microsoft.com\/l\/message\/channel-kerneopgave\/\d+\?tenantId=/);
  });

  it('posts nothing proactively after it is uninstalled, but still ends the answers at the deadline', async () => {
    const pg = stack.playground();
    await customActivity(pg.baseUrl, 'team-skovbakke', 'uninstall');
    await until('the uninstall stored', async () => !(await stack.bot().deps.teams.isInstalled('team-skovbakke')), 10_000);
    const since = pg.events.length;
    clock = new Date(Date.now() + 3 * 86_400_000);
    await stack.bot().checkAgain();
    assert.deepEqual(
      pg.events.slice(since).map((e) => cardText(firstCard(e)).slice(0, 60)),
      [],
    );
    const ended = stack.logs.filter((l) => l.msg === 'phase ended' && l.phase === 'answer');
    assert.equal(ended.length, 1, 'the deadline still ended the answers');
    assert.equal(stack.logs.filter((l) => l.msg === 'summary withheld: the app is not in the team').length, 1);
    assert.deepEqual(
      stack.logs.filter((l) => l.level === 'error').map((l) => l.msg),
      [],
    );
  });
});

function findInput(node: unknown, id: string): { value?: unknown } | undefined {
  if (Array.isArray(node)) return node.map((n) => findInput(n, id)).find(Boolean);
  if (!node || typeof node !== 'object') return undefined;
  const o = node as Record<string, unknown>;
  if (o.id === id && String(o.type).startsWith('Input.')) return o;
  return Object.values(o)
    .map((v) => findInput(v, id))
    .find(Boolean);
}
