import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { ConnectorStandIn, useConnectorStandIn } from '../support/connector-standin';
import {
  executeActivity,
  FACILITATOR,
  installationActivity,
  invoke,
  mentionActivity,
  person,
  postActivity,
  startSession,
  submitActivity,
  TEAM,
  TENANT,
  type Person,
  type StartedSession,
} from '../support/activities';
import { cardText, type Card } from '../support/playground-client';

const COLLEAGUE = person('user-jonas', 'Jonas Kristensen (lærer, TR)');
const HELP_DA = /Sådan bruger du Kernedialog[\s\S]*\*\*luk\*\* – i en øvelses tråd: afslut den åbne fase/;
const HELP_EN = /How to use Kernedialog[\s\S]*\*\*close\*\* – in an exercise's thread: end the open phase/;
const CATALOGUE_DA = /Dialog om kerneopgaven[\s\S]*Start »Hvem definerer kerneopgaven\?«/;
type SayOptions = { from?: Person; conversationId?: string; personal?: boolean; locale?: string };
const CATALOGUE_EN = /Dialogue about the core task[\s\S]*Start “Who defines the core task\?”/;

/**
 * Issue 11, points 2, 5 and 6, through the real HTTP endpoint: the message-command table routes
 * each word, unknown words get the help (not the catalogue), and every card in a team's channel
 * is in the team's language (Danish until a facilitator says "sprog en"), whatever locale the
 * client sends; personal chat follows the locale.
 */
describe("text commands and the team's language", function () {
  this.timeout(60_000);
  const stack = useStack({ playground: false });
  const standIn = useConnectorStandIn();
  const url = () => stack.bot().url;
  let s: StartedSession;

  /** "@Kernedialog <text>" (en-US, as the Playground sends it) in the channel or a thread; the card the bot posted back. */
  async function say(text: string, o: SayOptions = {}): Promise<string> {
    return cardText(await sayCard(text, o));
  }

  async function sayCard(text: string, o: SayOptions = {}): Promise<Card> {
    const since = standIn().calls.length;
    const activity = mentionActivity(text, { serviceUrl: standIn().serviceUrl, from: o.from ?? FACILITATOR, conversationId: o.conversationId, locale: o.locale ?? 'en-US' });
    if (o.personal)
      Object.assign(activity, {
        text,
        entities: [],
        conversation: { conversationType: 'personal', tenantId: TENANT, id: `a:personal-${(o.from ?? FACILITATOR).id}` },
        channelData: { tenant: { id: TENANT } },
      });
    const res = await postActivity(url(), activity);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    await stack.bot().idle();
    const posted = standIn()
      .since(since)
      .filter((c) => c.op === 'replyToActivity' || c.op === 'sendToConversation');
    assert.equal(posted.length, 1, `one answer to "${text}"`);
    return ConnectorStandIn.cardsOf(posted[0])[0] as Card;
  }

  /** Everything a refused command could have changed: the session (with its ETag) and the team's record. */
  async function snapshot(): Promise<string> {
    const { deps } = stack.bot();
    return JSON.stringify({ session: await deps.sessions.get(s.sessionId), team: await deps.teams.get(TEAM) });
  }

  before(async () => {
    s = await startSession(url(), standIn(), { title: 'Sprog og kommandoer', k: '3' });
    await stack.bot().idle();
  });

  it('answers help and hjælp with the commands, in Danish although the client says en-US', async () => {
    for (const word of ['help', 'hjælp', 'HJAELP']) {
      const text = await say(word);
      assert.match(text, HELP_DA, word);
      assert.doesNotMatch(text, /forstod ikke|Dialog om kerneopgaven/, word);
    }
  });

  it('answers a word it does not know with the help, saying so, and not with the catalogue', async () => {
    const text = await say('hvordan virker det?');
    assert.match(text, /^Jeg forstod ikke »hvordan«\. Her er de ord, jeg kender:/);
    assert.match(text, HELP_DA);
    assert.doesNotMatch(text, /Start »/);
  });

  it('answers start and an empty mention with the catalogue', async () => {
    assert.match(await say('start'), CATALOGUE_DA);
    assert.match(await say(''), CATALOGUE_DA);
  });

  it('gives "luk" outside an exercise\'s thread the hint, and changes nothing', async () => {
    const before = await snapshot();
    assert.match(await say('luk'), /Skriv kommandoen som svar i øvelsens tråd/);
    assert.equal(await snapshot(), before);
  });

  it('refuses luk, afslut, close and aflys from a colleague who does not facilitate, and changes nothing', async () => {
    const before = await snapshot();
    for (const word of ['luk', 'afslut', 'close', 'aflys']) {
      assert.match(await say(word, { from: COLLEAGUE, conversationId: s.threadId }), /Kun øvelsens facilitator og medfacilitatorer kan styre den/, word);
    }
    assert.equal(await snapshot(), before, 'storage unchanged, the ETag included');
    assert.equal((await stack.bot().deps.sessions.get(s.sessionId))?.session.phase, 'answer');
  });

  it('routes "luk" and "aflys" in the thread to the facilitator\'s own steps for that exercise', async () => {
    for (const word of ['luk', 'aflys']) {
      const card = await sayCard(word, { conversationId: s.threadId });
      assert.doesNotMatch(cardText(card), /kan styre den\. Spørg|Skriv kommandoen som svar/, word);
      assert.ok(JSON.stringify(card).includes(`"sessionId":"${s.sessionId}"`), `${word}: the card acts on this exercise`);
    }
  });

  it("counts the channel's members through Teams' paged members: ten on pages of four, so the form and a start at k 3 with one perspective each (3 × 3 + 1 = 10) both see all ten", async () => {
    const roster = standIn().members;
    standIn().members = Array.from({ length: 10 }, (_, i) => ({ id: `29:member-${i + 1}`, name: `Medlem ${i + 1}` }));
    standIn().membersPerPage = 4;
    try {
      const since = standIn().calls.length;
      const form = (await invoke(url(), executeActivity('catalogue.setup', { exerciseId: 'hvem-definerer' }, { serviceUrl: standIn().serviceUrl }))).text;
      assert.match(form, /Kanalen har 10 medlemmer\./, form);
      // The form shows the default limit of 5, for which ten are too few for one perspective each.
      assert.match(form, /kanalen skal have mindst 3 × 5 \+ 1 = 16 medlemmer/);
      assert.match(form, /Kanalen er for lille til »Hver deltager får ét perspektiv«: det kræver mindst 16 medlemmer, og kanalen har 10\./);
      const pages = standIn()
        .since(since)
        .filter((c) => c.op === 'pagedMembers');
      assert.equal(pages.length, 3, 'pages of 4, 4 and 2');
      // Exactly enough at k 3: with one member fewer counted, setup would refuse it.
      const started = await startSession(url(), standIn(), { title: 'Ét perspektiv hver', k: '3', distribution: 'assigned' });
      assert.equal((await stack.bot().deps.sessions.get(started.sessionId))?.session.settings.distribution, 'assigned');
    } finally {
      standIn().members = roster;
      standIn().membersPerPage = Infinity;
    }
  });

  it('shows the team\'s language on "sprog", and refuses "sprog en" from a colleague, changing nothing', async () => {
    assert.match(await say('sprog', { from: COLLEAGUE }), /Teamets sprog er dansk\.[\s\S]*@Kernedialog sprog en/);
    const before = await snapshot();
    assert.match(await say('sprog en', { from: COLLEAGUE }), /Kun teamets facilitatorer kan skifte sproget/);
    assert.match(await say('sprog fransk'), /Skriv da for dansk eller en for engelsk/);
    assert.equal(await snapshot(), before, 'the team record unchanged, the ETag included');
  });

  it('after "sprog en" by a facilitator, the channel\'s cards are English, card actions included; "sprog da" turns them back', async () => {
    const setup = () => invoke(url(), executeActivity('catalogue.setup', { exerciseId: 'hvem-definerer' }, { serviceUrl: standIn().serviceUrl, locale: 'en-US' }));
    const before = (await setup()).text;
    assert.match(before, /Opsæt øvelsen/, `a click in the channel follows the team, not the en-US locale: ${before}`);
    assert.match(await say('sprog en'), /A facilitator changed the team's language to English/);
    assert.equal((await stack.bot().deps.teams.get(TEAM))?.language, 'en');
    assert.match(await say('help', { locale: 'da-DK' }), HELP_EN);
    assert.match(await say('start', { locale: 'da-DK' }), CATALOGUE_EN);
    assert.match((await setup()).text, /Set up the exercise/);
    assert.match(await say('language da'), /En facilitator har skiftet teamets sprog til dansk/);
    assert.match(await say('help'), HELP_DA);
  });

  it('lets anyone choose the language of a team where nothing has run yet', async () => {
    const fresh = 'channel-ny';
    const activity = mentionActivity('sprog en', { serviceUrl: standIn().serviceUrl, from: COLLEAGUE, channel: fresh, team: 'team-ny', conversationId: `${fresh};messageid=1`, locale: 'da-DK' });
    assert.equal((await postActivity(url(), activity)).status, 200);
    await stack.bot().idle();
    assert.equal((await stack.bot().deps.teams.get('team-ny'))?.language, 'en');
  });

  it("an exercise started in English stays English, and leaves the team's language alone", async () => {
    const english = await startSession(url(), standIn(), { title: 'In English', k: '3', language: 'en' });
    await stack.bot().idle();
    assert.equal((await stack.bot().deps.sessions.get(english.sessionId))?.session.settings.language, 'en');
    assert.equal((await stack.bot().deps.teams.get(TEAM))?.language ?? 'da', 'da', 'only "sprog" changes the team');
    assert.match(await say('help'), HELP_DA);
  });

  it("answers anything in personal chat with the help in the person's own locale", async () => {
    const en = await say('start', { personal: true, locale: 'en-US' });
    assert.match(en, HELP_EN);
    assert.match(en, /Here in personal chat I only answer with this overview/);
    assert.doesNotMatch(en, /did not understand|Dialogue about the core task/);
    assert.match(await say('hej', { personal: true, locale: 'da-DK' }), HELP_DA);
  });

  it("welcomes a new team in Danish, whatever the installer's locale", async () => {
    const since = standIn().calls.length;
    const res = await postActivity(url(), installationActivity('add', { serviceUrl: standIn().serviceUrl, team: 'team-nyt', locale: 'en-US' }));
    assert.equal(res.status, 200);
    await stack.bot().idle();
    const posted = standIn()
      .since(since)
      .filter((c) => c.op === 'replyToActivity' || c.op === 'sendToConversation');
    const text = cardText(ConnectorStandIn.cardsOf(posted[0])[0] as Card);
    assert.match(text, /Hej fra Kernedialog/);
    assert.match(text, /@Kernedialog hjælp for at se alle kommandoer/);
    assert.doesNotMatch(text, /\bk\b/, 'no literal k');
  });

  it("takes an answer through the Action.Submit fallback (a message with the card's data) and confirms it in the clicker's personal chat, not in the channel", async () => {
    const own = await startSession(url(), standIn(), { title: 'Submit-fallback', k: '3' });
    const since = standIn().calls.length;
    const submit = submitActivity(
      { verb: 'session.answer', sessionId: own.sessionId, formal: 'Via submit' },
      { serviceUrl: standIn().serviceUrl, from: COLLEAGUE, conversationId: own.threadId, replyToId: own.rootId },
    );
    assert.equal((await postActivity(url(), submit)).status, 200);
    await stack.bot().idle();
    assert.equal(await stack.bot().deps.answers.count(own.sessionId), 1);
    const calls = standIn().since(since);
    assert.deepEqual(
      calls.filter((c) => c.op === 'replyToActivity' || c.op === 'sendToConversation').map((c) => c.conversationId),
      [],
      'nothing posted in the channel or the thread',
    );
    const personal = calls.filter((c) => c.op === 'createConversation');
    assert.equal(personal.length, 1, 'one private reply');
    assert.equal(personal[0].body?.isGroup, false);
    assert.deepEqual(
      personal[0].body?.members?.map((m: { id: string }) => m.id),
      [COLLEAGUE.id],
    );
    assert.match(cardText(ConnectorStandIn.cardsOf(personal[0])[0] as Card), /dit svar er gemt/);
  });
});
