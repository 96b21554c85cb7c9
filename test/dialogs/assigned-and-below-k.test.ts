import assert from 'node:assert/strict';
import { useAzurite } from '../support/azurite';
import { converse } from '../support/converse';
import { EVERYONE, startExercise } from '../support/converse-flow';
import { dumpAllTables, rowText } from '../support/table-dump';

const METTE = EVERYONE[0];

/**
 * One perspective each, and a result below k, as conversations. The Action.Submit fallback is
 * about the wire, and is tested there, in test/bot/text-commands.test.ts.
 */
describe('one perspective each, and a result below k', function () {
  this.timeout(30_000);
  const azurite = useAzurite();

  it('refuses one perspective each: six people are fewer than 3 × k = 9 besides the facilitator', async () => {
    // Six members are too few for one perspective each even at the lowest k; the assignment
    // itself is tested below, in a channel of ten.
    const error = await startExercise(azurite.connectionString(), { title: 'Et perspektiv hver', k: '3', distribution: 'assigned' }).catch((err: Error) => err);
    assert.ok(error instanceof Error);
    assert.match(error.message, /kræver mindst 10 medlemmer i kanalen, og kanalen har 6/);
  });

  it('says only that nothing can be shown when fewer than k answered', async () => {
    const { talk, sessionId } = await startExercise(azurite.connectionString(), { title: 'For få svar', k: '5' });
    for (const person of EVERYONE.slice(0, 4)) (await talk.as(person).click('session.answer', { sessionId, formal: 'Hemmeligt svar om læring' })).expectPrivate(/dit svar er gemt/);
    await talk.as(METTE).click('session.close', { sessionId });
    talk.thread.expectCount(/Opsamling/, 1);
    const text = talk.thread.text(/Opsamling/);
    assert.match(text, /færre end 5 svar/i);
    assert.doesNotMatch(text, /Hemmeligt|læring|4/);
  });
});

/** One perspective each needs 3 × k members besides the facilitator: a channel of ten (the facilitator and nine colleagues). */
describe('one perspective each, in a channel of ten', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  const TEN = [METTE, ...['jonas', 'aisha', 'lars', 'birgitte', 'soeren', 'hanne', 'per', 'fatima', 'ole'].map((n) => ({ id: `user-${n}`, name: `Kollega ${n}` }))];

  it('gives each participant one perspective, spread evenly, and the same one when asked again', async () => {
    const talk = await converse(azurite.connectionString(), 'ten', { members: 10, port: { memberNames: async () => TEN.map((p) => p.name) } });
    (await talk.as(METTE).click('session.create', { exerciseId: 'hvem-definerer', title: 'Et perspektiv hver', k: '3', language: 'da', distribution: 'assigned' })).expectPrivate(/Øvelsen er startet/);
    talk.thread.expectRoot(/Du får ét af de tre perspektiver/);
    const sessionId = await talk.sessionId();
    const click = (who: (typeof TEN)[number], verb: string, data: Record<string, unknown>) => talk.as(who).click(verb, { sessionId, ...data });

    const given: string[] = [];
    for (const who of TEN.slice(0, 6)) {
      const form = await click(who, 'session.assign', {});
      const field = JSON.stringify(form.reply.card).match(/"id":"(formal|performed|experienced)"/)?.[1];
      assert.ok(field, form.text);
      form.expectPrivate(/Dit perspektiv: Den (formelle|udførte|oplevede) kerneopgave/);
      const again = await click(who, 'session.assign', {});
      assert.equal(JSON.stringify(again.reply.card).match(/"id":"(formal|performed|experienced)"/)?.[1], field, 'asking twice gives the same perspective');
      const wrong = field === 'formal' ? 'performed' : 'formal';
      assert.match((await click(who, 'session.answer', { [wrong]: 'Et svar på et andet perspektiv' })).text, /Dit svar er tomt/, 'only the assigned perspective is taken');
      (await click(who, 'session.answer', { [field]: 'Vi skaber læring og trivsel for børnene' })).expectPrivate(/dit svar er gemt/);
      given.push(field);
    }
    for (const p of ['formal', 'performed', 'experienced']) assert.equal(given.filter((g) => g === p).length, 2, `two people got ${p}: ${given}`);

    // What a storage administrator can read while it is open: no participant's id or name, assigned
    // or not (docs/anonymity.md). An Actor here has no AAD id; that part is checked over the wire,
    // where Teams sends one, in test/anonymity/no-identifiers.test.ts.
    for (const row of await dumpAllTables(azurite.connectionString())) {
      const text = rowText(row).replace(/"facilitator":\{"id":"user-mette","name":"Mette Holm"\}/, '');
      for (const who of TEN) for (const id of [who.id, who.name]) assert.ok(!text.includes(id), `${row.table}/${row.rowKey} holds ${id}`);
    }

    // Two texts per perspective is below k = 3: no perspective may show anything.
    await click(METTE, 'session.close', {});
    talk.thread.expectCount(/Opsamling/, 1);
    const summary = talk.thread.text(/Opsamling/);
    assert.match(summary, /6 personer har svaret/, summary);
    assert.equal(summary.match(/Vises ikke af hensyn til anonymiteten/g)?.length, 3, summary);
    assert.doesNotMatch(summary, /bruger ikke de samme ord/, 'no comparison is drawn from hidden perspectives');
    assert.doesNotMatch(summary, /læring og trivsel/);
  });
});
