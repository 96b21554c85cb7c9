import assert from 'node:assert/strict';
import type { DialogDeps } from '../../dialogs/deps';
import { createSession } from '../../dialogs/start-session';
import { useAzurite } from '../support/azurite';
import { ofType } from '../support/card-nodes';
import { channelWhere as where, freshDeps } from '../support/dialog-deps';

const mette = { id: 'user-mette', name: 'Mette' };
const NOTE = /^Du har valgt »Vores eget dilemma«\. Udfyld felterne til det herunder/;
const red = (card: unknown) =>
  ofType(card, 'TextBlock')
    .filter((b) => b.color === 'Attention')
    .map((b) => String(b.text));
const noteBlocks = (card: unknown) => ofType(card, 'TextBlock').filter((b) => NOTE.test(String(b.text)));

/**
 * Choosing "Vores eget dilemma" and pressing start is the form's ordinary second step: its fields
 * come next. The form says so as plain information, not in red among the errors; a real mistake
 * sent at the same time is still red. Real Azurite; only Teams is stood in for.
 */
describe('the setup form: the own-dilemma step is information, not an error, against Azurite', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  let deps: DialogDeps;

  beforeEach(async () => {
    deps = await freshDeps(azurite.connectionString(), 'setup');
  });

  it('shows the next step in plain text, with nothing in red, and starts nothing', async () => {
    const answer = await createSession(deps, 'da', mette, where, { exerciseId: 'dilemmaer', title: 'Vores eget dilemma', language: 'da', variant: 'own', variantShown: 'd1' });
    assert.equal(answer.outcome, 'moreFields');
    const [note] = noteBlocks(answer.card);
    assert.ok(note, 'the note is on the form');
    assert.equal(note.color, undefined, 'the note is not coloured as a warning');
    assert.deepEqual(red(answer.card), []);
    assert.deepEqual(await deps.sessions.inChannel('channel-x'), [], 'nothing started');
  });

  it('keeps a real mistake in red beside the plain note', async () => {
    const answer = await createSession(deps, 'da', mette, where, { exerciseId: 'dilemmaer', title: 'x'.repeat(500), language: 'da', variant: 'own', variantShown: 'd1' });
    assert.equal(answer.outcome, 'invalidSettings');
    assert.equal(noteBlocks(answer.card)[0]?.color, undefined);
    const errors = red(answer.card);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.doesNotMatch(errors[0], NOTE);
  });
});
