import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { checkSchedule } from '../../domain/checkins/check-schedule';
import { newSchedule } from '../../domain/checkins/manage';
import { AnswerBox } from '../../storage/answer-box';
import { ScheduleStore } from '../../storage/schedule-store';
import { SessionStore } from '../../storage/session-store';
import { FileVault } from '../../storage/file-vault';
import { sessionsFolder } from '../../storage/secret-vault-for';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { TableStateStorage } from '../../storage/table-state-storage';
import { TeamRegistry } from '../../storage/team-registry';
import { useAzurite } from '../support/azurite';
import { useBotProcesses } from '../support/bot-processes';
import { useConnectorStandIn } from '../support/connector-standin';
import { answerActivity, closeActivity, FACILITATOR, invoke, person, startSession, TEAM, TENANT } from '../support/activities';
import { until } from '../support/until';

/**
 * The bot process is killed (SIGKILL) while it posts a phase's summary and while it posts a
 * scheduled round, and started again. Afterwards the session is consistent and each post happens
 * exactly once. Storage holds all state, and a claim left by a dead process goes stale.
 */
const TICK_MS = 200;

describe('reliability: the bot process killed mid-work and restarted', function () {
  this.timeout(120_000);
  const azurite = useAzurite();
  const standIn = useConnectorStandIn();
  const start = new Date('2027-03-01T07:00:00Z');
  const env = { ANONYMITY_KEY: randomBytes(32).toString('base64'), DEADLINE_CHECK_MS: String(TICK_MS), SCHEDULE_CHECK_MS: String(TICK_MS), LOG_LEVEL: 'info' };
  const { bots, keyDir, setClock, crashAndRestart, checkAll } = useBotProcesses(1, () => azurite.connectionString(), env, start);
  let sessions: SessionStore;
  let answers: AnswerBox;
  let schedules: ScheduleStore;

  before(async () => {
    const table = tableClientFor(azurite.connectionString(), 'sessions');
    await ensureTable(table);
    sessions = new SessionStore(table, Buffer.from(env.ANONYMITY_KEY, 'base64'), new FileVault(sessionsFolder(keyDir)));
    answers = new AnswerBox(table);
    const scheduleTable = tableClientFor(azurite.connectionString(), 'schedules');
    await ensureTable(scheduleTable);
    schedules = new ScheduleStore(scheduleTable);
    await new TeamRegistry(await TableStateStorage.create(azurite.connectionString(), 'teams')).setInstalled(TEAM, true, 'da');
  });

  it('during a phase change: after the restart the answers are sealed once, the next phase is open, and the summary is posted once', async () => {
    const s = standIn();
    const session = await startSession(bots[0].url, s, { title: 'Afbrudt fase', k: '3' });
    for (const id of ['user-a', 'user-b', 'user-c']) await invoke(bots[0].url, answerActivity(s.serviceUrl, session, person(id), { formal: `Svar fra ${id.slice(-1)}` }));
    const isSummary = (c: { op: string; body?: unknown }) => c.op === 'replyToActivity' && /Opsamling/.test(JSON.stringify(c.body));
    s.fault = (call) => (isSummary(call) ? { status: 0, hang: true } : undefined);
    await invoke(bots[0].url, closeActivity(s.serviceUrl, session));
    await until('the summary post', () => s.calls.some(isSummary));
    await crashAndRestart(0);
    s.fault = () => undefined;

    setClock(new Date(start.getTime() + 3 * 60_000)); // past the 2-minute claim a dead process left
    await until('a summary Teams took', () => s.calls.filter((c) => isSummary(c) && c.status === 201).length >= 1);
    // The restarted bot has looked twice more: a second post would be made by then.
    await checkAll();
    assert.equal(s.calls.filter((c) => isSummary(c) && c.status === 201).length, 1, 'the summary is posted once');
    const stored = (await sessions.get(session.sessionId))!.session;
    assert.equal(stored.phase, 'proposals');
    assert.equal(stored.state, 'open');
    assert.ok(stored.summaryPostedAt);
    assert.equal((await answers.sealedAnswers(session.sessionId)).length, 3, 'three answers, sealed once');
  });

  it('during a scheduled round: the round is posted once after the restart', async () => {
    const s = standIn();
    const now = new Date(start.getTime() + 10 * 60_000); // 08:10 in Copenhagen
    setClock(now);
    const checked = checkSchedule({ templateId: 'moedevurdering', cadence: 'weekly', weekday: 'MO', time: '08:15', roundAmount: '1', roundUnit: 'days', reminders: '', language: 'da', k: '3' }, now);
    assert.ok(checked.ok);
    await schedules.create({
      schedule: newSchedule('s-afbrudt', checked.value, { id: FACILITATOR.id, name: FACILITATOR.name }, now),
      place: { serviceUrl: s.serviceUrl, tenantId: TENANT, teamId: TEAM, teamsChannelId: 'channel-afbrudt' },
      carried: [],
      history: [],
    });
    const isRound = (c: { op: string; body?: { channelData?: { channel?: { id?: string } } } }) => c.op === 'createConversation' && c.body?.channelData?.channel?.id === 'channel-afbrudt';
    s.fault = (call) => (isRound(call as never) ? { status: 0, hang: true } : undefined);
    setClock(new Date(now.getTime() + 5 * 60_000 + 5_000));
    await until('the round post', () => s.calls.some((c) => isRound(c as never)));
    await crashAndRestart(0);
    s.fault = () => undefined;

    setClock(new Date(now.getTime() + 7 * 60_000)); // past the 1-minute claim on posting the thread
    await until('a round Teams took', () => s.calls.filter((c) => isRound(c as never) && c.status === 201).length >= 1);
    // The restarted bot has looked twice more: a second post would be made by then.
    await checkAll();
    assert.equal(s.calls.filter((c) => isRound(c as never) && c.status === 201).length, 1, 'the round is posted once');
    assert.ok((await schedules.get('s-afbrudt'))!.record.lastDue, 'the schedule moved on');
  });
});
