import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { AdaptiveCard } from '../../cards/render';
import { createLogger } from '../../config/log';
import { closeSession } from '../../dialogs/close-session';
import type { DialogDeps } from '../../dialogs/deps';
import type { TeamsPort } from '../../dialogs/teams-port';
import type { Session } from '../../domain/session';
import type { PerspectivesSummary } from '../../domain/summary/perspectives';
import { AnswerBox } from '../../storage/answer-box';
import { GroupContributions } from '../../storage/group-contributions';
import { ScheduleStore } from '../../storage/schedule-store';
import { SessionStore } from '../../storage/session-store';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { TableStateStorage } from '../../storage/table-state-storage';
import { TeamRegistry } from '../../storage/team-registry';
import { useAzurite } from '../support/azurite';
import { openSessionRecord } from '../support/session-record';
import { cardText } from '../support/playground-client';
import { tempVault } from '../support/temp-vault';
import { schedule } from '../domain/checkins/fixtures';

/** Teams itself cannot run here: this port records what would have been posted. */
class RecordingPort implements TeamsPort {
  readonly replies: AdaptiveCard[] = [];
  readonly updates: AdaptiveCard[] = [];
  async startThread() {
    return { threadId: 'channel-x;messageid=1', rootActivityId: '1' };
  }
  async reply(_place: unknown, card: AdaptiveCard) {
    this.replies.push(card);
  }
  async updateRoot(_place: unknown, card: AdaptiveCard) {
    this.updates.push(card);
  }
  /** What Teams says about the team's names: a list, or a failure. */
  members: string[] | Error = [];
  async memberNames(): Promise<string[]> {
    if (this.members instanceof Error) throw this.members;
    return this.members;
  }
  async memberCount() {
    return 6;
  }
  async tellPrivately() {}
}

describe('closing a session, against Azurite', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  let deps: DialogDeps;
  let port: RecordingPort;

  beforeEach(async () => {
    const table = tableClientFor(azurite.connectionString(), `sessions${randomBytes(4).toString('hex')}`);
    await ensureTable(table);
    port = new RecordingPort();
    logLines = [];
    deps = {
      sessions: new SessionStore(table, randomBytes(32), tempVault()),
      schedules: new ScheduleStore(table),
      answers: new AnswerBox(table),
      contributions: new GroupContributions(table),
      teams: new TeamRegistry(await TableStateStorage.create(azurite.connectionString(), 'teams')),
      port,
      log: createLogger('test', 'warn', (line) => void logLines.push(JSON.stringify(line))),
      now: () => new Date(),
      later: () => undefined,
    };
  });
  let logLines: string[] = [];

  async function sessionWithAnswers(n: number, text = (i: number) => `Læring og trivsel ${i}`): Promise<Session> {
    const session = openSessionRecord();
    assert.equal(await deps.sessions.create(session), true);
    const secret = (await deps.sessions.secret(session.id))!;
    for (let i = 0; i < n; i++) assert.equal(await deps.answers.saveAnswer(session.id, secret, `user-${i}`, `activity-${i}`, { formal: text(i) }), 'saved');
    return session;
  }

  it('posts one summary when the facilitator and the deadline end the answers at the same moment', async () => {
    const session = await sessionWithAnswers(7);
    await Promise.all([closeSession(deps, session.id, 'facilitator'), closeSession(deps, session.id, 'deadline'), closeSession(deps, session.id, 'deadline')]);
    assert.equal(port.replies.length, 1);
    assert.match(cardText(port.replies[0]), /7 personer har svaret/);
    assert.equal((await deps.answers.sealedAnswers(session.id)).length, 7);
    const after = (await deps.sessions.get(session.id))?.session;
    assert.deepEqual([after?.state, after?.phase], ['open', 'proposals'], 'the session moves on to the proposals once');
    assert.ok(await deps.sessions.secret(session.id), 'the secret lives until the whole session closes');
    assert.equal(await deps.answers.count(session.id, 'proposals'), 0);
  });

  it('finishes an end of the answers that stopped half-way, with every answer in the summary', async () => {
    const session = await sessionWithAnswers(4);
    const secret = (await deps.sessions.secret(session.id))!;
    // A crash after shutting the gates and sealing, before the summary:
    const stored = (await deps.sessions.get(session.id))!;
    await deps.sessions.update({ ...stored.session, state: 'closing', closingAt: new Date().toISOString() }, stored.etag);
    await deps.answers.shut(session.id);
    await deps.answers.seal(session.id, secret);
    await closeSession(deps, session.id, 'deadline');
    const summary = await deps.sessions.summary<PerspectivesSummary>(session.id);
    assert.equal(summary?.shown && summary.respondents, 4);
    assert.equal(port.replies.length, 1);
  });

  // A surname that starts a sentence and that k people use: only the roster catches it.
  const aboutVestbjerg = (i: number) => (i % 2 === 0 ? 'Vestbjerg holder møderne kort' : 'Møderne er lange');

  it('masks the names Teams gives for the team in the stored summary and on the ballot', async () => {
    port.members = ['Mette', 'Vestbjerg'];
    const session = await sessionWithAnswers(6, aboutVestbjerg);
    await closeSession(deps, session.id, 'facilitator');
    const summary = JSON.stringify(await deps.sessions.summary(session.id));
    assert.match(summary, /\[NN\] holder møderne kort/);
    assert.doesNotMatch(summary, /vestbjerg/i);

    const secret = (await deps.sessions.secret(session.id))!;
    for (let i = 0; i < 3; i++)
      assert.equal(await deps.answers.saveAnswer(session.id, secret, `user-${i}`, `p-${i}`, { proposal: i === 0 ? 'Vestbjerg skriver referat' : `Forslag ${i}` }, undefined, 'proposals'), 'saved');
    await closeSession(deps, session.id, 'facilitator');
    const ballot = await deps.sessions.doc<{ texts: string[] }>(session.id, 'proposals');
    assert.deepEqual([...(ballot?.texts ?? [])].sort(), ['Forslag 1', 'Forslag 2', '[NN] skriver referat']);
  });

  it('still posts the summary when Teams will not give the names, masking by the heuristic alone, and logs no name', async () => {
    port.members = Object.assign(new Error('GET …/pagedmembers for Mette Vestbjerg failed'), { statusCode: 502 });
    const session = await sessionWithAnswers(6, (i) => (i % 2 === 0 ? 'Møderne med Hanne er korte' : 'Møderne er lange'));
    await closeSession(deps, session.id, 'facilitator');
    assert.equal(port.replies.length, 1);
    const summary = JSON.stringify(await deps.sessions.summary(session.id));
    assert.match(summary, /Møderne med \[NN\] er korte/);
    assert.ok(
      logLines.some((l) => /member names unavailable/.test(l) && /502/.test(l)),
      logLines.join('\n'),
    );
    assert.doesNotMatch(logLines.join('\n'), /Mette|Vestbjerg|Hanne/);
  });

  it('lets no answer in once the gates are shut', async () => {
    const session = await sessionWithAnswers(3);
    const secret = (await deps.sessions.secret(session.id))!;
    await deps.answers.shut(session.id);
    assert.equal(await deps.answers.saveAnswer(session.id, secret, 'late', 'late-activity', { formal: 'For sent' }), 'closed');
    assert.equal(await deps.answers.count(session.id), 3);
  });
  it('a check-in round after one filed before rounding: rounded beside the exact figure, no change against it, no split flag', async () => {
    // The schedule's last round was filed before rounding: its card showed clarity 2.9 exactly, with the counts per step.
    await deps.schedules.create({
      schedule: schedule({ id: 's-exact' }),
      place: { serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'channel-x' },
      carried: [],
      history: [{ dueAt: '2027-02-01T08:00:00.000Z', metK: true, figures: { clarity: 2.9, solved: 3.1 } }],
    });
    const session: Session = { ...openSessionRecord(), exerciseId: 'kerneopgave-tjek', round: { scheduleId: 's-exact', dueAt: '2027-03-01T08:00:00.000Z', late: false, carried: [] } };
    assert.equal(await deps.sessions.create(session), true);
    const secret = (await deps.sessions.secret(session.id))!;
    // Two camps, mean 2.4 on its own (→ 2), within 4/7 + 0.08 of 2.9: shown as 2.9 rounded, 3.
    const clarity = ['1', '1', '1', '2', '4', '4', '4'];
    for (const [i, c] of clarity.entries()) assert.equal(await deps.answers.saveAnswer(session.id, secret, `user-${i}`, `activity-${i}`, { clarity: c, solved: '3' }), 'saved');
    await closeSession(deps, session.id, 'deadline');
    const text = cardText(port.replies[0]);
    assert.match(text, /Gennemsnit: 3 af 5/);
    assert.match(text, /Tallene kan ikke sammenlignes med sidste runde, som viste dem uden afrunding\./);
    assert.match(text, /Klarhed: 3 \(kan ikke sammenlignes med 1\. feb\., før afrundingen\)/);
    assert.doesNotMatch(text, /Svarene er delt i to lejre/);
    const filed = (await deps.schedules.get('s-exact'))?.record.history.at(-1);
    assert.deepEqual([filed?.figures.clarity, filed?.steps?.clarity], [3, 1]);
  });
});
