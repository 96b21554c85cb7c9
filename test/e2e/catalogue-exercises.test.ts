import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { cardText } from '../support/playground-client';
import { runToResult, startExercise, type StartedSession } from '../support/session-flow';


/**
 * The exercises beyond the spine, each run in the Playground by six people from start to the
 * summary in the thread. The assertions read the summary as the team would.
 */
describe('the catalogue exercises in the Agents Playground', function () {
  this.timeout(60_000);
  const stack = useStack();

  /** Six people answer, then the session goes through proposals and a vote to the agreed result. */
  async function run(settings: Record<string, string>, answers: Record<string, string>[]): Promise<{ session: StartedSession; summary: string }> {
    const pg = stack.playground();
    const session = await startExercise(pg, settings);
    const done = await runToResult(pg, session, { answers, proposals: ['Et konkret næste skridt', 'Tag det op på personalemødet'], result: { formulation: `Aftalt i ${settings.exerciseId}.`, action1: 'Første skridt', who1: 'teamet' } });
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

  it('Når vi står i en forandring shows the facilitator\'s description of the change', async () => {
    const pg = stack.playground();
    const missing = await startExercise(pg, { exerciseId: 'forandring', title: 'Uden beskrivelse' }).catch((err: Error) => err);
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
});
