import assert from 'node:assert/strict';
import { checkSchedule } from '../../domain/checkins/check-schedule';
import { newSchedule } from '../../domain/checkins/manage';
import { sweepOnce } from '../../dialogs/retention-sweep';
import { FACILITATOR, installationActivity, postActivity, TEAM, teamEventActivity, TENANT } from '../support/activities';
import { useConnectorStandIn } from '../support/connector-standin';
import { fullSession } from '../support/full-session';
import { useStack } from '../support/kernedialog-stack';
import { dumpAllTables, partitionKeys, rowText } from '../support/table-dump';

const DAY = 86_400_000;
const T0 = new Date('2027-03-01T09:00:00Z');
const OTHER_TEAM = 'team-hjemmeplejen';
const at = (days: number) => new Date(T0.getTime() + days * DAY);

/**
 * Issue 6: removing the app from a team schedules the deletion of all the team's data after
 * UNINSTALL_GRACE_DAYS (30); installing it again within the grace keeps everything.
 */
describe("retention: uninstalling deletes the team's data after a grace period", function () {
  this.timeout(60_000);
  let clock = T0;
  const stack = useStack({ playground: false, now: () => clock, env: { RETENTION_CHECK_MS: '3600000' } });
  const standIn = useConnectorStandIn();
  const send = async (activity: Record<string, unknown>) => assert.ok((await postActivity(stack.bot().url, activity)).status < 300);
  const teamRows = async (team: string) => (await dumpAllTables(stack.azurite().connectionString)).filter((r) => rowText(r).includes(team) || r.partitionKey === ours);
  let ours = '';
  let theirs = '';

  before(async function () {
    this.timeout(60_000);
    const { url, idle, deps } = stack.bot();
    const s = standIn();
    await send(installationActivity('add', { serviceUrl: s.serviceUrl }));
    ours = (await fullSession(url, s, idle, { title: 'Vores' })).sessionId;
    theirs = (await fullSession(url, s, idle, { title: 'Deres', team: OTHER_TEAM, channel: 'channel-hjemmeplejen' })).sessionId;
    const checked = checkSchedule({ templateId: 'social-kapital', cadence: 'weekly', weekday: 'MO', time: '09:00', roundAmount: '2', roundUnit: 'days', reminders: '', language: 'da', k: '3' }, clock);
    assert.ok(checked.ok);
    await deps.schedules.create({
      schedule: newSchedule('s-vores', checked.value, { id: FACILITATOR.id, name: FACILITATOR.name }, clock),
      place: { serviceUrl: s.serviceUrl, tenantId: TENANT, teamId: TEAM, teamsChannelId: 'channel-kerneopgave' },
      carried: [],
      history: [],
    });
    await deps.teams.addTemplate(TEAM, { title: 'Vores egen', custom: { questions: [{ kind: 'freeText', text: 'Hvad er vigtigt?' }] } });
    await idle();
  });

  it('keeps everything during the grace period after an uninstall', async () => {
    const before = (await teamRows(TEAM)).length;
    assert.ok(before > 30, `the team has data: ${before} rows`);
    await send(installationActivity('remove', { serviceUrl: standIn().serviceUrl }));
    const record = await stack.bot().deps.teams.get(TEAM);
    assert.equal(record?.installed, false);
    assert.equal(record?.deleteAfter, at(30).toISOString());

    clock = at(30 - 1 / 24);
    assert.deepEqual(await sweepOnce(stack.bot().deps), { sessions: 0, teams: 0, schedules: 0, secrets: 0, orphans: 0 });
    assert.equal((await teamRows(TEAM)).length, before);
  });

  it('keeps everything when the app is installed again within the grace period', async () => {
    const before = (await teamRows(TEAM)).length;
    await send(installationActivity('add', { serviceUrl: standIn().serviceUrl }));
    assert.equal((await stack.bot().deps.teams.get(TEAM))?.deleteAfter, undefined);
    clock = at(31);
    assert.deepEqual(await sweepOnce(stack.bot().deps), { sessions: 0, teams: 0, schedules: 0, secrets: 0, orphans: 0 });
    assert.equal((await teamRows(TEAM)).length, before);
    assert.deepEqual(
      (await stack.bot().deps.teams.templates(TEAM)).map((x) => x.title),
      ['Vores egen'],
    );
  });

  it('leaves no row of the team in any table once the grace period is over, and the other team as it was', async () => {
    const theirKeys = partitionKeys(await dumpAllTables(stack.azurite().connectionString), theirs);
    // This time Teams says it with a conversationUpdate: the bot was removed from the team.
    await send(teamEventActivity('teamMemberRemoved', { serviceUrl: standIn().serviceUrl }));
    assert.equal((await stack.bot().deps.teams.get(TEAM))?.deleteAfter, at(61).toISOString());

    clock = at(61);
    assert.deepEqual(await sweepOnce(stack.bot().deps), { sessions: 0, teams: 1, schedules: 0, secrets: 0, orphans: 0 });
    assert.deepEqual(
      (await teamRows(TEAM)).map((r) => `${r.table}/${r.partitionKey}/${r.rowKey}`),
      [],
    );
    assert.equal(await stack.bot().deps.teams.get(TEAM), undefined, 'language, templates and retention choice are gone too');
    assert.deepEqual(partitionKeys(await dumpAllTables(stack.azurite().connectionString), theirs), theirKeys);
  });

  it('treats a deleted team like an uninstall, a restored one like a reinstall, and a hard-deleted one as due now; a 403 schedules nothing', async () => {
    const { deps } = stack.bot();
    await deps.teams.setInstalled(OTHER_TEAM, false, 'da');
    assert.equal((await deps.teams.get(OTHER_TEAM))?.deleteAfter, undefined, 'Teams refusing a post (403) may be a block, not a removal');
    await send(teamEventActivity('teamDeleted', { serviceUrl: standIn().serviceUrl, team: OTHER_TEAM }));
    assert.equal((await deps.teams.get(OTHER_TEAM))?.deleteAfter, at(61 + 30).toISOString());
    await send(teamEventActivity('teamRestored', { serviceUrl: standIn().serviceUrl, team: OTHER_TEAM }));
    assert.equal((await deps.teams.get(OTHER_TEAM))?.deleteAfter, undefined);
    await send(teamEventActivity('teamHardDeleted', { serviceUrl: standIn().serviceUrl, team: OTHER_TEAM }));
    assert.equal((await deps.teams.get(OTHER_TEAM))?.deleteAfter, at(61).toISOString());
    assert.deepEqual(await sweepOnce(deps), { sessions: 0, teams: 1, schedules: 0, secrets: 0, orphans: 0 });
    assert.deepEqual(partitionKeys(await dumpAllTables(stack.azurite().connectionString), theirs), []);
  });

  it('logs teams and counts, never who', () => {
    assert.ok(stack.logs.some((l) => l.msg === 'team data deleted after the uninstall grace period' && l.team === TEAM && l.sessions === 1 && l.schedules === 1));
    assert.doesNotMatch(JSON.stringify(stack.logs), /user-jonas|user-aisha|user-lars|user-mette/);
  });
});
