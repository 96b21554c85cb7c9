import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import { answerSession } from '../../dialogs/answer-session';
import { confirmCancel } from '../../dialogs/cancel-session';
import { closeSession } from '../../dialogs/close-session';
import type { DialogDeps } from '../../dialogs/deps';
import type { Session } from '../../domain/session';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { useAzurite } from '../support/azurite';
import { azuriteDeps, channelWhere as where } from '../support/dialog-deps';
import { openSessionRecord } from '../support/session-record';
import { tempVault } from '../support/temp-vault';

/**
 * Two instances of the bot share one storage; each remembers open sessions for a few seconds.
 * What one remembers must never let an answer in that the other has closed the door on.
 */
describe('answers taken from a remembered session, against Azurite', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  let table: TableClient;
  let taker: DialogDeps;
  let closer: DialogDeps;
  const key = randomBytes(32);
  const vault = tempVault();

  // These tests are about what is stored, so the thread's posts go nowhere.
  const instance = () => azuriteDeps(azurite.connectionString(), table, { key, vault });

  beforeEach(async () => {
    table = tableClientFor(azurite.connectionString(), `mem${randomBytes(4).toString('hex')}`);
    await ensureTable(table);
    [taker, closer] = [await instance(), await instance()];
  });

  async function openSession(): Promise<Session> {
    const session = openSessionRecord();
    assert.equal(await taker.sessions.create(session), true);
    return session;
  }

  const answer = (deps: DialogDeps, session: Session, i: number, data: Record<string, unknown> = { formal: `Svar ${i}` }) =>
    answerSession(deps, 'da', { id: `user-${i}`, name: `U${i}` }, { ...where, activityId: `act-${i}` }, { sessionId: session.id, ...data });

  it('refuses an answer as closed when another instance cancelled the session, and stores nothing', async () => {
    const session = await openSession();
    for (let i = 0; i < 3; i++) assert.equal((await answer(taker, session, i)).outcome, 'saved');
    assert.equal((await taker.sessions.getOpen(session.id, true))?.remembered, true, 'the taker remembers the session');
    assert.equal((await confirmCancel(closer, 'da', { id: 'f', name: 'F' }, where, { sessionId: session.id })).outcome, 'cancelled');

    assert.equal((await answer(taker, session, 9)).outcome, 'closed');
    assert.equal((await taker.sessions.getOpen(session.id, true))?.remembered, false, 'a closed session is read afresh and not remembered');
    assert.equal((await taker.answers.sealedAnswers(session.id)).length, 3);
  });

  it('takes a proposal when another instance moved the session on, though the taker remembers the answer phase', async () => {
    const session = await openSession();
    for (let i = 0; i < 3; i++) assert.equal((await answer(taker, session, i)).outcome, 'saved');
    assert.equal((await taker.sessions.getOpen(session.id, true))?.remembered, true, 'the taker remembers the answer phase');
    await closeSession(closer, session.id, 'facilitator');
    assert.equal((await closer.sessions.get(session.id))?.session.phase, 'proposals');

    // The remembered phase would read this as an invalid answer; only a save is trusted from memory.
    assert.equal((await answer(taker, session, 7, { proposal: 'Kortere møder' })).outcome, 'saved');
    assert.equal(await taker.answers.count(session.id, 'proposals'), 1);
    // An answer to the phase that ended is refused, not stored in the old phase.
    assert.equal((await answer(taker, session, 8)).outcome, 'invalidAnswer');
    assert.equal((await taker.answers.sealedAnswers(session.id)).length, 3);
  });

  it('forgets a session this instance changes itself', async () => {
    const session = await openSession();
    await answer(taker, session, 0);
    const stored = (await taker.sessions.get(session.id))!;
    await taker.sessions.update({ ...stored.session, shownProgress: 1 }, stored.etag);
    assert.equal((await taker.sessions.getOpen(session.id, true))?.remembered, false);
  });

  it('answers "unknown session" when another instance deleted the session it remembers, in either distribution', async () => {
    for (const distribution of ['all', 'assigned'] as const) {
      const session = await openSession();
      if (distribution === 'assigned') {
        const stored = (await taker.sessions.get(session.id))!;
        await taker.sessions.update({ ...stored.session, settings: { ...stored.session.settings, distribution } }, stored.etag);
      }
      await answer(taker, session, 0, distribution === 'assigned' ? {} : undefined);
      assert.equal((await taker.sessions.getOpen(session.id, true))?.remembered, true);
      await closer.sessions.deleteAll(session.id);
      assert.equal((await answer(taker, session, 1)).outcome, 'unknownSession', distribution);
      assert.equal(await taker.sessions.get(session.id), undefined);
    }
  });

  it('counts a person once when the session is erased and created again under the same id with a new secret', async () => {
    // Rounds of a schedule have ids derived from the schedule, so an id can come back.
    const session = await openSession();
    for (let i = 0; i < 3; i++) assert.equal((await answer(taker, session, i)).outcome, 'saved');
    await closer.sessions.deleteAll(session.id);
    assert.equal(await closer.sessions.create(session), true);

    // The taker still remembers the old secret and the old gates' ETags.
    assert.equal((await answer(taker, session, 7)).outcome, 'saved');
    // The same person clicks again (a new activity, not a redelivery), now through the other instance.
    const again = await answerSession(closer, 'da', { id: 'user-7', name: 'U7' }, { ...where, activityId: 'act-7-again' }, { sessionId: session.id, formal: 'Igen' });
    assert.equal(again.outcome, 'alreadyAnswered');
    assert.equal(await closer.answers.count(session.id), 1);
  });
});
