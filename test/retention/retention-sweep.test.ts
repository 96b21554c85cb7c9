import assert from 'node:assert/strict';
import { sweepOnce } from '../../dialogs/retention-sweep';
import { followUpSettings, ONE_OFF_RULE } from '../../domain/checkins/follow-up';
import { newSchedule } from '../../domain/checkins/manage';
import { fromJsonProperties } from '../../storage/entity-json';
import { tableClientFor } from '../../storage/table-client';
import { useConnectorStandIn } from '../support/connector-standin';
import { fullSession } from '../support/full-session';
import { useStack } from '../support/kernedialog-stack';
import { dumpAllTables, partitionKeys, type DumpedRow } from '../support/table-dump';
import { until } from '../support/until';

const DAY = 86_400_000;
const T0 = new Date('2027-03-01T09:00:00Z');
const KEPT = ['result', 'session', 'summary', 'votes'];

const quotesIn = (summary: unknown): string[] => JSON.stringify(summary).match(/"quotes":\[[^\]]+\]/g) ?? [];
const json = (row: DumpedRow | undefined) => (row ? (JSON.parse(fromJsonProperties(row)) as Record<string, unknown>) : undefined);

/**
 * Issue 6: raw answers are deleted RETENTION_DAYS (90) after a session closes, and the aggregate
 * stays. Every assertion reads the tables afterwards, as a storage administrator would.
 */
describe('retention: raw answers are deleted after the retention period, the summary stays', function () {
  this.timeout(60_000);
  let clock = T0;
  const stack = useStack({ playground: false, now: () => clock, env: { RETENTION_CHECK_MS: '3600000' } });
  const standIn = useConnectorStandIn();
  let sessionId = '';

  before(async function () {
    this.timeout(60_000);
    const { url, idle } = stack.bot();
    sessionId = (await fullSession(url, standIn(), idle, { title: 'Opbevaring' })).sessionId;
  });

  it('keeps everything for the first 90 days', async () => {
    const rows = await dumpAllTables(stack.azurite().connectionString);
    const keys = partitionKeys(rows, sessionId);
    for (const prefix of ['s|', 'proposals:s|', 'vote:s|', 'gate|', 'proposals:gate|', 'vote:gate|'])
      assert.ok(
        keys.some((k) => k.startsWith(prefix)),
        `a ${prefix} row before the sweep: ${keys.join(' ')}`,
      );
    const summary = json(rows.find((r) => r.partitionKey === sessionId && r.rowKey === 'summary'));
    assert.ok(quotesIn(summary).length > 0, 'the summary quotes answers before the sweep');
    // Issue 12, point 8: theme sizes, never member indices, which would line up across questions.
    assert.doesNotMatch(JSON.stringify(summary), /"members"/);
    assert.match(JSON.stringify(summary), /"size":\d+/);

    clock = new Date(T0.getTime() + 90 * DAY - 60_000);
    assert.deepEqual(await sweepOnce(stack.bot().deps), { sessions: 0, teams: 0, schedules: 0, secrets: 0, orphans: 0 });
    assert.deepEqual(partitionKeys(await dumpAllTables(stack.azurite().connectionString), sessionId), keys);
  });

  it('deletes the sealed answers, proposals, votes and every leftover row at 90 days, and keeps the aggregate without quotes', async () => {
    const before = await dumpAllTables(stack.azurite().connectionString);
    const summaryBefore = json(before.find((r) => r.partitionKey === sessionId && r.rowKey === 'summary'));
    clock = new Date(T0.getTime() + 90 * DAY + 60_000);
    assert.deepEqual(await sweepOnce(stack.bot().deps), { sessions: 1, teams: 0, schedules: 0, secrets: 0, orphans: 0 });

    const rows = await dumpAllTables(stack.azurite().connectionString);
    assert.deepEqual(partitionKeys(rows, sessionId), KEPT);
    const summary = json(rows.find((r) => r.partitionKey === sessionId && r.rowKey === 'summary'));
    assert.deepEqual(quotesIn(summary), [], 'no quote is left in the summary');
    assert.doesNotMatch(JSON.stringify(summary), /"members"/, 'no theme says which answers it holds');
    assert.deepEqual(
      summary,
      JSON.parse(JSON.stringify(summaryBefore).replace(/"quotes":\[([^\]]*)\]/g, (_, qs: string) => `"quotes":[],"quoted":${qs === '' ? 0 : qs.split('","').length}`)),
      'themes, words and counts (and how many quotes there were) are as they were',
    );
    const tally = json(rows.find((r) => r.partitionKey === sessionId && r.rowKey === 'votes')) as { shown: boolean; ranked: { text: string; votes: number }[] };
    assert.equal(tally.shown, true);
    assert.equal(tally.ranked[0].votes, 3, 'the vote result stays, with the proposals voted on');
    const session = rows.find((r) => r.partitionKey === sessionId && r.rowKey === 'session')!;
    assert.equal(session.swept, true);
    assert.equal(json(session)?.sweptAt, clock.toISOString());
  });

  it('never reads a swept session again', async () => {
    clock = new Date(T0.getTime() + 400 * DAY);
    assert.deepEqual(await stack.bot().deps.sessions.dueForSweep(clock), []);
    assert.deepEqual(await sweepOnce(stack.bot().deps), { sessions: 0, teams: 0, schedules: 0, secrets: 0, orphans: 0 });
    assert.ok(!stack.logs.some((l) => l.level === 'error'), JSON.stringify(stack.logs.filter((l) => l.level === 'error')));
  });

  it('sweeps by itself after a restart, also a session stored before the sweep had its columns', async () => {
    const { url, idle } = stack.bot();
    clock = T0;
    const old = (await fullSession(url, standIn(), idle, { title: 'Fra før opbevaring' })).sessionId;
    // As a row written by the code before issue 6: no team, closedAt or swept column.
    const table = tableClientFor(stack.azurite().connectionString, 'sessions');
    const {
      etag: _etag,
      timestamp: _timestamp,
      team: _team,
      closedAt: _closedAt,
      swept: _swept,
      ...legacy
    } = (await table.getEntity<Record<string, unknown>>(old, 'session')) as Record<string, unknown>;
    await table.updateEntity(legacy as { partitionKey: string; rowKey: string }, 'Replace');
    assert.equal((await table.getEntity(old, 'session')).swept, undefined);

    clock = new Date(T0.getTime() + 91 * DAY);
    await stack.restartBot();
    await until('the old session swept', async () => partitionKeys(await dumpAllTables(stack.azurite().connectionString), old).length <= KEPT.length, 10_000);
    assert.deepEqual(partitionKeys(await dumpAllTables(stack.azurite().connectionString), old), KEPT);
    assert.ok(stack.logs.some((l) => l.msg === 'raw answers deleted after the retention period' && l.session === old));
  });

  it('reads a follow-up stored with the old one-off rule as an ended one-off without its actions, and deletes it once its round holds no answers', async () => {
    const deps = stack.bot().deps;
    clock = new Date(T0.getTime() + 500 * DAY);
    const id = 's-followup-0123456789abcdef01234567';
    const settings = { ...followUpSettings(4, T0, { k: 3, language: 'da', timeZone: 'Europe/Copenhagen' }), cadence: { kind: 'rrule' as const, rule: ONE_OFF_RULE } };
    // As the version before one-offs had a cadence of their own wrote it, with its round dealt with.
    await deps.schedules.create({
      schedule: newSchedule(id, settings, { id: 'user-mette', name: 'Mette' }, T0),
      place: { serviceUrl: standIn().serviceUrl, tenantId: 't', teamsChannelId: 'channel-gammel', teamId: 'team-gammel' },
      lastDue: '2027-03-29T08:00:00.000Z',
      carried: ['Skriv til forvaltningen'],
      history: [],
    });
    const read = (await deps.schedules.get(id))!.record;
    assert.deepEqual([read.schedule.cadence, read.schedule.ended?.opened, read.carried], [{ kind: 'once', date: settings.startDate }, true, []]);
    assert.deepEqual(await sweepOnce(deps), { sessions: 0, teams: 0, schedules: 1, secrets: 0, orphans: 0 }, 'its round session is gone, so it goes');
    assert.equal(await deps.schedules.get(id), undefined);
  });

  it('logs no participant id', () => {
    assert.doesNotMatch(JSON.stringify(stack.logs), /user-jonas|user-aisha|user-lars|user-mette/);
  });
});
