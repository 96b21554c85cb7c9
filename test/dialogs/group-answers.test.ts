import assert from 'node:assert/strict';
import { useAzurite } from '../support/azurite';
import { EVERYONE, startExercise } from '../support/converse-flow';
import { cardText } from '../support/playground-client';

const [METTE, JONAS, AISHA, LARS, BIRGITTE] = EVERYONE;

/**
 * "Hvilke faggrupper bidrager med hvad?" with group answers, as a conversation of six: the root
 * card's own button for the named contribution, the form that says it is not anonymous, and the
 * summary that shows each group's contribution with its writer next to the anonymous part.
 */
describe('group answers, as a conversation', function () {
  this.timeout(30_000);
  const azurite = useAzurite();

  it('takes one named contribution per group apart from the anonymous answers, and shows it in the summary', async () => {
    const { talk, sessionId, rootCard } = await startExercise(azurite.connectionString(), {
      exerciseId: 'faggrupper',
      title: 'Faggrupper sammen',
      k: '3',
      groups: 'Lærere\nPædagoger\nAdministration',
      groupAnswers: 'joint',
      ft_proposal: 'At alle børn lærer og trives i et trygt fællesskab.',
    });
    assert.match(cardText(rootCard), /Faggruppernes fælles bidrag – ikke anonymt/);
    assert.match(JSON.stringify(rootCard), /"verb":"group\.form"/);
    assert.doesNotMatch(JSON.stringify(rootCard), /"id":"contribution"/, 'the joint questions are not on the anonymous card');
    const act = (who: (typeof EVERYONE)[number], verb: string, data: Record<string, string>) => talk.as(who).click(verb, { sessionId, ...data });

    (await act(AISHA, 'group.form', {})).expectPrivate(/Dette er ikke anonymt\. .*Aisha/).expectPrivate(/Ingen bidrag fra Administration endnu/);
    (await act(AISHA, 'group.contribute', { group: 'Pædagoger', contribution: 'Vi skaber trivsel og fællesskab i frikvartererne.', collaboration: 'Fælles planlægning med lærerne.' })).expectPrivate(
      /Bidraget fra Pædagoger er gemt/,
    );
    (await act(LARS, 'group.contribute', { group: 'Lærere', contribution: '' })).expectPrivate(/Skriv mindst ét af svarene, før du sender\./);
    (await act(LARS, 'group.contribute', { group: 'Lærere', contribution: 'Vi underviser og skaber læring i klassen.' })).expectPrivate(/Bidraget fra Lærere er gemt/);
    for (const [i, who] of [JONAS, AISHA, LARS].entries())
      (await act(who, 'session.answer', { rating: String(3 + (i % 2)), change: 'Mere tid til fællesskab og trivsel.' })).expectPrivate(/dit svar er gemt/);

    await act(METTE, 'session.close', {});
    talk.thread.expectCount(/Opsamling/, 1);
    const summary = talk.thread.text(/Opsamling/);
    assert.match(summary, /Fælles bidrag fra Pædagoger \(med navn\)\nSkrevet af Aisha Rahimi[^\n]* på vegne af Pædagoger\./);
    assert.match(summary, /Vi skaber trivsel og fællesskab i frikvartererne\./);
    assert.match(summary, /Skrevet af Lars Mikkelsen[^\n]* på vegne af Lærere\./);
    assert.match(summary, /Ingen bidrag fra Administration\./);
    assert.match(summary, /3 personer har svaret/);
    (await act(BIRGITTE, 'group.contribute', { group: 'Administration', contribution: 'For sent.' })).expectPrivate(/tager ikke længere imod faggruppernes bidrag/);
  });
});
