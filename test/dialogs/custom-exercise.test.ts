import assert from 'node:assert/strict';
import { useAzurite } from '../support/azurite';
import { EVERYONE, runToResult, startExercise } from '../support/converse-flow';
import { cardText } from '../support/playground-client';

const METTE = EVERYONE[0];

/** A team composes its own exercise from the building blocks, runs it, and saves it as a template: a conversation of six. */
describe("the team's own exercise", function () {
  this.timeout(30_000);
  const azurite = useAzurite();

  it("runs the facilitator's own questions from answers to result, and keeps them as a team template", async () => {
    const none = await startExercise(azurite.connectionString(), { exerciseId: 'egen', title: 'Uden spørgsmål' }).catch((err: Error) => err);
    assert.ok(none instanceof Error && /Skriv mindst ét spørgsmål/.test(none.message), String(none));

    const s = await startExercise(azurite.connectionString(), {
      exerciseId: 'egen',
      title: 'Vores mødekultur',
      k: '3',
      saveTemplate: 'true',
      q1Text: 'Hvad fungerer godt på vores møder?',
      q1Kind: 'freeText',
      q2Text: 'Vores møder handler om **kerneopgaven**',
      q2Kind: 'scale',
    });
    const root = cardText(s.rootCard);
    assert.match(root, /Hvad fungerer godt på vores møder\?/);
    assert.match(root, /Vores møder handler om \\\*\\\*kerneopgaven\\\*\\\*/, "the team's own text is shown as written, not as markdown");
    const { summary, result } = await runToResult(s, {
      answers: [
        { q1: 'Vi holder os til dagsordenen.', q2: '4' },
        { q1: 'Dagsordenen bliver sendt ud i god tid.', q2: '2' },
      ],
      proposals: ['Kerneopgaven som første punkt på dagsordenen'],
      result: { formulation: 'Kerneopgaven står øverst på hver dagsorden.' },
    });
    assert.match(summary ?? '', /4: 3 \(50 %\)/);
    assert.match(summary ?? '', /dagsordenen/i);
    assert.match(result, /Kerneopgaven står øverst på hver dagsorden\./);

    const mette = s.talk.as(METTE);
    (await mette.say('start', [], { inChannel: true })).expectPrivate(/Teamets egne skabeloner\nVores mødekultur\nStart »Vores mødekultur«/);
    const setup = JSON.stringify((await mette.click('catalogue.setup', { exerciseId: 'egen', template: '0' })).reply.card);
    assert.match(setup, /"id":"q1Text"[^}]*"value":"Hvad fungerer godt på vores møder\?"/);
    assert.match(setup, /"id":"q2Kind"[^}]*"value":"scale"/);
  });
});
