import assert from 'node:assert/strict';
import type { AdaptiveCard } from '../../cards/render';
import { settleCommandReply } from '../../dialogs/command-reply';
import type { Session } from '../../domain/session';
import { useAzurite } from '../support/azurite';
import { channelWhere, freshDeps, standInPort } from '../support/dialog-deps';
import { cardText } from '../support/playground-client';
import { openSessionRecord } from '../support/session-record';

/**
 * The close question asked by `@Kernedialog luk` is replaced for everyone by what the facilitator
 * chose (dialogs/command-reply.ts). A check-in round has no phases, so its text says the round.
 */
describe('the settled close question, in process against Azurite', function () {
  this.timeout(30_000);
  const azurite = useAzurite();

  async function settledText(session: Session): Promise<string> {
    const posted: AdaptiveCard[] = [];
    const deps = await freshDeps(azurite.connectionString(), 'settled');
    deps.port = standInPort(posted);
    const work: (() => Promise<void>)[] = [];
    deps.later = (_what, fn) => void work.push(fn);
    assert.equal(await deps.sessions.create(session), true);
    settleCommandReply(deps, { ...channelWhere, cardId: 'question-1' }, { view: 'note', sessionId: session.id }, { outcome: 'closing' } as never);
    for (const fn of work) await fn();
    assert.equal(posted.length, 1, 'the question is replaced once');
    return cardText(posted[0]);
  }

  it('an exercise: "afsluttet fasen"', async () => {
    assert.match(await settledText(openSessionRecord()), /Facilitatoren har afsluttet fasen\. Resultatet kommer i tråden\./);
  });

  it('a check-in round: "lukket runden", and the summary, never "fasen"', async () => {
    const text = await settledText({ ...openSessionRecord(), exerciseId: 'social-kapital', round: { scheduleId: 's-1', dueAt: '2027-03-01T08:00:00Z', late: false, carried: [] } });
    assert.match(text, /Facilitatoren har lukket runden\. Opsamlingen kommer i tråden\./);
    assert.doesNotMatch(text, /fasen/);
  });
});
