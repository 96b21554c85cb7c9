import assert from 'node:assert/strict';
import type { AdaptiveCard } from '../../cards/render';
import { useAzurite } from '../support/azurite';
import { converse, type Conversation } from '../support/converse';
import { cardText } from '../support/playground-client';
import { dumpAllTables } from '../support/table-dump';

const METTE = { id: 'user-mette', name: 'Mette Holm' };

/**
 * The setup form, as a conversation in a channel of six: it asks only what the exercise needs,
 * says what the chosen options need against the channel's member count, and refuses "one
 * perspective each" in a channel too small for it. The count read through Teams' paged members is
 * checked over the wire in test/e2e/group-chat.test.ts (chats) and test/bot/text-commands.test.ts
 * (channels).
 */
describe('setup: only what applies, and small-team guardrails', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  let talk: Conversation;

  before(async () => {
    talk = await converse(azurite.connectionString(), 'guard');
  });

  const setup = async (exerciseId: string) => (await talk.as(METTE).click('catalogue.setup', { exerciseId })).reply.card;
  const create = (data: Record<string, unknown>) => talk.as(METTE).click('session.create', { language: 'da', k: '5', ...data });
  const inputIds = (card: AdaptiveCard) => [...JSON.stringify(card).matchAll(/"type":"Input\.\w+","id":"(\w+)"/g)].map((m) => m[1]);
  /** Every row in the account, with its ETag: what a refused setup must leave as it was. */
  const rows = async () =>
    (await dumpAllTables(azurite.connectionString()))
      .filter((r) => r.table === 'teams' || r.table.startsWith('guard'))
      .map((r) => `${r.table}/${r.partitionKey}/${r.rowKey}/${r.etag}`)
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
    const before = await rows();
    const refused = await create({ exerciseId: 'hvem-definerer', title: 'For lille til ét perspektiv hver', k: '3', distribution: 'assigned' });
    assert.equal(refused.reply.outcome, 'teamTooSmall');
    refused.expectPrivate(
      /Øvelsen er ikke startet\. »Hver deltager får ét perspektiv« kræver mindst 10 medlemmer i kanalen, og kanalen har 6\. Hvert perspektiv skal have 3 svar \(anonymitetsgrænsen\), altså 3 × 3 = 9 i alt, og facilitatorens eget svar tæller ikke med\. Vælg i stedet, at alle svarer på alle tre perspektiver\./,
    );
    const card = refused.reply.card;
    assert.ok(inputIds(card).includes('distribution'), 'the form comes back, with the choice to change');
    assert.match(JSON.stringify(card), /"id":"title"[^}]*"value":"For lille til ét perspektiv hver"|"value":"For lille til ét perspektiv hver"[^}]*"id":"title"/, 'what she typed is kept');
    assert.deepEqual(await rows(), before, 'nothing stored');
    assert.equal(talk.thread.threadsStarted.length, 0, 'no thread posted');
    assert.deepEqual(talk.thread.posts, []);
  });

  it('starts everyone-answers-all in the same channel', async () => {
    (await create({ exerciseId: 'hvem-definerer', title: 'Alle svarer på alt', distribution: 'all' })).expectPrivate(/Øvelsen er startet/);
    assert.equal(talk.thread.threadsStarted.length, 1);
  });

  it('asks for the own dilemma only once it is chosen, and writes its two sides on the scale', async () => {
    const first = await setup('dilemmaer');
    assert.ok(!inputIds(first).some((id) => id.startsWith('ft_')), 'no own-dilemma fields before it is chosen');
    assert.ok(!inputIds(first).includes('distribution'));

    const before = await rows();
    const second = (await create({ exerciseId: 'dilemmaer', title: 'Vores eget dilemma', variant: 'own', variantShown: 'd1' })).expectPrivate(
      /Du har valgt »Vores eget dilemma«\. Udfyld felterne til det herunder/,
    );
    assert.deepEqual(
      inputIds(second.reply.card).filter((id) => id.startsWith('ft_')),
      ['ft_ownDilemma', 'ft_ownSideA', 'ft_ownSideB'],
    );
    assert.deepEqual(await rows(), before, 'nothing stored yet');

    (
      await create({
        exerciseId: 'dilemmaer',
        title: 'Vores eget dilemma',
        variant: 'own',
        variantShown: 'own',
        ft_ownDilemma: 'Følger vi planen, eller følger vi barnets lyst?',
        ft_ownSideA: 'Planen går forud',
        ft_ownSideB: 'Barnets lyst går forud',
      })
    ).expectPrivate(/Øvelsen er startet/);
    talk.thread
      .expectRoot(/Vores eget dilemma/)
      .expectRoot(/1 – Planen går forud/)
      .expectRoot(/5 – Barnets lyst går forud/);
    assert.doesNotMatch(cardText(talk.thread.root!), /helt side A|helt side B/);
  });
});
