import assert from 'node:assert/strict';
import { useAzurite } from '../support/azurite';
import { converse } from '../support/converse';

const METTE = { id: 'user-mette', name: 'Mette Holm' };
const TEAM = [
  { id: 'user-lars', name: 'Lars Mikkelsen' },
  { id: 'user-jonas', name: 'Jonas Kristensen' },
  { id: 'user-aisha', name: 'Aisha Rahimi' },
];
const ANSWERS = [
  { formal: 'Folkeskoleloven: eleverne skal lære og trives.', performed: 'Vi underviser og tager os af konflikter.', experienced: 'Forældrene oplever, at eleverne trives.' },
  { formal: 'Loven siger, at eleverne skal lære mest muligt.', performed: 'Undervisning, konflikter og dokumentation.', experienced: 'Eleverne oplever, at de bliver set.' },
  { formal: 'Eleverne skal lære og trives, siger loven.', performed: 'Vi bruger tid på konflikter og møder.', experienced: 'Forældrene oplever travlhed hos os.' },
];

/**
 * Whole exercises as conversations (issue 13, point 4): in process, on real Azurite, through the
 * bot's routing table, with Teams replaced by a port that records the thread.
 */
describe('conversations: an exercise from the first click to the summary', function () {
  this.timeout(60_000);
  const azurite = useAzurite();

  it('Hvem definerer kerneopgaven?, k = 3: answers counted without a live figure, closed by Mette, the summary posted once', async () => {
    const talk = await converse(azurite.connectionString());
    const mette = talk.as(METTE);
    (await mette.click('session.create', { exerciseId: 'hvem-definerer', title: 'Vores kerneopgave', k: '3', language: 'da', distribution: 'all' })).expectPrivate(/Vores kerneopgave/);
    const sessionId = await talk.sessionId();
    talk.thread.expectRoot(/Hvem definerer kerneopgaven/);

    for (const [i, person] of TEAM.entries()) {
      (await talk.as(person).click('session.answer', { sessionId, ...ANSWERS[i] })).expectPrivate(/gemt/i);
      // Below k the shared card says only "fewer than 3", never who or how many just answered.
      if (i < 2) talk.thread.expectRoot(/[Ff]ærre end 3/);
    }
    talk.thread.expectRoot(/[Mm]indst 3/);
    (await talk.as(TEAM[0]).say('status')).expectPrivate(/Vores kerneopgave/);
    (await talk.as(TEAM[0]).say('luk')).expectPrivate(/Kun øvelsens facilitator og medfacilitatorer kan styre den/);
    (await talk.as(TEAM[0]).click('session.answer', { sessionId, ...ANSWERS[0] })).expectPrivate(/allerede svaret/);

    (await talk.as(TEAM[1]).click('session.close', { sessionId })).expectPrivate(/Kun øvelsens facilitator og medfacilitatorer kan styre den/);
    // The answer phase ends early: the summary goes into the thread, and the proposals open.
    (await mette.click('session.close', { sessionId })).expectPrivate(/Fasen afsluttes/);
    talk.thread
      .expectCount(/Opsamling: Vores kerneopgave/, 1)
      .expect(/3 personer har svaret/)
      .expectRoot(/[Ff]orslag/);

    // A late answer meets the next phase, and the proposals phase closes with nothing posted twice.
    assert.doesNotMatch((await talk.as(TEAM[2]).click('session.answer', { sessionId, ...ANSWERS[2] })).text, /gemt/i);
    await mette.click('session.close', { sessionId });
    talk.thread.expectCount(/Opsamling: Vores kerneopgave/, 1);
    (await mette.click('session.cancelConfirm', { sessionId })).expectPrivate(/Øvelsen er aflyst/);
    (await mette.click('session.cancelConfirm', { sessionId })).expectPrivate(/Øvelsen er allerede lukket/);
    assert.equal(await talk.deps.sessions.secret(sessionId), undefined, 'the secret went with the cancel');
    talk.thread.expectCount(/Opsamling: Vores kerneopgave/, 1);
  });

  it('two facilitators closing at once (three times): one close wins each time and the summary is posted once', async () => {
    for (let round = 0; round < 3; round++) {
      const talk = await converse(azurite.connectionString());
      const mette = talk.as(METTE);
      await mette.click('session.create', { exerciseId: 'hvem-definerer', title: 'Vores kerneopgave', k: '3', language: 'da', distribution: 'all' });
      const sessionId = await talk.sessionId();
      await talk.deps.sessions.change(sessionId, (s) => ({ ...s, coFacilitators: [TEAM[1]] }));
      for (const [i, person] of TEAM.entries()) await talk.as(person).click('session.answer', { sessionId, ...ANSWERS[i] });
      await Promise.all([mette.click('session.close', { sessionId }), talk.as(TEAM[1]).click('session.close', { sessionId })]);
      talk.thread.expectCount(/Opsamling: Vores kerneopgave/, 1).expectRoot(/[Ff]orslag/);
      assert.equal((await talk.deps.sessions.get(sessionId))!.session.phase, 'proposals', 'one phase on, not two');
    }
  });
});
