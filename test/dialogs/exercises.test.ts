import assert from 'node:assert/strict';
import { useAzurite } from '../support/azurite';
import { cardText } from '../support/playground-client';
import { EVERYONE, runToResult, startExercise, type Started } from '../support/converse-flow';

const RESULT = { formulation: 'Det er vores fælles aftale.', action1: 'Tag det op på næste personalemøde', who1: 'Jonas' };

/**
 * Every catalogue exercise beyond the spine, from setup through answers, summary, proposals and
 * vote to the agreed result, as a conversation of six people (issue 13, point 4): in process on
 * real Azurite, through the bot's routing table. These ran in the Agents Playground until
 * 2026-12-05; the Playground still carries "Hvem definerer" (hvem-definerer.test.ts) and "For eller
 * sammen med borgerne?" (phases.test.ts) the same way, so the HTTP edge and the rendering are
 * still checked end to end. The assertions read the summary as the team would.
 */
describe('the catalogue exercises, as conversations', function () {
  this.timeout(60_000);
  const azurite = useAzurite();

  /** Six people answer, then the session goes through proposals and a vote to the agreed result. */
  async function run(settings: Record<string, string>, answers: Record<string, string>[]): Promise<{ session: Started; summary: string }> {
    const session = await startExercise(azurite.connectionString(), settings);
    const done = await runToResult(session, {
      answers,
      proposals: ['Et konkret næste skridt', 'Tag det op på personalemødet'],
      result: { formulation: `Aftalt i ${settings.exerciseId}.`, action1: 'Første skridt', who1: 'teamet' },
    });
    assert.match(done.tally, /6 personer har stemt/);
    assert.match(done.result, new RegExp(`Aftalt i ${settings.exerciseId}\\.`));
    return { session, summary: done.summary ?? '' };
  }

  it('For eller sammen med borgerne? gathers themes for the four questions and the ideas', async () => {
    const { session, summary } = await run({ exerciseId: 'for-eller-sammen', title: 'Borgerne og os' }, [
      { focus: 'Vi spørger borgerne, hvad der betyder noget for dem.', ideas: 'Inviter borgere til personalemødet.' },
      { focus: 'Vi taler om borgernes mål på teammødet.', ideas: 'Et borgerpanel hvert halve år.' },
      { responsiveness: 'Vi lytter, men skal også sige nej.', ideas: 'Spørg borgerne efter hvert forløb.' },
    ]);
    assert.match(cardText(session.rootCard), /Hvordan kan vi lytte bedre til borgernes behov/);
    assert.match(summary, /6 personer har svaret/);
    assert.match(summary, /borgerne/i);
    assert.doesNotMatch(summary, /Det går igen på tværs/, 'no perspective comparison outside "Hvem definerer"');
  });

  it('Tre vildfarelser shows each statement as a distribution with every figure in words', async () => {
    const { summary } = await run({ exerciseId: 'vildfarelser', title: 'Vildfarelser' }, [
      { fixed: '1', onlyOne: '2', citizenCentre: '4', level: 'kommune' },
      { fixed: '2', onlyOne: '2', citizenCentre: '5', level: 'arbejdsplads' },
      { fixed: '1', onlyOne: '4', citizenCentre: '3', level: 'kommune', different: 'Vi ville tale mere om vores egen kerneopgave.' },
    ]);
    assert.match(summary, /1 – helt uenig: 4 \(67 %\)/);
    assert.match(summary, /Gennemsnit 1,3 · median 1/);
    assert.match(summary, /: 4 \(67 %\)/);
  });

  it('Grader af inddragelse shows where we are, where we should be, and the gap', async () => {
    const { summary } = await run({ exerciseId: 'inddragelse', title: 'Inddragelse' }, [
      { now: 'fokus', shouldBe: 'inddragelse', step: 'Spørg borgerne før vi planlægger.' },
      { now: 'lydhoerhed', shouldBe: 'samskabelse' },
      { now: 'fokus', shouldBe: 'fokus' },
    ]);
    assert.match(summary, /Hvor er vi – og hvor bør vi være\?/);
    assert.match(summary, /67 % vil længere op ad trappen, 33 % mener, vi er det rigtige sted/);
    assert.match(summary, /nu 4 · bør være 2/);
  });

  it("Når vi står i en forandring shows the facilitator's description of the change", async () => {
    const missing = await startExercise(azurite.connectionString(), { exerciseId: 'forandring', title: 'Uden beskrivelse' }).catch((err: Error) => err);
    assert.ok(missing instanceof Error && /Udfyld "Hvilken forandring står vi i\?"/.test(missing.message), `the change must be described: ${String(missing)}`);
    const { session, summary } = await run({ exerciseId: 'forandring', title: 'Ny struktur', ft_change: 'Fra august slås to afdelinger sammen.' }, [
      { meaning: 'Vi skal lære hinandens borgere at kende.', risk: 'Vi mister nærheden til borgerne.', possible: 'Mere tid til borgerne med fælles vagter.' },
    ]);
    assert.match(cardText(session.rootCard), /Fra august slås to afdelinger sammen\./);
    assert.match(summary, /borgerne/);
  });

  it('Stærke professioner and Trivsel run from start to the agreed result', async () => {
    const professioner = await run({ exerciseId: 'professioner', title: 'Fagligheder' }, [{ supports: 'Vores faglighed bliver tydeligere.', challenges: 'Vi skal give slip på vaner.' }]);
    assert.match(professioner.summary, /faglighed/);
    const trivsel = await run({ exerciseId: 'trivsel', title: 'Trivsel' }, [{ meaning: 'Når borgerne bliver selvhjulpne.', drains: 'Dobbelt dokumentation dræner.' }]);
    assert.match(trivsel.summary, /dokumentation/);
  });

  it('Hvilke faggrupper bidrager med hvad? summarises per group and keeps small groups hidden', async () => {
    const s = await startExercise(azurite.connectionString(), {
      exerciseId: 'faggrupper',
      title: 'Faggrupperne',
      k: '3',
      groups: 'Lærere\nPædagoger\nAdministration',
      ft_proposal: 'At alle børn lærer og trives i et trygt fællesskab.',
    });
    assert.match(cardText(s.rootCard), /At alle børn lærer og trives i et trygt fællesskab\./);
    assert.match(JSON.stringify(s.rootCard), /"title":"Administration","value":"Administration"/, "participants choose among the facilitator's groups");
    const teacher = { rating: '4', group: 'Lærere', contribution: 'Vi underviser og skaber læring i klassen.', collaboration: 'Fælles planlægning med pædagogerne.' };
    const pedagogue = { rating: '3', group: 'Pædagoger', contribution: 'Vi skaber trivsel og fællesskab i frikvartererne.', collaboration: 'Fælles planlægning med lærerne.' };
    // Six colleagues answer; Mette, who facilitates, does not: her answer would not count toward k.
    const answering = [...EVERYONE.slice(1), { id: 'user-karen', name: 'Karen Friis' }];
    const { summary, result } = await runToResult(s, { answers: [teacher, pedagogue], answering, proposals: ['Fælles planlægningsmøde hver uge', 'Pædagoger med i teamsamtaler'], result: RESULT });
    assert.ok(summary);
    assert.match(summary, /Lærere\n3 personer/);
    assert.match(summary, /Pædagoger\n3 personer/);
    assert.match(
      summary,
      /Administration er lagt sammen i Øvrige faggrupper, men der er for få personer her, så intet vises./,
      'the empty group is named among the pooled ones, like any group not shown',
    );
    assert.match(summary, /planlægning/);
    assert.match(result, /Tag det op på næste personalemøde – ansvarlig: Jonas/);
  });

  it('Dilemmaer shows the chosen dilemma, the spread of positions and the reasons', async () => {
    const own = await startExercise(azurite.connectionString(), { exerciseId: 'dilemmaer', title: 'Eget uden tekst', variant: 'own' }).catch((err: Error) => err);
    assert.ok(own instanceof Error, 'an own dilemma must be described');
    const s = await startExercise(azurite.connectionString(), { exerciseId: 'dilemmaer', title: 'Hjælp eller selvhjælp', k: '3', variant: 'd5' });
    assert.match(cardText(s.rootCard), /Selvhjulpenhed eller omsorg/);
    const { summary } = await runToResult(s, {
      answers: [
        { position: '2', reason: 'Borgeren skal kunne klare sig selv længere.' },
        { position: '4', reason: 'Vi skal lytte til, hvad borgeren selv ønsker.' },
        { position: '2', reason: 'Selvhjulpenhed giver livskvalitet.' },
      ],
      proposals: ['Vi taler med borgeren om målet først', 'Vi aftaler en prøveperiode'],
      result: RESULT,
    });
    assert.match(summary ?? '', /2: 4 \(67 %\)/);
    assert.match(summary ?? '', /Grunde hos dem, der hælder mod side A\n4 svar/);
    assert.match(summary ?? '', /Grunde hos dem, der hælder mod side B\nVises ikke af hensyn til anonymiteten/, 'two people on side B are fewer than k = 3');
    assert.doesNotMatch(summary ?? '', /lytte til, hvad borgeren selv ønsker/, "side B's reasons stay hidden");
  });

  it('Tid til kerneopgaven starts with proposals and ends with the top list', async () => {
    const s = await startExercise(azurite.connectionString(), { exerciseId: 'tid', title: 'Tidsrøvere', k: '3' });
    assert.match(cardText(s.rootCard), /Forslag/);
    const { summary, tally, result } = await runToResult(s, {
      proposals: ['Dobbeltregistrering i to systemer', 'Ugentligt statusmøde uden dagsorden', 'Skemaer ingen læser'],
      result: { formulation: 'Vi stopper dobbeltregistreringen.', action1: 'Tal med IT om én indgang', who1: 'Mette' },
      owner: 'forvaltningen',
    });
    assert.equal(summary, undefined);
    assert.match(tally, /6 personer har stemt/);
    assert.match(tally, /\(forvaltningen\)/, 'the top list says who owns each item');
    assert.match(result, /Vi stopper dobbeltregistreringen\./);
  });

  it('En fælles ramme om alle opgaver? asks different questions on the two routes', async () => {
    const a = await startExercise(azurite.connectionString(), { exerciseId: 'faelles-ramme', title: 'Rute a', k: '3', variant: 'a', ft_formulation: 'Vi hjælper alle børn til læring og trivsel.' });
    const b = await startExercise(azurite.connectionString(), { exerciseId: 'faelles-ramme', title: 'Rute b', k: '3', variant: 'b' });
    assert.match(JSON.stringify(a.rootCard), /"id":"tasks"/);
    assert.doesNotMatch(JSON.stringify(a.rootCard), /"id":"importantTasks"/);
    assert.match(JSON.stringify(b.rootCard), /"id":"importantTasks"/);
    assert.match(cardText(a.rootCard), /Vi hjælper alle børn til læring og trivsel\./);
    const { summary } = await runToResult(a, {
      answers: [{ tasks: 'Undervisningen bidrager til læring.', services: 'Undervisning og SFO.' }],
      proposals: ['Læring og trivsel for alle'],
      result: RESULT,
    });
    assert.match(summary ?? '', /læring/i);
    assert.match(summary ?? '', /Vi hjælper alle børn til læring og trivsel\./, 'the overview starts from the formulation');
  });
});
