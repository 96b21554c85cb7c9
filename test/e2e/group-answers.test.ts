import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { cardText, firstCard } from '../support/playground-client';
import { startExercise } from '../support/session-flow';

/**
 * "Hvilke faggrupper bidrager med hvad?" with group answers, through the real Agents Playground:
 * the root card's own button for the named contribution, the form that says it is not anonymous,
 * and the summary that shows each group's contribution with its writer next to the anonymous part.
 */
describe('group answers through the Playground', function () {
  this.timeout(120_000);
  const stack = useStack();

  it('takes one named contribution per group apart from the anonymous answers, and shows it in the summary', async () => {
    const pg = stack.playground();
    const s = await startExercise(pg, {
      exerciseId: 'faggrupper',
      title: 'Faggrupper sammen',
      k: '3',
      groups: 'Lærere\nPædagoger\nAdministration',
      groupAnswers: 'joint',
      ft_proposal: 'At alle børn lærer og trives i et trygt fællesskab.',
    });
    const root = cardText(s.rootCard);
    assert.match(root, /Faggruppernes fælles bidrag – ikke anonymt/);
    assert.match(JSON.stringify(s.rootCard), /"verb":"group\.form"/);
    assert.doesNotMatch(JSON.stringify(s.rootCard), /"id":"contribution"/, 'the joint questions are not on the anonymous card');
    const act = (who: string, verb: string, data: Record<string, string>) => pg.execute(who, s.thread, s.root, verb, { sessionId: s.sessionId, ...data });

    const form = cardText(await act('user-aisha', 'group.form', {}));
    assert.match(form, /Dette er ikke anonymt\. .*Aisha/);
    assert.match(form, /Ingen bidrag fra Administration endnu/);
    assert.match(
      cardText(
        await act('user-aisha', 'group.contribute', { group: 'Pædagoger', contribution: 'Vi skaber trivsel og fællesskab i frikvartererne.', collaboration: 'Fælles planlægning med lærerne.' }),
      ),
      /Bidraget fra Pædagoger er gemt/,
    );
    assert.match(cardText(await act('user-lars', 'group.contribute', { group: 'Lærere', contribution: '' })), /Skriv mindst ét af svarene, før du sender\./);
    assert.match(cardText(await act('user-lars', 'group.contribute', { group: 'Lærere', contribution: 'Vi underviser og skaber læring i klassen.' })), /Bidraget fra Lærere er gemt/);
    for (const [i, who] of ['user-jonas', 'user-aisha', 'user-lars'].entries())
      assert.match(cardText(await act(who, 'session.answer', { rating: String(3 + (i % 2)), change: 'Mere tid til fællesskab og trivsel.' })), /dit svar er gemt/);

    const since = pg.events.length;
    await act('user-mette', 'session.close', {});
    const summary = cardText(firstCard(await pg.waitFor((e) => e.actionConversationId === s.thread && e.action !== 'updateMessage' && /Opsamling/.test(cardText(firstCard(e))), { since })));
    assert.match(summary, /Fælles bidrag fra Pædagoger \(med navn\)\nSkrevet af Aisha Rahimi[^\n]* på vegne af Pædagoger\./);
    assert.match(summary, /Vi skaber trivsel og fællesskab i frikvartererne\./);
    assert.match(summary, /Skrevet af Lars Mikkelsen[^\n]* på vegne af Lærere\./);
    assert.match(summary, /Ingen bidrag fra Administration\./);
    assert.match(summary, /3 personer har svaret/);
    assert.match(cardText(await act('user-birgitte', 'group.contribute', { group: 'Administration', contribution: 'For sent.' })), /tager ikke længere imod faggruppernes bidrag/);
  });
});
