import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { AdaptiveCard } from '../../cards/render';
import { requestClose } from '../../dialogs/close-session';
import type { DialogDeps } from '../../dialogs/deps';
import { saveResult } from '../../dialogs/result-session';
import type { TeamsPort } from '../../dialogs/teams-port';
import { kerneopgaveTjek } from '../../domain/checkins/templates/kerneopgave-tjek';
import type { Session } from '../../domain/session';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { useAzurite } from '../support/azurite';
import { nodes, texts } from '../support/card-nodes';
import { sessionOf } from '../support/card-sessions';
import { azuriteDeps, channelWhere as where, standInPort } from '../support/dialog-deps';
import { openSessionRecord } from '../support/session-record';

const FACILITATOR = { id: 'f', name: 'F' };
// Tuesday 2 March, 14:05 in Copenhagen; the round's deadline is Thursday 4 March, 17:00.
const NOW = new Date('2027-03-02T13:05:00Z');

/** Everything on a card a person could press or fill in. */
const controls = (card: unknown) => nodes(card).filter((n) => /^(Action|Input)\./.test(String(n.type)));

/**
 * The root card Teams is told to show everyone (`updateActivity`) once the facilitator has
 * closed: in process against real Azurite, with a port that records the root card's updates and
 * the work meant for after the invoke run and awaited.
 */
describe('the root card updated in place at the close, against Azurite', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  let deps: DialogDeps;
  let roots: AdaptiveCard[];
  let pending: Promise<void>[];

  beforeEach(async () => {
    const table = tableClientFor(azurite.connectionString(), `closedroot${randomBytes(4).toString('hex')}`);
    await ensureTable(table);
    roots = [];
    pending = [];
    const port: TeamsPort = { ...standInPort(), updateRoot: async (_place, card) => void roots.push(card) };
    deps = { ...(await azuriteDeps(azurite.connectionString(), table, { port })), now: () => NOW, later: (_what, work) => void pending.push(work()) };
  });

  /** `session` stored where openSessionRecord() is, with `n` answers. */
  async function stored(session: Session, answers: Record<string, string>[] = []): Promise<Session> {
    const base = openSessionRecord();
    const placed = { ...session, id: base.id, place: base.place, facilitator: FACILITATOR, createdAt: base.createdAt };
    assert.equal(await deps.sessions.create(placed), true);
    const secret = (await deps.sessions.secret(placed.id))!;
    for (const [i, a] of answers.entries()) assert.equal(await deps.answers.saveAnswer(placed.id, secret, `user-${i}`, `activity-${i}`, a), 'saved');
    return placed;
  }

  it('a check-in round the facilitator closes two days early says it is closed, and when, with no answer button left', async () => {
    const answers = Array.from({ length: 4 }, (_, i) => ({ clarity: String(2 + (i % 3)), solved: '3', obstacles: 'For mange møder', more: 'Tid med eleverne' }));
    const round = await stored(sessionOf(kerneopgaveTjek, { lang: 'da', round: true }), answers);
    assert.equal((await requestClose(deps, 'da', FACILITATOR, where, { sessionId: round.id })).outcome, 'closing');
    await Promise.all(pending);
    assert.equal(roots.length, 1, 'the root card is updated once');
    const shown = texts(roots[0]);
    assert.ok(shown.includes('Runde i et fast tjek – blev lukket tirsdag den 2. marts kl. 14:05.'), shown.join('\n'));
    assert.ok(shown.includes('Runden er lukket'));
    assert.ok(!shown.some((s) => /lukker/.test(s)), shown.join('\n'));
    assert.deepEqual(controls(roots[0]), [], 'nothing to press that would be refused');
    assert.equal((await deps.sessions.get(round.id))?.session.state, 'closed');
  });

  it('an exercise closed by saving its result says "Lukket …" in place of "Ingen frist", with no answer button left', async () => {
    const exercise = await stored({ ...openSessionRecord(), exerciseId: 'tid', phase: 'result', summaryWithheld: 'noAnswerPhase' });
    assert.equal((await saveResult(deps, 'da', FACILITATOR, where, { sessionId: exercise.id, formulation: 'Mindre tid på møder', action1: 'Kortere møder' })).outcome, 'result');
    await Promise.all(pending);
    assert.equal(roots.length, 1);
    const shown = texts(roots[0]);
    assert.ok(shown.includes('Lukket 2. mar. 2027 kl. 14:05'), shown.join('\n'));
    assert.ok(shown.includes('Øvelsen er lukket'));
    assert.ok(!shown.some((s) => /Ingen frist|Frist:/.test(s)), shown.join('\n'));
    assert.deepEqual(controls(roots[0]), []);
  });
});
