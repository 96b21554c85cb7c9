import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { checkSchedule } from '../../domain/checkins/check-schedule';
import { newSchedule } from '../../domain/checkins/manage';
import { ScheduleStore } from '../../storage/schedule-store';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { TableStateStorage } from '../../storage/table-state-storage';
import { TeamRegistry } from '../../storage/team-registry';
import { useBotProcesses } from '../support/bot-processes';
import { useAzurite } from '../support/azurite';
import { useConnectorStandIn } from '../support/connector-standin';
import { answerActivity, FACILITATOR, invoke, person, TEAM, TENANT } from '../support/activities';
import { roundSessionId } from '../../dialogs/open-round';
import { until } from '../support/until';

const TICK_MS = 150;

/**
 * Three bot processes (each its own Node process with its server, adapter, scheduler and deadline
 * watcher) against one Azurite, sharing a clock the test moves through a file. Each round must be
 * posted once, each reminder sent once, and each summary posted once.
 */
describe('reliability: three bot processes share one schedule', function () {
  this.timeout(120_000);
  const azurite = useAzurite();
  const standIn = useConnectorStandIn();
  const env = { ANONYMITY_KEY: randomBytes(32).toString('base64'), DEADLINE_CHECK_MS: String(TICK_MS), SCHEDULE_CHECK_MS: String(TICK_MS), LOG_LEVEL: 'info' };
  const { bots, logs, setClock, checkAll } = useBotProcesses(3, () => azurite.connectionString(), env, new Date('2027-03-01T07:59:00Z')); // Monday 08:59 in Copenhagen
  let schedules: ScheduleStore;

  before(async () => {
    const table = tableClientFor(azurite.connectionString(), 'schedules');
    await ensureTable(table);
    schedules = new ScheduleStore(table);
    const teams = new TeamRegistry(await TableStateStorage.create(azurite.connectionString(), 'teams'));
    await teams.setInstalled(TEAM, true, 'da');
    const checked = checkSchedule(
      { templateId: 'kerneopgave-tjek', cadence: 'weekly', weekday: 'MO', time: '09:00', roundAmount: '1', roundUnit: 'days', reminders: '2, 4', language: 'da', k: '3' },
      new Date('2027-03-01T07:59:00Z'),
    );
    assert.ok(checked.ok, JSON.stringify(checked));
    const schedule = newSchedule('s-tre', checked.value, { id: FACILITATOR.id, name: FACILITATOR.name }, new Date('2027-02-20T00:00:00Z'));
    await schedules.create({ schedule, place: { serviceUrl: standIn().serviceUrl, tenantId: TENANT, teamId: TEAM, teamsChannelId: 'channel-tjek' }, carried: [], history: [] });
  });

  const threads = () => standIn().calls.filter((c) => c.op === 'createConversation' && c.status === 201);
  const replies = () => standIn().calls.filter((c) => c.op === 'replyToActivity' || c.op === 'sendToConversation');

  it('posts a due round once, whichever instance sees it first', async () => {
    await checkAll();
    assert.equal(threads().length, 0, 'nothing before 09:00');
    setClock(new Date('2027-03-01T08:00:05Z'));
    await until('1 thread(s)', () => threads().length >= 1, 10_000);
    await checkAll();
    assert.equal(threads().length, 1);
    assert.equal(logs.filter((l) => l.msg === 'round opened').length, 1);
  });

  it('sends each reminder once, into the round thread, naming nobody', async () => {
    setClock(new Date('2027-03-01T10:00:05Z'));
    await until('1 repl(ies)', () => replies().length >= 1, 10_000);
    setClock(new Date('2027-03-01T12:00:05Z'));
    await until('2 repl(ies)', () => replies().length >= 2, 10_000);
    await checkAll();
    assert.equal(replies().length, 2);
    for (const r of replies()) assert.match(r.conversationId ?? '', /^channel-tjek;messageid=/);
    assert.doesNotMatch(JSON.stringify(replies().map((r) => r.body)), /Mette|user-mette/);
  });

  it('takes answers on any instance, and posts the round summary once when the round closes', async () => {
    const thread = threads()[0];
    const round = { sessionId: roundSessionId('s-tre', new Date('2027-03-01T08:00:00Z')), threadId: thread.response.id, rootId: thread.response.activityId, createActivityId: '' };
    for (const [i, id] of ['user-a', 'user-b', 'user-c'].entries()) {
      const res = await invoke(
        bots[i].url,
        answerActivity(standIn().serviceUrl, round, person(id), { clarity: '4', solved: String(3 + i), obstacles: 'For mange møder', more: 'Tid med borgerne' }, { channel: 'channel-tjek' }),
      );
      assert.match(res.text, /Tak – dit svar er gemt/, res.text);
    }
    const before = replies().length;
    setClock(new Date('2027-03-02T08:00:05Z'));
    await until('another reply', () => replies().length > before, 10_000);
    await checkAll();
    const summaries = replies()
      .slice(before)
      .filter((r) => /Opsamling/.test(JSON.stringify(r.body)));
    assert.equal(summaries.length, 1, 'one summary');
    assert.match(JSON.stringify(summaries[0].body), /3 har svaret/);
    const record = await schedules.get('s-tre');
    assert.deepEqual(
      record?.record.history.map((h) => [h.dueAt, h.metK]),
      [['2027-03-01T08:00:00.000Z', true]],
    );
  });

  it('opens the next round a week later once, and not the skipped days in between', async () => {
    setClock(new Date('2027-03-08T08:00:05Z'));
    await until('2 thread(s)', () => threads().length >= 2, 10_000);
    await checkAll();
    assert.equal(threads().length, 2);
  });

  it('opens a round late, with a note, when every instance was down at its due time', async () => {
    setClock(new Date('2027-03-15T10:00:05Z')); // due 09:00 (08:00Z), open for a day
    await until('3 thread(s)', () => threads().length >= 3, 10_000);
    await checkAll();
    assert.equal(threads().length, 3);
    assert.match(JSON.stringify(threads()[2].body), /senere end planlagt/);
  });

  it('skips a round whose window passed while all were down, logs it once, and opens the next on time', async () => {
    setClock(new Date('2027-03-23T10:00:05Z')); // the round of 22 March closed at 23 March 09:00
    await until('the skip logged', () => logs.some((l) => l.msg === 'round skipped' && l.dueAt === '2027-03-22T08:00:00.000Z'), 10_000);
    await checkAll();
    assert.equal(threads().length, 3, 'nothing is posted for a round that is over');
    assert.equal(logs.filter((l) => l.msg === 'round skipped' && l.dueAt === '2027-03-22T08:00:00.000Z').length, 1);
    setClock(new Date('2027-03-29T07:00:05Z')); // summer time: 09:00 in Copenhagen is 07:00Z
    await until('4 thread(s)', () => threads().length >= 4, 10_000);
    await checkAll();
    assert.equal(threads().length, 4);
    assert.doesNotMatch(JSON.stringify(threads()[3].body), /senere end planlagt/);
  });
});
