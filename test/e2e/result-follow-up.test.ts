import assert from 'node:assert/strict';
import { followUpScheduleId } from '../../dialogs/follow-up';
import { startScheduler } from '../../dialogs/scheduler';
import { sweepOnce } from '../../dialogs/retention-sweep';
import { until } from '../support/until';
import { nodes } from '../support/card-nodes';
import { useStack } from '../support/kernedialog-stack';
import { CHANNEL, cardText, firstCard, type Card, type StreamEvent } from '../support/playground-client';
import { startExercise } from '../support/session-flow';
import { inputValue } from '../support/input-value';

const PEOPLE = ['user-mette', 'user-jonas', 'user-aisha', 'user-lars', 'user-birgitte', 'user-soeren'];
const WINNER = 'Ugentlig registrering af elevfravær i to systemer';

/**
 * "Tid til kerneopgaven" through the Agents Playground, from owned items to a planned follow-up:
 * the owners on the ballot and the top list, the result form filled
 * with the winner, a bad date refused, the result card with who and when and nothing to press,
 * "Følg op om 4 uger" on her confirmation, refused to a colleague and planned once for her, and the scheduler opening that
 * one-off round once, with the actions as "did we do it?". Only the clock is faked.
 */
describe('the agreed result and its follow-up, through the Playground', function () {
  this.timeout(120_000);
  // Monday 1 February, 09:15 UTC. The follow-up keeps the time of day in the session's zone (the
  // facilitator's, from Teams); no zone changes to summer time before 1 March, so it is 09:15 UTC too.
  let clock = new Date('2027-02-01T09:15:00Z');
  // The retention sweep is run by hand below, so the bot's own runs rarely.
  const stack = useStack({ now: () => clock, env: { SCHEDULE_CHECK_MS: '200', DEADLINE_CHECK_MS: '200', RETENTION_CHECK_MS: '3600000' } });
  const posted = (since: number, match: (e: StreamEvent) => boolean) => stack.playground().waitFor((e) => e.action !== 'updateMessage' && match(e), { since, timeoutMs: 15_000 });

  it('runs from three owned items to a result whose follow-up round opens once, four weeks later', async () => {
    const pg = stack.playground();
    const s = await startExercise(pg, { exerciseId: 'tid', title: 'Tidsrøvere', k: '3' });
    assert.deepEqual(
      ['proposal1', 'owner1', 'proposal3', 'owner3'].map((id) => inputValue(s.rootCard, id)),
      ['', '', '', ''],
      'the card has three items, each with its owner',
    );
    const act = (who: string, verb: string, data: Record<string, unknown>) => pg.execute(who, s.thread, s.root, verb, { sessionId: s.sessionId, ...data });
    const rootUpdate = (since: number, match: RegExp) => pg.waitFor((e) => e.message.messageId === s.root && match.test(cardText(firstCard(e))), { since });

    for (const [i, who] of PEOPLE.entries()) {
      const items = i < 4 ? { proposal1: WINNER, owner1: 'forvaltningen', proposal2: `Referat nummer ${i}`, owner2: 'os' } : { proposal1: 'Indberetning af karakterer', owner1: 'loven' };
      assert.match(cardText(await act(who, 'session.answer', items)), /er gemt/);
    }
    let since = pg.events.length;
    await act('user-mette', 'session.close', {});
    const ballot = firstCard(await rootUpdate(since, /Afstemning/))!;
    const choices = JSON.stringify(ballot).match(/"title":"\d+\. [^"]+","value":"\d+"/g) ?? [];
    assert.ok(
      choices.some((c) => c.includes(`${WINNER} (forvaltningen)`)),
      choices.join('\n'),
    );
    assert.ok(
      choices.some((c) => c.includes('Indberetning af karakterer (loven)')),
      choices.join('\n'),
    );
    const winner = choices.find((c) => c.includes(WINNER))!.match(/"value":"(\d+)"/)![1];
    for (const who of PEOPLE) assert.match(cardText(await act(who, 'session.answer', { votes: winner })), /er gemt/);
    since = pg.events.length;
    await act('user-mette', 'session.close', {});
    const tally = cardText(firstCard(await posted(since, (e) => e.actionConversationId === s.thread && /Afstemning:/.test(cardText(firstCard(e))))));
    assert.match(tally, new RegExp(`Nr\\. 1: ${WINNER} \\(forvaltningen\\) – 6 stemmer`));

    const form = await act('user-mette', 'session.close', {});
    assert.equal(inputValue(form, 'formulation'), `${WINNER} (forvaltningen)`, 'the form starts from the winning proposal');
    assert.equal(JSON.stringify(form).match(/"type":"Input\.Date"/g)?.length, 3, 'each action has a date');
    assert.match(cardText(form), /Højst 1\.000 tegn/);
    assert.match(cardText(form), /Handling højst 300 tegn, ansvarlig højst 100 tegn/);
    const result = { formulation: 'Vi beder forvaltningen om én registrering.', action1: 'Skriv til forvaltningen om fraværet', who1: 'Mette', when1: '2027-02-15', action2: 'Drop referat nummer to' };
    const past = await act('user-mette', 'session.result', { ...result, when1: '2027-01-29' });
    assert.match(cardText(past), /Datoen ved handling 1 er allerede passeret/);
    assert.equal(inputValue(past, 'action1'), 'Skriv til forvaltningen om fraværet', 'what was typed is kept');
    assert.match(cardText(await act('user-mette', 'session.result', { ...result, when1: '15-02-2027' })), /Datoen ved handling 1 kan ikke læses/);

    since = pg.events.length;
    const saved = await act('user-mette', 'session.result', result);
    assert.match(cardText(saved), /Resultatet er gemt/);
    // The Playground has no per-user views, so her own confirmation is where she plans the follow-up.
    const buttons = ((saved.actions ?? []) as { title: string; verb?: string; data?: Record<string, unknown> }[]).map((a) => [a.title, a.verb, a.data?.weeks]);
    assert.deepEqual(buttons, [
      ['Følg op om 4 uger', 'result.followUp', 4],
      ['Følg op om 8 uger', 'result.followUp', 8],
      ['Følg op om 12 uger', 'result.followUp', 12],
    ]);
    const resultEvent = await posted(since, (e) => e.actionConversationId === s.thread && /Resultat: Tidsrøvere/.test(cardText(firstCard(e))));
    const resultCard = firstCard(resultEvent)!;
    assert.match(cardText(resultCard), /Skriv til forvaltningen om fraværet – ansvarlig: Mette, senest 15\. februar 2027/);
    assert.match(cardText(resultCard), /Drop referat nummer to/);
    assert.deepEqual(resultCard.actions ?? [], [], 'the result everyone sees has nothing to press');
    assert.doesNotMatch(cardText(resultCard), /Følg op/);
    assert.equal((resultCard.refresh as { action: { verb: string } }).action.verb, 'result.view', "the facilitators' own view has the buttons");

    const deps = stack.bot().deps;
    // Pressed where she has them: on her confirmation, which took the place of the form on the shared card.
    const followUp = (who: string, weeks: number): Promise<Card> => pg.execute(who, s.thread, s.root, 'result.followUp', { sessionId: s.sessionId, weeks });
    const channelBefore = (await deps.schedules.inChannel(CHANNEL)).length;
    assert.match(cardText(await followUp('user-jonas', 4)), /Kun øvelsens facilitator og medfacilitatorer/);
    assert.equal(await deps.schedules.get(followUpScheduleId(s.sessionId)), undefined, 'a colleague plans nothing');
    assert.equal((await deps.schedules.inChannel(CHANNEL)).length, channelBefore);

    // Pressed at 09:13:20 (the Playground's zone is UTC): the follow-up is at 09:15, the next five-minute step.
    clock = new Date('2027-02-01T09:13:20Z');
    const planned = cardText(await followUp('user-mette', 4));
    assert.match(planned, /Opfølgningen er planlagt/);
    assert.match(planned, /åbner her i kanalen mandag den 1\. marts 2027 kl\. 09:15 \(tidszone UTC\)/);
    const stored = (await deps.schedules.get(followUpScheduleId(s.sessionId)))!.record;
    assert.deepEqual([stored.schedule.cadence, stored.schedule.timeOfDay], [{ kind: 'once', date: '2027-03-01' }, '09:15']);
    assert.match(planned, /Skriv til forvaltningen om fraværet/);
    const again = cardText(await followUp('user-mette', 8));
    assert.match(again, /allerede planlagt en opfølgning på dette resultat: mandag den 1\. marts 2027 kl\. \d\d:15/);
    assert.equal((await deps.schedules.inChannel(CHANNEL)).length, channelBefore + 1, 'pressing twice plans one');

    // "planer" says when it runs, in words with its date; it can be deleted, not edited.
    const planer = async (match: RegExp) => {
      const at = pg.events.length;
      const sent = await pg.mention('planer');
      const event = await posted(at, (e) => /Faste tjek i kanalen/.test(cardText(firstCard(e))) && match.test(cardText(firstCard(e))));
      return { card: firstCard(event)!, conversation: sent.postConversationId, message: event.message.messageId };
    };
    const listed = await planer(/Én gang/);
    const list = listed.card;
    assert.match(cardText(list), /Én gang, mandag den 1\. marts 2027 kl\. 09:15 \(tidszone UTC\)/);
    assert.doesNotMatch(cardText(list), /FREQ|COUNT/);
    assert.deepEqual(
      nodes(list)
        .filter((n) => n.type === 'Action.Execute')
        .map((n) => n.verb),
      ['schedule.delete'],
      'a one-off has only "Slet"',
    );
    const edit = cardText(await pg.execute('user-mette', listed.conversation, listed.message, 'schedule.edit', { scheduleId: followUpScheduleId(s.sessionId), version: 1 }));
    assert.match(edit, /En opfølgning kan ikke rettes, kun slettes/);
    assert.doesNotMatch(edit, /FREQ|Avanceret/);

    // Four weeks on, at the same time: the scheduler opens the one round, asking about the actions.
    since = pg.events.length;
    clock = new Date('2027-03-01T09:15:05Z');
    const isRound = (e: StreamEvent) => e.actionConversationId === CHANNEL && /Kerneopgave-tjek/.test(cardText(firstCard(e))) && /Skriv til forvaltningen om fraværet/.test(cardText(firstCard(e)));
    const round = await posted(since, isRound);
    assert.match(cardText(firstCard(round)), /Drop referat nummer to/);
    assert.doesNotMatch(cardText(firstCard(round)), /ansvarlig|senest|15\. februar/, 'who was to do it, and by when, is not carried');
    // Its round has opened with the actions in it: the schedule is done and keeps them no longer.
    const followUpId = followUpScheduleId(s.sessionId);
    await until('the follow-up marked ended', async () => !!(await deps.schedules.get(followUpId))?.record.schedule.ended);
    const ended = (await deps.schedules.get(followUpId))!.record;
    assert.deepEqual([ended.schedule.ended?.opened, ended.carried], [true, []]);
    assert.match(cardText((await planer(/Afsluttet/)).card), /Afsluttet: runden er åbnet i kanalen\./);

    // A week later the round has closed and its summary is posted: the scheduler has looked many
    // times since, and it opened nothing more.
    clock = new Date('2027-03-08T09:15:05Z');
    const roundThread = `${CHANNEL};messageid=${round.message.messageId}`;
    await posted(since, (e) => e.actionConversationId === roundThread && /Opsamling/.test(cardText(firstCard(e))));
    // Weeks later, one more look by a scheduler of its own, awaited: still the one round.
    clock = new Date('2027-04-26T09:15:05Z');
    const scheduler = startScheduler(deps, 3_600_000);
    await scheduler.tick();
    scheduler.stop();
    const rounds = (await deps.sessions.inChannel(CHANNEL)).filter((x) => x.round?.scheduleId === followUpScheduleId(s.sessionId));
    assert.deepEqual(
      rounds.map((x) => x.round?.dueAt),
      ['2027-03-01T09:15:00.000Z'],
      'the one-off round opened once',
    );
    assert.deepEqual(rounds[0].round?.carried, ['Skriv til forvaltningen om fraværet', 'Drop referat nummer to']);
    assert.equal(pg.events.filter(isRound).length, 1);

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
