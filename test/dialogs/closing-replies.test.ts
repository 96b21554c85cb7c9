import assert from 'node:assert/strict';
import { confirmCancel } from '../../dialogs/cancel-session';
import { askClose, requestClose } from '../../dialogs/close-session';
import type { DialogDeps } from '../../dialogs/deps';
import { kerneopgaveTjek } from '../../domain/checkins/templates/kerneopgave-tjek';
import type { Language } from '../../domain/exercise';
import type { Session } from '../../domain/session';
import { useAzurite } from '../support/azurite';
import { sessionOf } from '../support/card-sessions';
import { channelWhere as where, freshDeps } from '../support/dialog-deps';
import { openSessionRecord } from '../support/session-record';
import { visibleTexts } from '../support/visible-texts';

const facilitator = { id: 'f', name: 'F' };
const said = (reply: { card: unknown }) =>
  visibleTexts(reply.card)
    .map((v) => v.text)
    .join('\n');

/** An open check-in round in its only phase, stored where openSessionRecord() is. */
function roundRecord(lang: Language): Session {
  const base = openSessionRecord();
  return { ...sessionOf(kerneopgaveTjek, { lang, round: true }), id: base.id, place: base.place, facilitator: base.facilitator, createdAt: base.createdAt };
}

function exerciseRecord(lang: Language): Session {
  const base = openSessionRecord();
  return { ...base, settings: { ...base.settings, language: lang } };
}

/**
 * What the facilitator is told privately when she ends or cancels: a check-in round has only one
 * phase, so "Afslut" twice closes the round rather than announcing a next phase, and a cancelled
 * round is a round, not an exercise. Real Azurite; the close that would follow is not run, so the
 * session stays 'closing' as it is while the summary is being made.
 */
describe("the facilitator's private replies while closing and after cancelling, against Azurite", function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  let deps: DialogDeps;

  beforeEach(async () => {
    deps = await freshDeps(azurite.connectionString(), 'closing');
  });

  const closeTwice = async (session: Session) => {
    await deps.sessions.create(session);
    const first = await requestClose(deps, session.settings.language, facilitator, where, { sessionId: session.id });
    assert.equal(first.outcome, 'closing');
    assert.equal((await deps.sessions.get(session.id))?.session.state, 'closing');
    const again = await askClose(deps, session.settings.language, facilitator, where, { sessionId: session.id });
    assert.equal(again.outcome, 'closing');
    return { first: said(first), again: said(again) };
  };

  it('"Afslut" on a round that is already closing says the round closes and its summary follows, as the first press did', async () => {
    const { first, again } = await closeTwice(roundRecord('da'));
    assert.equal(again, first);
    assert.match(again, /Runden er lukket/);
    assert.match(again, /Runden lukkes, og rundens opsamling bliver lagt i tråden om et øjeblik\./);
    assert.doesNotMatch(again, /[Nn]æste fase|øvelse/);
  });

  it('likewise in English', async () => {
    const { again } = await closeTwice(roundRecord('en'));
    assert.match(again, /The round is closed/);
    assert.match(again, /The round is closing, and its summary will be posted/);
    assert.doesNotMatch(again, /next phase|exercise/i);
  });

  it('"Afslut" on an exercise whose answer phase is closing still announces the next phase', async () => {
    const { first, again } = await closeTwice(exerciseRecord('da'));
    assert.equal(again, first);
    assert.match(again, /Næste fase/);
  });

  for (const [lang, title, body, wrong] of [
    ['da', /^Runden er aflyst$/m, /Kortet i tråden viser nu, at runden er aflyst\. Det faste tjek er ikke ændret\./, /øvelse/i],
    ['en', /^The round is cancelled$/m, /the round is cancelled\. The recurring check-in itself is unchanged\./, /exercise/i],
  ] as const) {
    it(`${lang}: cancelling a round tells the facilitator the round is cancelled, not an exercise`, async () => {
      const round = roundRecord(lang);
      await deps.sessions.create(round);
      const done = await confirmCancel(deps, lang, facilitator, where, { sessionId: round.id });
      assert.equal(done.outcome, 'cancelled');
      assert.match(said(done), title);
      assert.match(said(done), body);
      assert.doesNotMatch(said(done), wrong);
    });
  }

  it('cancelling an exercise still says the exercise is cancelled', async () => {
    const exercise = exerciseRecord('da');
    await deps.sessions.create(exercise);
    const done = await confirmCancel(deps, 'da', facilitator, where, { sessionId: exercise.id });
    assert.match(said(done), /Øvelsen er aflyst/);
  });
});
