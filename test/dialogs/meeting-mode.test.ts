import assert from 'node:assert/strict';
import { cardText } from '../support/playground-client';
import { useAzurite } from '../support/azurite';
import { converse } from '../support/converse';
import { startDeadlineWatcher } from '../../dialogs/deadline-watcher';
import { t } from '../../cards/i18n';

const METTE = { id: 'user-mette', name: 'Mette Holm' };
const TEAM = [
  { id: 'user-lars', name: 'Lars Mikkelsen' },
  { id: 'user-jonas', name: 'Jonas Kristensen' },
  { id: 'user-aisha', name: 'Aisha Rahimi' },
];
const ANSWER = { formal: 'Loven siger, at eleverne skal lære og trives.', performed: 'Vi underviser og tager os af konflikter.', experienced: 'Forældrene oplever travlhed.' };
const START = { exerciseId: 'hvem-definerer', title: 'Personalemødet', k: '3', language: 'da', distribution: 'all' };
/** The deadline watcher's interval in production (bot/app.ts): a phase must close within it. */
const WATCH_MS = 15_000;

/**
 * Meeting mode (issue 17, point 2) in a meeting's chat: the answers close at their minute with
 * nobody pressing anything, the summary follows at once, and the facilitator goes straight to
 * the result. The clock is moved on and the watcher ticked by hand: no waiting.
 */
describe('meeting mode: an exercise paced in minutes', function () {
  this.timeout(60_000);
  const azurite = useAzurite();

  it('closes the answers at their minute by itself, posts the summary, guides the facilitator privately, and goes straight to the result', async () => {
    let clock = new Date('2026-12-07T09:00:00.000Z');
    const talk = await converse(azurite.connectionString(), 'meeting', { place: 'chat', members: 6, now: () => clock });
    const mette = talk.as(METTE);

    (await mette.click('catalogue.setup', { exerciseId: 'hvem-definerer' })).expectPrivate(/Til et møde – hver fase tager få minutter/).expectPrivate(/Spring forslag og afstemning over/);
    const started = (await mette.click('session.create', { ...START, pace: 'meeting', answerMinutes: '6', skipToResult: 'true' }))
      .expectPrivate(/Din mødeguide: Personalemødet/)
      .expectPrivate(/1\. Svar – 6 min\.: .*lukker kl\. 10:06/)
      .expectPrivate(/2\. Opsamling – med det samme/)
      .expectPrivate(/3\. Drøftelse .*»Til drøftelse«/)
      .expectPrivate(/4\. Resultat – når I er enige: .*»Skriv det aftalte resultat«/);
    assert.equal(started.reply.outcome, 'started');
    assert.doesNotMatch(started.text, /Forslag –|Afstemning –/, 'the skipped phases are not in the guide');
    assert.equal(talk.thread.threadsStarted.length, 1);

    const sessionId = await talk.sessionId();
    const stored = (await talk.deps.sessions.get(sessionId))!.session;
    assert.deepEqual(stored.settings.meeting, { minutes: { answer: 6, proposals: 5, vote: 3 }, skipToResult: true });
    assert.equal(stored.phaseDeadline, '2026-12-07T09:06:00.000Z');

    for (const person of TEAM) (await talk.as(person).click('session.answer', { sessionId, ...ANSWER })).expectPrivate(/gemt/);
    // Counters as in any exercise: no live count below k, and none of the answers in the chat yet.
    assert.equal(talk.thread.posts.length, 0);

    const watcher = startDeadlineWatcher(talk.deps, 3_600_000);
    try {
      await watcher.tick(); // its first run, at the start: a tick while it runs would only join it
      clock = new Date('2026-12-07T09:05:59.000Z');
      await watcher.tick();
      assert.equal((await talk.deps.sessions.get(sessionId))!.session.state, 'open', 'a second before its minute the phase is still open');
      talk.thread.expectCount(/Opsamling: Personalemødet/, 0);

      // The next watcher run after the minute, at most 15 s later, closes it: nobody presses anything.
      clock = new Date(Date.parse('2026-12-07T09:06:00.000Z') + WATCH_MS - 1);
      await watcher.tick();
    } finally {
      await watcher.stop();
    }
    talk.thread.expectCount(/Opsamling: Personalemødet/, 1);
    const after = (await talk.deps.sessions.get(sessionId))!.session;
    assert.deepEqual([after.state, after.phase, after.closedBy, after.phaseDeadline], ['open', 'result', 'deadline', undefined], 'straight from the answers to the result, which has no timer');
    talk.thread.expectRoot(/Det aftalte resultat/);
    (await talk.as(TEAM[0]).click('session.answer', { sessionId, ...ANSWER })).expectPrivate(/Der svares ikke længere/);

    // The discussion's questions go to the facilitator alone, in her personal chat.
    assert.deepEqual(
      talk.thread.privately.map((p) => p.userId),
      [METTE.id],
    );
    const guide = cardText(talk.thread.privately[0].card);
    assert.match(guide, /Til drøftelse: Personalemødet/);
    assert.ok(guide.includes(t('da', 'exercise.hvemDefinerer.discussion')), `the summary's own prompt:\n${guide}`);
    assert.match(guide, /Skriv ned undervejs/);
    assert.match(guide, /tryk »Skriv det aftalte resultat« på kortet/);
    assert.doesNotMatch(guide, /Lars|Jonas|Aisha/, 'no one who answered is named');

    (await mette.click('session.close', { sessionId })).expectPrivate(/Skriv det aftalte resultat/);
    clock = new Date('2026-12-07T09:20:00.000Z');
    (await mette.click('session.result', { sessionId, formulation: 'Vi tager en fast runde om forældrekontakt hver mandag.' })).expectPrivate(/Resultatet er gemt/);
    talk.thread.expect(/Resultat: Personalemødet/).expect(/fast runde om forældrekontakt/);
    assert.equal((await talk.deps.sessions.get(sessionId))!.session.state, 'closed');
  });

  it('with proposals and a vote, opens the proposals for their own minutes and tells the facilitator when they close', async () => {
    let clock = new Date('2026-12-07T13:00:00.000Z');
    const talk = await converse(azurite.connectionString(), 'meetvote', { place: 'chat', members: 6, now: () => clock });
    const mette = talk.as(METTE);
    (await mette.click('session.create', { ...START, pace: 'meeting', answerMinutes: '', proposalsMinutes: '4' }))
      .expectPrivate(/1\. Svar – 8 min\./)
      .expectPrivate(/4\. Forslag – 4 min\./)
      .expectPrivate(/5\. Afstemning – 3 min\./)
      .expectPrivate(/6\. Resultat – til sidst/);
    const sessionId = await talk.sessionId();
    for (const person of TEAM) await talk.as(person).click('session.answer', { sessionId, ...ANSWER });

    const watcher = startDeadlineWatcher(talk.deps, 3_600_000);
    try {
      await watcher.tick(); // its first run, at the start: a tick while it runs would only join it
      clock = new Date('2026-12-07T13:08:10.000Z');
      await watcher.tick();
    } finally {
      await watcher.stop();
    }
    const after = (await talk.deps.sessions.get(sessionId))!.session;
    assert.deepEqual([after.phase, after.phaseDeadline], ['proposals', '2026-12-07T13:12:10.000Z']);
    talk.thread.expectCount(/Opsamling: Personalemødet/, 1);
    assert.match(cardText(talk.thread.privately[0].card), /Forslagsrunden er åben nu og lukker af sig selv kl\. 14:12/);
  });

  it('refuses a meeting with a deadline in days, saying which to clear, and posts nothing', async () => {
    const talk = await converse(azurite.connectionString(), 'meetbad', { place: 'chat' });
    const refused = await talk.as(METTE).click('session.create', { ...START, pace: 'meeting', proposalsDays: '2' });
    assert.equal(refused.reply.outcome, 'invalidSettings');
    refused.expectPrivate(/Fjern fristen og antallet af dage/);
    assert.equal(talk.thread.threadsStarted.length, 0);
  });
});
