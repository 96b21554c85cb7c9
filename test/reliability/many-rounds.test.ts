import assert from 'node:assert/strict';
import { checkSchedule } from '../../domain/checkins/check-schedule';
import { newSchedule } from '../../domain/checkins/manage';
import { useStack } from '../support/kernedialog-stack';
import { useConnectorStandIn } from '../support/connector-standin';
import { FACILITATOR, TEAM, TENANT } from '../support/activities';
import { busiest } from '../support/busiest';
import { until } from '../support/until';

const ROUNDS = 200;
const CHANNELS = 40;

/**
 * 200 check-in rounds fall due at the same minute, in 40 channels of one tenant, and the
 * connector stand-in answers 429 now and then: every round is posted, none twice, and never
 * faster than Teams allows (7 a second per channel, 50 a second per tenant).
 */
describe('reliability: 200 rounds due at once, through 429s', function () {
  this.timeout(120_000);
  let clock = new Date('2027-03-01T07:59:00Z');
  // One scheduler run opens all 200 rounds (a tick while it runs joins it, dialogs/every.ts); a tighter
  // tick only reads the 200 schedules again while before() writes them and after the burst.
  const stack = useStack({ playground: false, now: () => clock, env: { SCHEDULE_CHECK_MS: '1000', DEADLINE_CHECK_MS: '60000', LOG_LEVEL: 'info' } });
  const standIn = useConnectorStandIn();

  before(async () => {
    const { deps } = stack.bot();
    await deps.teams.setInstalled(TEAM, true, 'da');
    const checked = checkSchedule({ templateId: 'moedevurdering', cadence: 'weekly', weekday: 'MO', time: '09:00', roundAmount: '2', roundUnit: 'days', reminders: '', language: 'da', k: '3' }, clock);
    assert.ok(checked.ok, JSON.stringify(checked));
    for (let i = 0; i < ROUNDS; i++) {
      const schedule = newSchedule(`s-${i}`, checked.value, { id: FACILITATOR.id, name: FACILITATOR.name }, new Date('2027-02-20T00:00:00Z'));
      await deps.schedules.create({ schedule, place: { serviceUrl: standIn().serviceUrl, tenantId: TENANT, teamId: TEAM, teamsChannelId: `channel-${i % CHANNELS}` }, carried: [], history: [] });
    }
  });

  it('posts every round once, within the per-channel and per-tenant limits', async () => {
    const s = standIn();
    let n = 0;
    s.fault = (call) => (call.op === 'createConversation' && ++n % 17 === 0 ? { status: 429, headers: { 'retry-after': '1' } } : undefined);
    clock = new Date('2027-03-01T08:00:30Z');
    const started = Date.now();
    const posted = () => s.calls.filter((c) => c.op === 'createConversation' && c.status === 201);
    await until(`${ROUNDS} rounds posted`, () => posted().length >= ROUNDS, 100_000);
    // A check begun after the last post: a round opened twice would be posted by now.
    await stack.bot().checkAgain();
    s.fault = () => undefined;

    const creates = s.calls.filter((c) => c.op === 'createConversation');
    const ok = posted();
    const seconds = (Date.now() - started) / 1000;
    assert.equal(ok.length, ROUNDS, 'every round was posted');
    const titles = ok.map((c) => c.body?.channelData?.channel?.id);
    for (let ch = 0; ch < CHANNELS; ch++) assert.equal(titles.filter((t) => t === `channel-${ch}`).length, ROUNDS / CHANNELS, `channel-${ch}`);
    assert.ok(
      creates.some((c) => c.status === 429),
      'some posts were throttled',
    );
    // Each post's first try: a retry sends the same body again. Each body is made text once, not once per pair.
    const seen = new Set<string>();
    const firstTries = creates.filter((c) => {
      const body = JSON.stringify(c.body);
      return !seen.has(body) && !!seen.add(body);
    });
    assert.ok(
      busiest(
        firstTries.map((c) => c.at),
        1000,
      ) <= 50,
      `busiest second for the tenant: ${busiest(
        firstTries.map((c) => c.at),
        1000,
      )}`,
    );
    for (let ch = 0; ch < CHANNELS; ch++) {
      const times = firstTries.filter((c) => c.body?.channelData?.channel?.id === `channel-${ch}`).map((c) => c.at);
      assert.ok(busiest(times, 1000) <= 7, `channel-${ch}: ${busiest(times, 1000)} in one second`);
    }
    console.log(
      `      ${ROUNDS} rounds posted in ${seconds.toFixed(1)} s; ${creates.length - ok.length} answered 429 and were retried; busiest second ${busiest(
        firstTries.map((c) => c.at),
        1000,
      )} new posts`,
    );
  });
});
