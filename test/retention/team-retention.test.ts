import assert from 'node:assert/strict';
import { checkSchedule } from '../../domain/checkins/check-schedule';
import { newSchedule } from '../../domain/checkins/manage';
import { sweepOnce } from '../../dialogs/retention-sweep';
import { FACILITATOR, person, TEAM, TENANT } from '../support/activities';
import { useConnectorStandIn } from '../support/connector-standin';
import { fullSession } from '../support/full-session';
import { useStack } from '../support/kernedialog-stack';
import { mentionReply } from '../support/mention-reply';
import { dumpAllTables, partitionKeys } from '../support/table-dump';

const DAY = 86_400_000;
const T0 = new Date('2027-03-01T09:00:00Z');
const OTHER_TEAM = 'team-hjemmeplejen';
const JONAS = person('user-jonas', 'Jonas Kristensen');
const BIRGITTE = person('user-birgitte', 'Birgitte Nørgaard');

/** Issue 6: a team's facilitators choose its retention, within bounds, and the sweep follows it. */
describe("retention: a team's own retention period", function () {
  this.timeout(60_000);
  let clock = T0;
  const stack = useStack({ playground: false, now: () => clock, env: { RETENTION_CHECK_MS: '3600000' } });
  const standIn = useConnectorStandIn();
  const say = (text: string, from = FACILITATOR) => mentionReply(stack.bot().url, standIn(), text, { from });
  let ours = '';
  let theirs = '';

  before(async function () {
    this.timeout(60_000);
    const { url, idle } = stack.bot();
    ours = (await fullSession(url, standIn(), idle, { title: 'Vores team' })).sessionId;
    theirs = (await fullSession(url, standIn(), idle, { title: 'Et andet team', team: OTHER_TEAM, channel: 'channel-hjemmeplejen' })).sessionId;
  });

  it('tells anyone how long answers are kept, and how facilitators change it', async () => {
    const { text } = await say('opbevaring', JONAS);
    assert.match(text, /Rå svar i dette team slettes 90 dage efter/);
    assert.match(text, /@Kernedialog opbevaring .* fra 7 til 365/);
  });

  it('refuses a change from someone who has only answered', async () => {
    assert.match((await say('opbevaring 30', JONAS)).text, /Kun teamets facilitatorer kan ændre opbevaringen/);
    assert.equal((await stack.bot().deps.teams.get(TEAM))?.retentionDays, undefined);
  });

  it('refuses fewer than 7 or more than 365 days, and says why', async () => {
    for (const days of ['400', '3', 'altid']) {
      const { text } = await say(`opbevaring ${days}`);
      assert.match(text, /Vælg et antal dage fra 7 til 365/, days);
      assert.match(text, /tastefejl.*slet data.*længere, end kommunen har fastsat/s, days);
    }
    assert.equal((await stack.bot().deps.teams.get(TEAM))?.retentionDays, undefined);
  });

  it('takes 30 days from the facilitator, announces it without a name, and the sweep follows it for this team only', async () => {
    const { text } = await say('opbevaring 30');
    assert.match(text, /En facilitator har ændret opbevaringen: Rå svar i dette team slettes nu 30 dage/);
    assert.doesNotMatch(text, /Mette/);
    assert.equal((await stack.bot().deps.teams.get(TEAM))?.retentionDays, 30);
    assert.equal((await stack.bot().deps.teams.get(OTHER_TEAM))?.retentionDays, undefined);

    clock = new Date(T0.getTime() + 29 * DAY);
    assert.equal((await sweepOnce(stack.bot().deps)).sessions, 0);
    clock = new Date(T0.getTime() + 31 * DAY);
    assert.equal((await sweepOnce(stack.bot().deps)).sessions, 1);
    const rows = await dumpAllTables(stack.azurite().connectionString);
    assert.deepEqual(partitionKeys(rows, ours), ['result', 'session', 'summary', 'votes']);
    assert.ok(
      partitionKeys(rows, theirs).some((k) => k.startsWith('s|')),
      'the other team keeps its answers for the default 90 days',
    );
  });

  it('counts the owner of a recurring check-in in the team as a facilitator', async () => {
    const checked = checkSchedule({ templateId: 'social-kapital', cadence: 'weekly', weekday: 'MO', time: '09:00', roundAmount: '2', roundUnit: 'days', reminders: '', language: 'da', k: '3' }, clock);
    assert.ok(checked.ok);
    assert.match((await say('opbevaring 60', BIRGITTE)).text, /Kun teamets facilitatorer/);
    await stack.bot().deps.schedules.create({
      schedule: newSchedule('s-birgitte', checked.value, { id: BIRGITTE.id, name: BIRGITTE.name }, clock),
      place: { serviceUrl: standIn().serviceUrl, tenantId: TENANT, teamId: TEAM, teamsChannelId: 'channel-andet' },
      carried: [],
      history: [],
    });
    assert.match((await say('opbevaring 60', BIRGITTE)).text, /slettes nu 60 dage/);
    assert.equal((await stack.bot().deps.teams.get(TEAM))?.retentionDays, 60);
  });

  it('logs the team and the days, never who', () => {
    assert.ok(stack.logs.some((l) => l.msg === 'team retention changed' && l.days === 30));
    assert.doesNotMatch(JSON.stringify(stack.logs), /user-jonas|user-birgitte|user-mette/);
  });
});
