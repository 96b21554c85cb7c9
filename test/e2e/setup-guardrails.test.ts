import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { CHANNEL, cardText, firstCard, type Card } from '../support/playground-client';
import { dumpAllTables } from '../support/table-dump';

/**
 * The setup form through the real Agents Playground, whose mock team has six people: it asks only
 * what the exercise needs, reads the channel's member count (paged members) and says what the
 * chosen options need; "one perspective each" is refused in a channel too small for it.
 */
describe('setup: only what applies, and small-team guardrails', function () {
  this.timeout(60_000);
  const stack = useStack();
  let catalogue: { conversation: string; message: string };

  before(async () => {
    const pg = stack.playground();
    const sent = await pg.mention('start');
    const event = await pg.waitFor((e) => e.actionConversationId === sent.postConversationId && !!firstCard(e));
    catalogue = { conversation: sent.postConversationId, message: event.message.messageId };
  });

  const setup = (exerciseId: string) => stack.playground().execute('user-mette', catalogue.conversation, catalogue.message, 'catalogue.setup', { exerciseId });
  const create = (data: Record<string, unknown>) => stack.playground().execute('user-mette', catalogue.conversation, catalogue.message, 'session.create', { language: 'da', k: '5', ...data });
  const inputIds = (card: Card) => [...JSON.stringify(card).matchAll(/"type":"Input\.\w+","id":"(\w+)"/g)].map((m) => m[1]);
  const sessionRows = async () =>
    (await dumpAllTables(stack.azurite().connectionString))
      .filter((r) => r.table === 'sessions')
      .map((r) => `${r.partitionKey}/${r.rowKey}/${r.etag}`)
      .sort();

  it('shows the channel member count and the smallest team each option needs, with numbers', async () => {
    const text = cardText(await setup('hvem-definerer'));
    assert.match(text, /Kanalen har 6 medlemmer\./, text);
    assert.match(text, /Med en anonymitetsgrænse på 5 vises resultaterne først, når mindst 5 har svaret\./);
    assert.match(text, /facilitatorens eget svar tæller ikke med, så kanalen skal have mindst 3 × 5 \+ 1 = 16 medlemmer/);
    assert.match(text, /Kanalen er for lille til »Hver deltager får ét perspektiv«: det kræver mindst 16 medlemmer, og kanalen har 6\./);

    const groups = cardText(await setup('faggrupper'));
    assert.match(groups, /Med en anonymitetsgrænse på 5 skal hver faggruppe have mindst 5 svar for at blive vist for sig\./);
    assert.match(groups, /Med en grænse på 5 kan højst 1 af faggrupperne få svar nok/);
    assert.doesNotMatch(groups, /Hvem svarer på hvad/, 'no perspectives in this exercise');
  });

  it('refuses one perspective each in the six-person channel, says why and what to do, and stores nothing', async () => {
    const before = await sessionRows();
    const since = stack.playground().events.length;
    const card = await create({ exerciseId: 'hvem-definerer', title: 'For lille til ét perspektiv hver', k: '3', distribution: 'assigned' });
    const text = cardText(card);
    assert.match(
      text,
      /Øvelsen er ikke startet\. »Hver deltager får ét perspektiv« kræver mindst 10 medlemmer i kanalen, og kanalen har 6\. Hvert perspektiv skal have 3 svar \(anonymitetsgrænsen\), altså 3 × 3 = 9 i alt, og facilitatorens eget svar tæller ikke med\. Vælg i stedet, at alle svarer på alle tre perspektiver\./,
      text,
    );
    assert.ok(inputIds(card).includes('distribution'), 'the form comes back, with the choice to change');
    assert.match(JSON.stringify(card), /"id":"title"[^}]*"value":"For lille til ét perspektiv hver"|"value":"For lille til ét perspektiv hver"[^}]*"id":"title"/, 'what she typed is kept');
    await stack.bot().idle();
    assert.deepEqual(await sessionRows(), before, 'nothing stored');
    assert.deepEqual(
      stack
        .playground()
        .events.slice(since)
        .filter((e) => e.actionConversationId === CHANNEL && e.action !== 'updateMessage')
        .map((e) => cardText(firstCard(e))),
      [],
      'no thread posted',
    );
    assert.ok(stack.logs.some((l) => l.msg === 'card action' && l.verb === 'session.create' && l.outcome === 'teamTooSmall'));
  });

  it('starts everyone-answers-all in the same channel', async () => {
    const started = cardText(await create({ exerciseId: 'hvem-definerer', title: 'Alle svarer på alt', distribution: 'all' }));
    assert.match(started, /Øvelsen er startet/, started);
  });

  it('asks for the own dilemma only once it is chosen, and writes its two sides on the scale', async () => {
    const first = await setup('dilemmaer');
    assert.ok(!inputIds(first).some((id) => id.startsWith('ft_')), 'no own-dilemma fields before it is chosen');
    assert.ok(!inputIds(first).includes('distribution'));

    const before = await sessionRows();
    const second = await create({ exerciseId: 'dilemmaer', title: 'Vores eget dilemma', variant: 'own', variantShown: 'd1' });
    assert.match(cardText(second), /Du har valgt »Vores eget dilemma«\. Udfyld felterne til det herunder/);
    assert.deepEqual(
      inputIds(second).filter((id) => id.startsWith('ft_')),
      ['ft_ownDilemma', 'ft_ownSideA', 'ft_ownSideB'],
    );
    assert.deepEqual(await sessionRows(), before, 'nothing stored yet');

    const since = stack.playground().events.length;
    const started = await create({
      exerciseId: 'dilemmaer',
      title: 'Vores eget dilemma',
      variant: 'own',
      variantShown: 'own',
      ft_ownDilemma: 'Følger vi planen, eller følger vi barnets lyst?',
      ft_ownSideA: 'Planen går forud',
      ft_ownSideB: 'Barnets lyst går forud',
    });
    assert.match(cardText(started), /Øvelsen er startet/);
    const root = firstCard(await stack.playground().waitFor((e) => e.actionConversationId === CHANNEL && cardText(firstCard(e)).includes('Vores eget dilemma'), { since }))!;
    assert.match(cardText(root), /1 – Planen går forud/);
    assert.match(cardText(root), /5 – Barnets lyst går forud/);
    assert.doesNotMatch(cardText(root), /helt side A|helt side B/);
  });
});
