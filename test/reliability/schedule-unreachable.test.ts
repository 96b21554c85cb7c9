import assert from 'node:assert/strict';
import { checkSchedule } from '../../domain/checkins/check-schedule';
import { newSchedule } from '../../domain/checkins/manage';
import { useStack } from '../support/kernedialog-stack';
import { ConnectorStandIn, useConnectorStandIn } from '../support/connector-standin';
import { FACILITATOR, TEAM, TENANT } from '../support/activities';
import { until } from '../support/until';

/** Teams answers 403 to a round's post (app removed or blocked): the schedule pauses, and its owner hears about it in personal chat. */
describe('reliability: a schedule whose channel refuses posts (403)', function () {
  this.timeout(60_000);
  let clock = new Date('2027-03-01T07:59:00Z');
  const stack = useStack({ playground: false, now: () => clock, env: { SCHEDULE_CHECK_MS: '150', DEADLINE_CHECK_MS: '60000' } });
  const standIn = useConnectorStandIn();

  it('pauses the schedule, tells the owner privately once, and posts nothing more in the channel', async () => {
    const { deps } = stack.bot();
    const s = standIn();
    await deps.teams.setInstalled(TEAM, true, 'da');
    const checked = checkSchedule({ templateId: 'social-kapital', cadence: 'weekly', weekday: 'MO', time: '09:00', roundAmount: '2', roundUnit: 'days', reminders: '', language: 'da', k: '3' }, clock);
    assert.ok(checked.ok);
    await deps.schedules.create({
      schedule: newSchedule('s-afvist', checked.value, { id: FACILITATOR.id, name: FACILITATOR.name }, new Date('2027-02-20T00:00:00Z')),
      place: { serviceUrl: s.serviceUrl, tenantId: TENANT, teamId: TEAM, teamsChannelId: 'channel-afvist' },
      carried: [],
      history: [],
    });
    s.fault = (call) => (call.op === 'createConversation' && call.body?.channelData?.channel?.id ? { status: 403 } : undefined);

    clock = new Date('2027-03-01T08:00:05Z');
    await until('the schedule paused', async () => Boolean((await deps.schedules.get('s-afvist'))?.record.schedule.paused), 5_000);
    // Twice more round the scheduler, and its background work done: a second try or message would be made by then.
    await stack.bot().checkAgain();
    const stored = (await deps.schedules.get('s-afvist'))!.record;
    assert.equal(stored.schedule.paused, true);
    assert.equal(stored.pausedBecause, 'unreachable');
    const personal = s.calls.filter((c) => c.op === 'createConversation' && c.body?.isGroup === false);
    assert.equal(personal.length, 1, 'the owner is told once');
    assert.equal(personal[0].body.members[0].id, FACILITATOR.id);
    assert.match(JSON.stringify(ConnectorStandIn.cardsOf(personal[0])), /sat på pause/);
    const toChannel = s.calls.filter((c) => c.op === 'createConversation' && c.body?.channelData?.channel?.id);
    assert.equal(toChannel.length, 1, 'one refused post, then no more tries');
    assert.ok(stack.logs.some((l) => /403/.test(l.msg)));
    assert.doesNotMatch(JSON.stringify(stack.logs), new RegExp(FACILITATOR.id));
  });
});
