import assert from 'node:assert/strict';
import { followUpScheduleId } from '../../dialogs/follow-up';
import { sweepOnce } from '../../dialogs/retention-sweep';
import { useAzurite } from '../support/azurite';
import { nodes } from '../support/card-nodes';
import { converse } from '../support/converse';
import { EVERYONE } from '../support/converse-flow';
import { inputValue } from '../support/input-value';
import { cardText } from '../support/playground-client';

const [METTE, JONAS] = EVERYONE;
const WINNER = 'Ugentlig registrering af elevfravær i to systemer';

/**
 * "Tid til kerneopgaven" from owned items to a planned follow-up: the owners on the ballot and the
 * top list, the result form filled with the winner, a bad date refused, the result card with who
 * and when and nothing to press, "Følg op om 4 uger" on her confirmation, refused to a colleague
 * and planned once for her, and the scheduler opening that one-off round once, with the actions
 * as "did we do it?". The clock is moved on and the bot looks (watcher and scheduler) by hand.
 * test/e2e/checkin-schedule.test.ts takes "planer" and a scheduled round over the wire.
 */
describe('the agreed result and its follow-up, as a conversation', function () {
  this.timeout(60_000);
  const azurite = useAzurite();

  it('runs from three owned items to a result whose follow-up round opens once, four weeks later', async () => {
    // Monday 1 February, 09:15 UTC, and Teams says the people are in UTC: the follow-up keeps the
    // time of day in the session's zone, so it is 09:15 UTC on 1 March too.
    let clock = new Date('2027-02-01T09:15:00Z');
    const talk = await converse(azurite.connectionString(), 'followup', { now: () => clock, timezone: 'UTC' });
    const mette = talk.as(METTE);
    (await mette.click('session.create', { exerciseId: 'tid', title: 'Tidsrøvere', k: '3', language: 'da', distribution: 'all' })).expectPrivate(/Øvelsen er startet/);
    assert.deepEqual(
      ['proposal1', 'owner1', 'proposal3', 'owner3'].map((id) => inputValue(talk.thread.root, id)),
      ['', '', '', ''],
      'the card has three items, each with its owner',
    );
    const sessionId = await talk.sessionId();
    const act = (who: (typeof EVERYONE)[number], verb: string, data: Record<string, unknown>) => talk.as(who).click(verb, { sessionId, ...data });

    for (const [i, who] of EVERYONE.entries()) {
      const items = i < 4 ? { proposal1: WINNER, owner1: 'forvaltningen', proposal2: `Referat nummer ${i}`, owner2: 'os' } : { proposal1: 'Indberetning af karakterer', owner1: 'loven' };
      (await act(who, 'session.answer', items)).expectPrivate(/er gemt/);
    }
    await act(METTE, 'session.close', {});
    talk.thread.expectRoot(/Afstemning/);
    const choices = JSON.stringify(talk.thread.root).match(/"title":"\d+\. [^"]+","value":"\d+"/g) ?? [];
    assert.ok(
      choices.some((c) => c.includes(`${WINNER} (forvaltningen)`)),
      choices.join('\n'),
    );
    assert.ok(
      choices.some((c) => c.includes('Indberetning af karakterer (loven)')),
      choices.join('\n'),
    );
    const winner = choices.find((c) => c.includes(WINNER))!.match(/"value":"(\d+)"/)![1];
    for (const who of EVERYONE) (await act(who, 'session.answer', { votes: winner })).expectPrivate(/er gemt/);
    await act(METTE, 'session.close', {});
    assert.match(talk.thread.text(/Afstemning:/), new RegExp(`Nr\\. 1: ${WINNER} \\(forvaltningen\\) – 6 stemmer`));

    const form = (await act(METTE, 'session.close', {})).reply.card;
    assert.equal(inputValue(form, 'formulation'), `${WINNER} (forvaltningen)`, 'the form starts from the winning proposal');
    assert.equal(JSON.stringify(form).match(/"type":"Input\.Date"/g)?.length, 3, 'each action has a date');
    assert.match(cardText(form), /Højst 1\.000 tegn/);
    assert.match(cardText(form), /Handling højst 300 tegn, ansvarlig højst 100 tegn/);
    const result = { formulation: 'Vi beder forvaltningen om én registrering.', action1: 'Skriv til forvaltningen om fraværet', who1: 'Mette', when1: '2027-02-15', action2: 'Drop referat nummer to' };
    const past = (await act(METTE, 'session.result', { ...result, when1: '2027-01-29' })).expectPrivate(/Datoen ved handling 1 er allerede passeret/);
    assert.equal(inputValue(past.reply.card, 'action1'), 'Skriv til forvaltningen om fraværet', 'what was typed is kept');
    (await act(METTE, 'session.result', { ...result, when1: '15-02-2027' })).expectPrivate(/Datoen ved handling 1 kan ikke læses/);

    const saved = (await act(METTE, 'session.result', result)).expectPrivate(/Resultatet er gemt/);
    // Her own confirmation, which takes the place of the form on her card, is where she plans the follow-up.
    const buttons = ((saved.reply.card.actions ?? []) as { title: string; verb?: string; data?: Record<string, unknown> }[]).map((a) => [a.title, a.verb, a.data?.weeks]);
    assert.deepEqual(buttons, [
      ['Følg op om 4 uger', 'result.followUp', 4],
      ['Følg op om 8 uger', 'result.followUp', 8],
      ['Følg op om 12 uger', 'result.followUp', 12],
    ]);
    const resultText = talk.thread.text(/Resultat: Tidsrøvere/);
    const resultCard = talk.thread.posts.find((p) => cardText(p) === resultText)!;
    assert.match(resultText, /Skriv til forvaltningen om fraværet – ansvarlig: Mette, senest 15\. februar 2027/);
    assert.match(resultText, /Drop referat nummer to/);
    assert.deepEqual(resultCard.actions ?? [], [], 'the result everyone sees has nothing to press');
    assert.doesNotMatch(resultText, /Følg op/);
    assert.equal((resultCard.refresh as { action: { verb: string } }).action.verb, 'result.view', "the facilitators' own view has the buttons");

    const { deps } = talk;
    const followUpId = followUpScheduleId(sessionId);
    const channelBefore = (await deps.schedules.inChannel(talk.channel)).length;
    (await act(JONAS, 'result.followUp', { weeks: 4 })).expectPrivate(/Kun øvelsens facilitator og medfacilitatorer/);
    assert.equal(await deps.schedules.get(followUpId), undefined, 'a colleague plans nothing');
    assert.equal((await deps.schedules.inChannel(talk.channel)).length, channelBefore);

    // Pressed at 09:13:20 (the people's zone is UTC): the follow-up is at 09:15, the next five-minute step.
    clock = new Date('2027-02-01T09:13:20Z');
    (await act(METTE, 'result.followUp', { weeks: 4 }))
      .expectPrivate(/Opfølgningen er planlagt/)
      .expectPrivate(/åbner her i kanalen mandag den 1\. marts 2027 kl\. 09:15 \(tidszone UTC\)/)
      .expectPrivate(/Skriv til forvaltningen om fraværet/);
    const stored = (await deps.schedules.get(followUpId))!.record;
    assert.deepEqual([stored.schedule.cadence, stored.schedule.timeOfDay], [{ kind: 'once', date: '2027-03-01' }, '09:15']);
    (await act(METTE, 'result.followUp', { weeks: 8 })).expectPrivate(/allerede planlagt en opfølgning på dette resultat: mandag den 1\. marts 2027 kl\. \d\d:15/);
    assert.equal((await deps.schedules.inChannel(talk.channel)).length, channelBefore + 1, 'pressing twice plans one');

    // "planer" says when it runs, in words with its date; it can be deleted, not edited.
    const list = (await mette.say('planer', [], { inChannel: true })).expectPrivate(/Faste tjek i kanalen/).expectPrivate(/Én gang, mandag den 1\. marts 2027 kl\. 09:15 \(tidszone UTC\)/);
    assert.doesNotMatch(list.text, /FREQ|COUNT/);
    assert.deepEqual(
      nodes(list.reply.card)
        .filter((n) => n.type === 'Action.Execute')
        .map((n) => n.verb),
      ['schedule.delete'],
      'a one-off has only "Slet"',
    );
    const edit = (await mette.click('schedule.edit', { scheduleId: followUpId, version: 1 })).expectPrivate(/En opfølgning kan ikke rettes, kun slettes/);
    assert.doesNotMatch(edit.text, /FREQ|Avanceret/);

    // Four weeks on, at the same time: the scheduler opens the one round, asking about the actions.
    assert.equal(talk.thread.threadsStarted.length, 1);
    clock = new Date('2027-03-01T09:15:05Z');
    await talk.look();
    // A round is a new post in the channel, a thread of its own; its card is the newest root card.
    assert.equal(talk.thread.threadsStarted.length, 2, 'the round is posted');
    const round = talk.thread.threadsStarted[1];
    assert.equal(round.place.teamsChannelId, talk.channel, 'in the channel');
    assert.notEqual(round.threadId, talk.thread.threadsStarted[0].threadId, "not in the exercise's thread");
    talk.thread
      .expectRoot(/Kerneopgave-tjek/)
      .expectRoot(/Skriv til forvaltningen om fraværet/)
      .expectRoot(/Drop referat nummer to/);
    assert.doesNotMatch(talk.thread.root ? cardText(talk.thread.root) : '', /ansvarlig|senest|15\. februar/, 'who was to do it, and by when, is not carried');
    // Its round has opened with the actions in it: the schedule is done and keeps them no longer.
    const ended = (await deps.schedules.get(followUpId))!.record;
    assert.deepEqual([ended.schedule.ended?.opened, ended.carried], [true, []]);
    (await mette.say('planer', [], { inChannel: true })).expectPrivate(/Afsluttet: runden er åbnet i kanalen\./);

    talk.thread.expectCount(/Opsamling/, 0);
    // A week later the round has closed and its summary is posted; the scheduler opened nothing more.
    clock = new Date('2027-03-08T09:15:05Z');
    await talk.look();
    const summary = talk.thread.posts.findIndex((p) => /Opsamling/.test(cardText(p)));
    assert.equal(talk.thread.postedIn[summary]?.threadId, round.threadId, "the round's summary is in the round's own thread");
    // Weeks later, one more look: still the one round.
    clock = new Date('2027-04-26T09:15:05Z');
    await talk.look();
    const rounds = (await deps.sessions.inChannel(talk.channel)).filter((x) => x.round?.scheduleId === followUpId);
    assert.deepEqual(
      rounds.map((x) => x.round?.dueAt),
      ['2027-03-01T09:15:00.000Z'],
      'the one-off round opened once',
    );
    assert.deepEqual(rounds[0].round?.carried, ['Skriv til forvaltningen om fraværet', 'Drop referat nummer to']);
    assert.equal(talk.thread.threadsStarted.length, 2, 'one round was posted');

    // The ended follow-up goes with its round's raw answers, 90 days after the round closed, not before.
    const roundClosed = Date.parse(rounds[0].closedAt ?? '');
    clock = new Date(roundClosed + 90 * 86_400_000 - 60_000);
    assert.equal((await sweepOnce(deps)).schedules, 0);
    assert.ok(await deps.schedules.get(followUpId), 'kept while its round keeps its answers');
    clock = new Date(roundClosed + 90 * 86_400_000 + 60_000);
    const report = await sweepOnce(deps);
    assert.equal(report.schedules, 1);
    assert.ok(report.sessions >= 1);
    assert.ok((await deps.sessions.get(rounds[0].id))?.session.sweptAt, 'the round was swept in the same pass');
    assert.equal(await deps.schedules.get(followUpId), undefined, 'the ended follow-up is deleted');
    assert.equal((await sweepOnce(deps)).schedules, 0, 'nothing left to delete');
  });
});
