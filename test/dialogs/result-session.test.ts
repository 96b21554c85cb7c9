import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { TableEntityResult } from '@azure/data-tables';
import type { AdaptiveCard } from '../../cards/render';
import { createLogger } from '../../config/log';
import { answerSession } from '../../dialogs/answer-session';
import { confirmCancel, requestCancel } from '../../dialogs/cancel-session';
import { askClose, closeSession, requestClose, type Proposals } from '../../dialogs/close-session';
import type { DialogDeps } from '../../dialogs/deps';
import { followUpScheduleId, planFollowUp } from '../../dialogs/follow-up';
import { saveResult } from '../../dialogs/result-session';
import type { TeamsPort, Where } from '../../dialogs/teams-port';
import { tid } from '../../domain/exercises/tid';
import type { Session } from '../../domain/session';
import type { AgreedResult } from '../../domain/validation/result';
import { AnswerBox } from '../../storage/answer-box';
import { GroupContributions } from '../../storage/group-contributions';
import { ScheduleStore } from '../../storage/schedule-store';
import { SessionStore } from '../../storage/session-store';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { TableStateStorage } from '../../storage/table-state-storage';
import { TeamRegistry } from '../../storage/team-registry';
import { useAzurite } from '../support/azurite';
import { cardText } from '../support/playground-client';
import { openSessionRecord } from '../support/session-record';
import { tempVault } from '../support/temp-vault';

const where: Where = { conversationId: 'channel-x;messageid=1', activityId: 'act', serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'channel-x' };
const METTE = { id: 'user-0', name: 'Mette' };
const CO = { id: 'user-co', name: 'Jonas' };

/** A "Tid til kerneopgaven" in `phase`, with k = 3, Mette as facilitator and Jonas as co-facilitator. */
function tidSession(phase: Session['phase'], exerciseVersion = tid.version): Session {
  return { ...openSessionRecord(), exerciseId: 'tid', exerciseVersion, phase, summaryWithheld: 'noAnswerPhase', facilitator: METTE, coFacilitators: [CO] };
}

/** The verb of every action on a card a person can press (not the fallbacks, not Teams' refresh). */
function verbsOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(verbsOf);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const own = typeof o.type === 'string' && o.type.startsWith('Action.') && typeof o.verb === 'string' ? [o.verb] : [];
  return [...own, ...Object.entries(o).flatMap(([key, value]) => (key === 'fallback' || key === 'refresh' ? [] : verbsOf(value)))];
}

/**
 * Saving the result and the sessions a deploy left behind, in process against real Azurite; only
 * Teams is replaced, by a port that records what would be posted. Work meant for after the invoke
 * (`later`) runs, and is awaited where a test reads what it posted.
 */
describe('the result and older sessions, against Azurite', function () {
  this.timeout(60_000);
  const azurite = useAzurite();
  let deps: DialogDeps;
  let table: ReturnType<typeof tableClientFor>;
  let posted: AdaptiveCard[];
  let pending: Promise<void>[];

  beforeEach(async () => {
    table = tableClientFor(azurite.connectionString(), `result${randomBytes(4).toString('hex')}`);
    await ensureTable(table);
    posted = [];
    pending = [];
    const port: TeamsPort = {
      startThread: async () => ({ threadId: 'channel-x;messageid=1', rootActivityId: '1' }),
      reply: async (_place, card) => void posted.push(card),
      updateRoot: async () => undefined,
      memberNames: async () => [],
      memberCount: async () => 6,
      tellPrivately: async () => undefined,
    };
    deps = {
      sessions: new SessionStore(table, randomBytes(32), tempVault()),
      schedules: new ScheduleStore(table),
      answers: new AnswerBox(table),
      contributions: new GroupContributions(table),
      teams: new TeamRegistry(await TableStateStorage.create(azurite.connectionString(), 'teams')),
      port,
      log: createLogger('test', 'warn', () => undefined),
      now: () => new Date(),
      later: (_what, work) => void pending.push(work()),
    };
  });

  const rows = async (sessionId: string, prefix: string) => {
    const out: TableEntityResult<Record<string, unknown>>[] = [];
    for await (const row of table.listEntities<Record<string, unknown>>({ queryOptions: { filter: `PartitionKey eq '${sessionId}'` } })) if (String(row.rowKey).startsWith(prefix)) out.push(row);
    return out;
  };

  it('two facilitators saving at once: the stored result is the posted one, and the follow-up carries its actions', async () => {
    // The race is decided by the storage; ten rounds make a wrong order all but certain to show.
    for (let round = 0; round < 10; round++) {
      const session = tidSession('result');
      await deps.sessions.create(session);
      posted.length = 0;
      pending.length = 0;
      const results = await Promise.all([
        saveResult(deps, 'da', METTE, where, { sessionId: session.id, formulation: 'Mettes formulering', action1: 'Mettes handling' }),
        saveResult(deps, 'da', CO, where, { sessionId: session.id, formulation: "Jonas' formulering", action1: "Jonas' handling" }),
      ]);
      await Promise.all(pending);
      // The other is told to try again, or, when it read the session after the close, that it is closed.
      const outcomes = results.map((r) => r.outcome);
      assert.equal(outcomes.filter((o) => o === 'result').length, 1, 'one save wins');
      assert.ok(
        outcomes.every((o) => ['result', 'conflict', 'alreadyClosed'].includes(o)),
        outcomes.join(', '),
      );
      const stored = await deps.sessions.doc<AgreedResult>(session.id, 'result');
      assert.equal(posted.length, 1, 'one result is posted');
      const shown = cardText(posted[0]);
      assert.ok(stored && shown.includes(stored.formulation), `round ${round}: stored "${stored?.formulation}", posted:\n${shown}`);
      assert.ok(shown.includes(stored.actions[0].action));

      assert.equal((await planFollowUp(deps, 'da', METTE, where, { sessionId: session.id, weeks: 4 })).outcome, 'followUpPlanned');
      const planned = await deps.schedules.get(followUpScheduleId(session.id));
      assert.deepEqual(
        planned?.record.carried,
        stored.actions.map((a) => a.action),
      );
    }
  });

  it('a result that could not be stored is still posted, without a follow-up to offer, and the follow-up says there is none', async () => {
    const session = tidSession('result');
    await deps.sessions.create(session);
    const saveDoc = deps.sessions.saveDoc.bind(deps.sessions);
    deps.sessions.saveDoc = async (id, name, value) => {
      if (name === 'result') throw Object.assign(new Error('Azurite went away'), { statusCode: 503 });
      return saveDoc(id, name, value);
    };
    const saved = await saveResult(deps, 'da', METTE, where, { sessionId: session.id, formulation: 'Vi holder fast i morgenmødet.' });
    await Promise.all(pending);
    assert.equal(saved.outcome, 'result');
    assert.match(cardText(saved.card), /Resultatet er gemt/);
    assert.deepEqual(verbsOf(saved.card), [], 'no follow-up button that could only refuse');
    assert.equal((await deps.sessions.get(session.id))?.session.state, 'closed');
    assert.match(cardText(posted[0]), /Vi holder fast i morgenmødet\./);
    assert.equal(posted[0].refresh, undefined, "no facilitators' view with nothing to show");
    const followUp = await planFollowUp(deps, 'da', METTE, where, { sessionId: session.id, weeks: 4 });
    assert.equal(followUp.outcome, 'noResult');
    assert.match(cardText(followUp.card), /Der er ikke gemt noget resultat at følge op på endnu/);
    assert.equal(await deps.schedules.get(followUpScheduleId(session.id)), undefined);
  });

  describe('a "Tid til kerneopgaven" started before a new version of it', () => {
    const OLD = tid.version - 1;

    /** A session stored under the old version, with one-proposal rows as that version wrote them. */
    async function oldSession(): Promise<Session> {
      const session = tidSession('proposals', OLD);
      await deps.sessions.create(session);
      const secret = (await deps.sessions.secret(session.id))!;
      for (const [i, proposal] of ['Dobbelt registrering af fravær', 'Referater ingen læser', 'Skemaer til forvaltningen'].entries()) {
        assert.equal(await deps.answers.saveAnswer(session.id, secret, `user-${i + 1}`, `act-${i}`, { proposal }, undefined, 'proposals'), 'saved');
      }
      return session;
    }

    it('refuses new answers with the clear message, but its facilitator can end the phase, and the old rows are read', async () => {
      const session = await oldSession();
      const refused = await answerSession(deps, 'da', { id: 'user-9', name: 'U9' }, { ...where, activityId: 'act-9' }, { sessionId: session.id, proposal1: 'Nyt punkt', owner1: 'os' });
      assert.equal(refused.outcome, 'versionChanged');
      assert.match(cardText(refused.card), /ældre udgave af Kernedialog og kan ikke fortsættes/);
      assert.equal(await deps.answers.count(session.id, 'proposals'), 3, 'nothing was saved');
      assert.equal((await askClose(deps, 'da', METTE, where, { sessionId: session.id })).outcome, 'confirmClose');
      assert.equal((await requestClose(deps, 'da', CO, where, { sessionId: session.id })).outcome, 'closing', 'a co-facilitator may too');
      await closeSession(deps, session.id, 'facilitator');
      const ballot = await deps.sessions.doc<Proposals>(session.id, 'proposals');
      assert.equal(ballot?.shown, true);
      assert.equal(ballot.owners, undefined, 'the old rows have no owners');
      assert.deepEqual([...ballot.texts].sort(), ['Dobbelt registrering af fravær', 'Referater ingen læser', 'Skemaer til forvaltningen'], 'the one-proposal rows make the ballot');
      assert.deepEqual(await rows(session.id, 'proposals:p|'), [], 'participation is deleted');
      assert.deepEqual(await rows(session.id, 'proposals:a|'), [], 'the proposals are sealed');
      assert.equal(
        (await answerSession(deps, 'da', { id: 'user-1', name: 'U1' }, { ...where, activityId: 'act-v' }, { sessionId: session.id, votes: '0' })).outcome,
        'versionChanged',
        'the vote is refused too',
      );
      const refusedSteer = await requestClose(deps, 'da', { id: 'user-1', name: 'U1' }, where, { sessionId: session.id });
      assert.equal(refusedSteer.outcome, 'notFacilitator', 'a colleague may not end it');
    });

    it('its facilitator can cancel it, which destroys its secret and participation', async () => {
      const session = await oldSession();
      assert.equal((await requestCancel(deps, 'da', METTE, where, { sessionId: session.id })).outcome, 'confirmCancel');
      assert.equal((await confirmCancel(deps, 'da', METTE, where, { sessionId: session.id })).outcome, 'cancelled');
      assert.equal((await deps.sessions.get(session.id))?.session.state, 'closed');
      assert.equal(await deps.sessions.secret(session.id), undefined, 'the secret is gone');
      assert.deepEqual(await rows(session.id, 'proposals:p|'), []);
      assert.equal((await rows(session.id, 'proposals:s|')).length, 3);
    });

    it('in the result phase, saves the result but offers no follow-up, which the old version cannot have', async () => {
      const session = tidSession('result', OLD);
      await deps.sessions.create(session);
      const saved = await saveResult(deps, 'da', METTE, where, { sessionId: session.id, formulation: 'Vi dropper referaterne.' });
      await Promise.all(pending);
      assert.equal(saved.outcome, 'result');
      assert.deepEqual(verbsOf(saved.card), []);
      assert.equal(posted[0].refresh, undefined);
      assert.equal((await deps.sessions.doc<AgreedResult>(session.id, 'result'))?.formulation, 'Vi dropper referaterne.');
    });
  });
});
