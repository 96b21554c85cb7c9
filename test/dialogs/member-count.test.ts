import assert from 'node:assert/strict';
import sinon from 'sinon';
import { createLogger, type LogLine } from '../../config/log';
import type { DialogDeps } from '../../dialogs/deps';
import { channelMemberCount, MEMBER_COUNT_MS, MEMBERS_ENOUGH } from '../../dialogs/member-count';
import type { TeamsPort } from '../../dialogs/teams-port';
import { channelWhere, standInPort } from '../support/dialog-deps';

/** Only the port and the log are used: the count never touches storage. */
function depsWith(memberCount: TeamsPort['memberCount'], logs: LogLine[] = []): DialogDeps {
  return { port: { ...standInPort(), memberCount }, log: createLogger('test', 'info', (l) => logs.push(l)) } as unknown as DialogDeps;
}

describe('channelMemberCount: the setup form never waits long for the roster', () => {
  afterEach(() => sinon.restore());

  it('asks the roster only as far as the largest number a setup check needs', async () => {
    let asked: number | undefined;
    assert.equal(
      await channelMemberCount(
        depsWith(async (_p, enough) => ((asked = enough), 6)),
        channelWhere,
      ),
      6,
    );
    assert.equal(asked, MEMBERS_ENOUGH);
    assert.equal(MEMBERS_ENOUGH, 601, '12 groups × k 50, more than 3 × 50, plus the facilitator, whose own answer does not count');
  });

  it('gives up after MEMBER_COUNT_MS on a slow roster, so the invoke is answered in time, and says so in the log', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const logs: LogLine[] = [];
    const counted = channelMemberCount(
      depsWith(() => new Promise<number>(() => undefined), logs),
      channelWhere,
    );
    await clock.tickAsync(MEMBER_COUNT_MS);
    assert.equal(await counted, undefined, 'unknown: the check is skipped, nothing refused');
    assert.ok(logs.some((l) => /took too long/.test(l.msg)));
  });

  it('is unknown outside a channel, and after an error from Teams', async () => {
    assert.equal(
      await channelMemberCount(
        depsWith(async () => 6),
        { ...channelWhere, teamsChannelId: undefined },
      ),
      undefined,
    );
    assert.equal(
      await channelMemberCount(
        depsWith(async () => Promise.reject(Object.assign(new Error('no'), { statusCode: 403 }))),
        channelWhere,
      ),
      undefined,
    );
  });
});
