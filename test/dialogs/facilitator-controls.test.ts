import assert from 'node:assert/strict';
import { deadlineOf } from '../../domain/session';
import { useAzurite } from '../support/azurite';
import { EVERYONE, startExercise } from '../support/converse-flow';
import { cardText } from '../support/playground-client';

const [METTE, , AISHA, LARS] = EVERYONE;
const JONAS = { id: 'user-jonas', name: 'Jonas Kristensen (lærer, TR)' };

/**
 * Co-facilitators and cancelling, as conversations of six. The @mention that names the
 * co-facilitator is read off the wire by test/e2e/checkin-schedule.test.ts and
 * test/reliability/facilitator-view.test.ts.
 */
describe('co-facilitators', function () {
  this.timeout(30_000);
  const azurite = useAzurite();

  it('lets the facilitator add a colleague in the thread, who may then move the session on', async () => {
    const { talk, sessionId } = await startExercise(azurite.connectionString(), { title: 'Sammen om at lede', k: '3' });
    (await talk.as(JONAS).click('session.close', { sessionId })).expectPrivate(/Kun øvelsens facilitator/);
    (await talk.as(METTE).say('medfacilitator', [JONAS])).expectPrivate(/Jonas Kristensen \(lærer, TR\) kan nu også gå videre til næste fase/);
    (await talk.as(AISHA).click('session.close', { sessionId })).expectPrivate(/Kun øvelsens facilitator/);
    (await talk.as(JONAS).click('session.close', { sessionId })).expectPrivate(/Fasen afsluttes/);
  });

  it('says where to write the command when it is not in an exercise thread', async () => {
    const { talk } = await startExercise(azurite.connectionString(), { title: 'Uden for tråden', k: '3' });
    (await talk.as(METTE).say('medfacilitator', [JONAS], { inChannel: true })).expectPrivate(/som svar i øvelsens egen tråd|in the exercise's own thread/);
  });
});

describe('cancelling an exercise', function () {
  this.timeout(30_000);
  const azurite = useAzurite();

  it('asks the facilitator to confirm, then stops answers and posts nothing more, not even at its deadline', async () => {
    let clock = new Date('2027-02-01T09:00:00.000Z');
    const { talk, sessionId } = await startExercise(azurite.connectionString(), { title: 'Aflyses', k: '3', deadlineDate: '2027-02-02', deadlineTime: '10:00' }, { now: () => clock });
    const deadline = Date.parse(deadlineOf((await talk.deps.sessions.get(sessionId))!.session) ?? '');
    assert.ok(deadline > clock.getTime(), 'the exercise has a deadline ahead');
    const act = (who: { id: string; name: string }, verb: string, data: Record<string, string> = {}) => talk.as(who).click(verb, { sessionId, ...data });
    (await act(AISHA, 'session.cancel')).expectPrivate(/Kun øvelsens facilitator/);
    (await act(JONAS, 'session.answer', { formal: 'Et svar før aflysningen' })).expectPrivate(/dit svar er gemt/);
    (await act(METTE, 'session.cancel')).expectPrivate(/Vil du aflyse øvelsen\?/);
    assert.equal((await talk.deps.sessions.get(sessionId))?.session.state, 'open', 'asking is not cancelling');
    const since = talk.thread.posts.length;
    (await act(METTE, 'session.cancelConfirm')).expectPrivate(/Øvelsen er aflyst/);
    talk.thread.expectRoot(/Facilitatoren har aflyst øvelsen/);
    assert.equal(((talk.thread.root!.actions as unknown[] | undefined) ?? []).length, 0, 'the shared card has no buttons left');
    (await act(LARS, 'session.answer', { formal: 'For sent' })).expectPrivate(/lukket/);
    assert.equal(await talk.deps.sessions.secret(sessionId), undefined, 'the secret is destroyed');

    // Past its deadline, where an open exercise would be closed and summed up: the bot looks, and posts nothing.
    clock = new Date(deadline + 60_000);
    await talk.look();
    assert.deepEqual(
      talk.thread.posts.slice(since).map((p) => cardText(p)),
      [],
      'no summary is posted',
    );
  });
});
