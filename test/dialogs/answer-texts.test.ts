import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { answerSession } from '../../dialogs/answer-session';
import { closeSession } from '../../dialogs/close-session';
import type { DialogDeps } from '../../dialogs/deps';
import { PROPOSAL_MAX } from '../../domain/validation/phase-input';
import { MAX_ANSWER_CHARS } from '../../domain/exercises/hvem-definerer';
import type { Session } from '../../domain/session';
import { useAzurite } from '../support/azurite';
import { channelWhere as where, freshDeps } from '../support/dialog-deps';
import { openSessionRecord } from '../support/session-record';
import { visibleTexts } from '../support/visible-texts';

/**
 * What a participant is told after sending, by phase and by kind:
 * over-long text is refused with the limit and nothing is stored; "saved" names the answer,
 * proposal or vote and what comes next; a check-in round's replies speak of the round.
 */
describe('the private replies to an answer, a proposal and a vote, against Azurite', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  let deps: DialogDeps;

  beforeEach(async () => {
    // These tests read the private replies, so the thread's posts go nowhere.
    deps = await freshDeps(azurite.connectionString(), 'texts');
  });

  const send = (session: Session, i: number, data: Record<string, unknown>) =>
    answerSession(deps, 'da', { id: `user-${i}`, name: `U${i}` }, { ...where, activityId: `act-${i}-${randomBytes(3).toString('hex')}` }, { sessionId: session.id, ...data });
  const said = (reply: { card: unknown }) => visibleTexts(reply.card).map((v) => v.text);

  it('refuses an answer one character over the limit, says the limit, keeps the text and stores nothing; the limit itself is taken', async () => {
    const session = openSessionRecord();
    await deps.sessions.create(session);
    const before = (await deps.sessions.get(session.id))!.etag;

    const over = await send(session, 1, { formal: 'a'.repeat(MAX_ANSWER_CHARS + 1) });
    assert.equal(over.outcome, 'invalidAnswer');
    assert.ok(
      said(over).some((s) => s.includes(`${MAX_ANSWER_CHARS + 1} tegn`) && s.includes(`højst ${MAX_ANSWER_CHARS} tegn`)),
      said(over).join('\n'),
    );
    assert.ok(
      visibleTexts(over.card).some((v) => v.text === 'Højst 1.000 tegn'),
      'the form that comes back says the limit',
    );
    assert.equal(await deps.answers.count(session.id), 0);
    assert.equal((await deps.sessions.get(session.id))!.etag, before, 'the session is unchanged');

    assert.equal((await send(session, 1, { formal: 'a'.repeat(MAX_ANSWER_CHARS) })).outcome, 'saved');
    assert.equal(await deps.answers.count(session.id), 1);
  });

  it('says "svar", then "forslag", then "stemme", each with what happens next; refuses an over-long proposal', async () => {
    const session = openSessionRecord();
    await deps.sessions.create(session);
    const answered = await send(session, 0, { formal: 'Eleverne skal lære og trives.' });
    assert.deepEqual(said(answered), [
      'Tak – dit svar er gemt',
      'Svaret er gemt anonymt. Ingen – heller ikke facilitator – kan se, at det er dit. Opsamlingen kommer i tråden, når svarrunden lukker.',
    ]);
    for (let i = 1; i < 3; i++) await send(session, i, { formal: `Læring og trivsel ${i}` });
    await closeSession(deps, session.id, 'facilitator');

    const tooLong = await send(session, 0, { proposal: 'a'.repeat(PROPOSAL_MAX + 1) });
    assert.equal(tooLong.outcome, 'invalidAnswer');
    assert.ok(
      said(tooLong).some((s) => s.includes(`højst ${PROPOSAL_MAX}`)),
      said(tooLong).join('\n'),
    );
    assert.equal(await deps.answers.count(session.id, 'proposals'), 0);

    const proposed = await send(session, 0, { proposal: 'Kortere møder' });
    assert.equal(said(proposed)[0], 'Tak – dit forslag er gemt');
    assert.match(said(proposed)[1], /kan I stemme om dem på kortet øverst i tråden, hvis mindst 3 har foreslået noget/);
    for (let i = 1; i < 3; i++) await send(session, i, { proposal: `Forslag ${i}` });
    await closeSession(deps, session.id, 'facilitator');

    const voted = await send(session, 0, { votes: '0' });
    assert.equal(voted.outcome, 'saved');
    assert.equal(said(voted)[0], 'Tak – din stemme er gemt');
    assert.match(said(voted)[1], /Når afstemningen lukker, lægges resultatet i tråden/);
    const again = await send(session, 0, { votes: '1' });
    assert.equal(again.outcome, 'alreadyAnswered');
    assert.match(said(again)[1], /Du har allerede stemt/);
  });

  it("a check-in round's replies speak of the round: saved, answered twice, closed", async () => {
    const session: Session = {
      ...openSessionRecord(),
      exerciseId: 'kerneopgave-tjek',
      phase: 'answer',
      phaseDeadline: new Date(Date.now() + 3_600_000).toISOString(),
      round: { scheduleId: 's-1', dueAt: new Date().toISOString(), late: false, carried: [] },
    };
    await deps.sessions.create(session);
    const wrong = /øvelse|forslag|stem/i;

    const saved = await send(session, 0, { clarity: '4' });
    assert.equal(saved.outcome, 'saved');
    assert.match(said(saved)[1], /Når runden lukker, kommer rundens opsamling i tråden/);
    const twice = await send(session, 0, { clarity: '3' });
    assert.equal(twice.outcome, 'alreadyAnswered');
    assert.match(said(twice)[1], /allerede svaret i denne runde/);

    await closeSession(deps, session.id, 'facilitator');
    const late = await send(session, 1, { clarity: '2' });
    assert.equal(late.outcome, 'closed');
    assert.match(said(late)[1], /Runden er lukket/);
    for (const reply of [saved, twice, late]) assert.doesNotMatch(said(reply).join('\n'), wrong);
  });
});
