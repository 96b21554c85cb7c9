import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { cardText } from '../support/playground-client';
import { runToResult, startExercise } from '../support/session-flow';

const RESULT = { formulation: 'Det er vores fælles aftale.', action1: 'Tag det op på næste personalemøde', who1: 'Jonas' };

/** The exercises with setup choices (groups, dilemmas, routes) and the one that starts with proposals. */
describe('more exercises, from setup to the agreed result', function () {
  this.timeout(120_000);
  const stack = useStack();

  it('Hvilke faggrupper bidrager med hvad? summarises per group and keeps small groups hidden', async () => {
    const pg = stack.playground();
    const s = await startExercise(pg, { exerciseId: 'faggrupper', title: 'Faggrupperne', k: '3', groups: 'Lærere\nPædagoger\nAdministration', ft_proposal: 'At alle børn lærer og trives i et trygt fællesskab.' });
    assert.match(cardText(s.rootCard), /At alle børn lærer og trives i et trygt fællesskab\./);
    assert.match(JSON.stringify(s.rootCard), /"title":"Administration","value":"Administration"/, 'participants choose among the facilitator\'s groups');
    const teacher = { rating: '4', group: 'Lærere', contribution: 'Vi underviser og skaber læring i klassen.', collaboration: 'Fælles planlægning med pædagogerne.' };
    const pedagogue = { rating: '3', group: 'Pædagoger', contribution: 'Vi skaber trivsel og fællesskab i frikvartererne.', collaboration: 'Fælles planlægning med lærerne.' };
    const { summary, result } = await runToResult(pg, s, { answers: [teacher, pedagogue], proposals: ['Fælles planlægningsmøde hver uge', 'Pædagoger med i teamsamtaler'], result: RESULT });
    assert.ok(summary);
    assert.match(summary, /Lærere\n3 personer/);
    assert.match(summary, /Pædagoger\n3 personer/);
    assert.match(summary, /Administration er lagt sammen i Øvrige faggrupper, men der er færre end 3 personer her, så intet vises./, 'the empty group is named among the pooled ones, like any group not shown');
    assert.match(summary, /planlægning/);
    assert.match(result, /Tag det op på næste personalemøde – ansvarlig: Jonas/);
  });

  it('Dilemmaer shows the chosen dilemma, the spread of positions and the reasons', async () => {
    const pg = stack.playground();
    const own = await startExercise(pg, { exerciseId: 'dilemmaer', title: 'Eget uden tekst', variant: 'own' }).catch((err: Error) => err);
    assert.ok(own instanceof Error, 'an own dilemma must be described');
    const s = await startExercise(pg, { exerciseId: 'dilemmaer', title: 'Hjælp eller selvhjælp', k: '3', variant: 'd5' });
    assert.match(cardText(s.rootCard), /Selvhjulpenhed eller omsorg/);
    const { summary } = await runToResult(pg, s, {
      answers: [{ position: '2', reason: 'Borgeren skal kunne klare sig selv længere.' }, { position: '4', reason: 'Vi skal lytte til, hvad borgeren selv ønsker.' }, { position: '2', reason: 'Selvhjulpenhed giver livskvalitet.' }],
      proposals: ['Vi taler med borgeren om målet først', 'Vi aftaler en prøveperiode'],
      result: RESULT,
    });
    assert.match(summary ?? '', /2: 4 \(67 %\)/);
    assert.match(summary ?? '', /Grunde hos dem, der hælder mod side A\n4 svar/);
    assert.match(summary ?? '', /Grunde hos dem, der hælder mod side B\nVises ikke af hensyn til anonymiteten/, 'two people on side B are fewer than k = 3');
    assert.doesNotMatch(summary ?? '', /lytte til, hvad borgeren selv ønsker/, 'side B\'s reasons stay hidden');
  });

  it('Tid til kerneopgaven starts with proposals and ends with the top list', async () => {
    const pg = stack.playground();
    const s = await startExercise(pg, { exerciseId: 'tid', title: 'Tidsrøvere', k: '3' });
    assert.match(cardText(s.rootCard), /Forslag/);
    const { summary, tally, result } = await runToResult(pg, s, { proposals: ['Dobbeltregistrering i to systemer', 'Ugentligt statusmøde uden dagsorden', 'Skemaer ingen læser'], result: { formulation: 'Vi stopper dobbeltregistreringen.', action1: 'Tal med IT om én indgang', who1: 'Mette' }, owner: 'forvaltningen' });
    assert.equal(summary, undefined);
    assert.match(tally, /6 personer har stemt/);
    assert.match(tally, /\(forvaltningen\)/, 'the top list says who owns each item');
    assert.match(result, /Vi stopper dobbeltregistreringen\./);
  });

  it('En fælles ramme om alle opgaver? asks different questions on the two routes', async () => {
    const pg = stack.playground();
    const a = await startExercise(pg, { exerciseId: 'faelles-ramme', title: 'Rute a', k: '3', variant: 'a', ft_formulation: 'Vi hjælper alle børn til læring og trivsel.' });
    const b = await startExercise(pg, { exerciseId: 'faelles-ramme', title: 'Rute b', k: '3', variant: 'b' });
    assert.match(JSON.stringify(a.rootCard), /"id":"tasks"/);
    assert.doesNotMatch(JSON.stringify(a.rootCard), /"id":"importantTasks"/);
    assert.match(JSON.stringify(b.rootCard), /"id":"importantTasks"/);
    assert.match(cardText(a.rootCard), /Vi hjælper alle børn til læring og trivsel\./);
    const { summary } = await runToResult(pg, a, { answers: [{ tasks: 'Undervisningen bidrager til læring.', services: 'Undervisning og SFO.' }], proposals: ['Læring og trivsel for alle'], result: RESULT });
    assert.match(summary ?? '', /læring/i);
    assert.match(summary ?? '', /Vi hjælper alle børn til læring og trivsel\./, 'the overview starts from the formulation');
  });
});
