import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { ConnectorStandIn, useConnectorStandIn } from '../support/connector-standin';
import { TEAM, TENANT } from '../support/activities';
import { busiest } from '../support/busiest';

/**
 * Proactive posts through the real adapter and HTTP, against a connector stand-in that answers
 * 429 now and then: every post arrives once, and no faster than Teams allows per thread.
 */
describe('reliability: proactive posts keep within Teams limits, over HTTP', function () {
  this.timeout(60_000);
  const stack = useStack({ playground: false });
  const standIn = useConnectorStandIn();

  it('posts 30 replies to one thread at most 7 a second and 8 in 2 seconds, each once, through 429s with Retry-After', async () => {
    const { deps } = stack.bot();
    const s = standIn();
    await deps.teams.setInstalled(TEAM, true, 'da');
    const place = { serviceUrl: s.serviceUrl, tenantId: TENANT, teamId: TEAM, teamsChannelId: 'channel-a', threadId: 'channel-a;messageid=1', rootActivityId: '1' };
    let n = 0;
    s.fault = (call) => (call.op === 'replyToActivity' && ++n % 5 === 0 ? { status: 429, headers: { 'retry-after': '1' } } : undefined);
    const since = s.calls.length;
    await Promise.all(Array.from({ length: 30 }, (_, i) => deps.port.reply(place, { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `svar ${i}` }] })));
    s.fault = () => undefined;

    const calls = s.since(since);
    const delivered = calls.filter((c) => c.status === 201).map((c) => JSON.stringify(ConnectorStandIn.cardsOf(c)));
    assert.equal(delivered.length, 30, 'every reply arrived');
    assert.equal(new Set(delivered).size, 30, 'none twice');
    assert.ok(
      calls.some((c) => c.status === 429),
      'the stand-in throttled some',
    );
    const firstTries = calls.filter((c, i) => calls.findIndex((d) => JSON.stringify(d.body) === JSON.stringify(c.body)) === i).map((c) => c.at);
    assert.ok(busiest(firstTries, 1000) <= 7, `busiest second of new posts: ${busiest(firstTries, 1000)}`);
    assert.ok(busiest(firstTries, 2000) <= 8, `busiest 2 seconds of new posts: ${busiest(firstTries, 2000)}`);
    assert.ok(
      busiest(
        calls.map((c) => c.at),
        1000,
      ) <=
        7 + 2,
      `busiest second including the connector's own retries: ${busiest(
        calls.map((c) => c.at),
        1000,
      )}`,
    );
  });
});
