import assert from 'node:assert/strict';
import { deadlineOf } from '../../domain/session';
import { useAzurite } from '../support/azurite';
import { converse } from '../support/converse';
import { EVERYONE } from '../support/converse-flow';

const [METTE, ...COLLEAGUES] = EVERYONE;
const TEAM = COLLEAGUES.slice(0, 3);
const SOEREN = COLLEAGUES[4];
const DAY = 86_400_000;
const START = new Date('2027-02-01T09:00:00.000Z');
const ANSWER = { formal: 'The law says learning for all children', performed: 'We teach and look after wellbeing', experienced: 'Parents see a safe school' };

/**
 * A deadline closes the session without the facilitator, even when the bot was restarted in
 * between: the deadline lives in storage, not in a timer. The bot that closes it is a new one
 * on the same table, key and vault, which looks (its watcher and scheduler) while the clock moves on.
 */
describe('a deadline closes the session, even after a restart', function () {
  this.timeout(60_000);
  const azurite = useAzurite();

  it('posts the summary in the thread once the deadline has passed', async () => {
    let clock = START;
    const talk = await converse(azurite.connectionString(), 'deadline', { now: () => clock });
    const started = await talk.as(METTE).click('session.create', {
      exerciseId: 'hvem-definerer',
      title: 'Med frist',
      k: '3',
      language: 'en',
      distribution: 'all',
      deadlineDate: '2027-02-02',
      deadlineTime: '10:00',
    });
    started.expectPrivate(/The exercise has started/);
    talk.thread.expectRoot(/Deadline: \d+ \w+ \d{4}, 10:00/);
    const sessionId = await talk.sessionId();
    for (const person of TEAM) (await talk.as(person).click('session.answer', { sessionId, ...ANSWER })).expectPrivate(/answer is saved/);

    // The first bot is gone, with whatever it held in memory; a new one starts on the same storage.
    const restarted = await talk.restart();
    const deadline = Date.parse(deadlineOf((await restarted.deps.sessions.get(sessionId))!.session) ?? '');
    assert.ok(deadline > clock.getTime(), 'the new bot reads the deadline from storage');
    clock = new Date(deadline - 1_000);
    await restarted.look();
    assert.equal(talk.thread.posts.length, 0, 'nothing closes before the deadline');
    talk.thread.expectRoot(/Deadline:/);

    clock = new Date(deadline + DAY);
    await restarted.look();
    assert.match(talk.thread.text(/Summary: Med frist/), /3 people answered/);
    talk.thread.expectRoot(/Proposals/);
    const late = await restarted.as(SOEREN).click('session.answer', { sessionId, formal: 'Too late' });
    late.expectPrivate(/Your proposal is empty/); // the answers are over; the card now takes proposals
    await restarted.look();
    talk.thread.expectCount(/Summary: Med frist/, 1);
  });
});

/** Each phase can end by itself: the setup deadline ends the first, a number of days the later ones. */
describe('phase deadlines', function () {
  this.timeout(60_000);
  const azurite = useAzurite();

  it('moves "Tid til kerneopgaven" from proposals to the vote and on to the result without the facilitator', async () => {
    let clock = START;
    const talk = await converse(azurite.connectionString(), 'phases', { now: () => clock });
    (
      await talk
        .as(METTE)
        .click('session.create', { exerciseId: 'tid', title: 'Af sig selv', k: '3', language: 'da', distribution: 'all', deadlineDate: '2027-02-02', deadlineTime: '10:00', voteDays: '2' })
    ).expectPrivate(/Øvelsen er startet/);
    talk.thread.expectRoot(/Frist: /);
    const sessionId = await talk.sessionId();
    for (const [i, person] of EVERYONE.entries())
      (await talk.as(person).click('session.answer', { sessionId, proposal1: `Tidsrøver nummer ${i % 3}`, owner1: 'os' })).expectPrivate(/dit forslag er gemt/);

    clock = new Date(START.getTime() + 2 * DAY);
    await talk.look();
    talk.thread.expectRoot(/Afstemning/).expectRoot(/Frist: /); // the vote shows its own deadline
    const first = JSON.stringify(talk.thread.root).match(/"value":"(\d+)"/)![1];
    for (const person of EVERYONE) (await talk.as(person).click('session.answer', { sessionId, votes: first })).expectPrivate(/din stemme er gemt/);

    clock = new Date(START.getTime() + 5 * DAY);
    await talk.look();
    assert.match(talk.thread.text(/Afstemning: Af sig selv/), /6 personer har stemt/);
    talk.thread.expectCount(/Afstemning: Af sig selv/, 1);
    talk.thread.expectRoot(/Det aftalte resultat/).expectRoot(/Ingen frist for resultatet – facilitator skriver det aftalte/); // written by the facilitator, with no deadline
  });
});
