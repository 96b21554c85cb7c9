import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { AdaptiveCard } from '../../cards/render';
import { closeSession } from '../../dialogs/close-session';
import type { DialogDeps } from '../../dialogs/deps';
import type { Session } from '../../domain/session';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { useAzurite } from '../support/azurite';
import { azuriteDeps, standInPort } from '../support/dialog-deps';
import { openSessionRecord } from '../support/session-record';
import { cardText } from '../support/playground-client';

const EXACT_COUNT = /\d+ \(\d+ %\)/;
const NOTE = /Tallene vises ikke denne gang, fordi øvelsen har været kørt før i (teamet|denne chat)/;

/**
 * The close path decides a re-run from what is stored (dialogs/repeat-run.ts, domain/summary/repeat-rule.ts):
 * the second run of the same exercise in the same team (any channel) or the same chat shows no
 * figures, a run in another team or chat does.
 */
describe('closing a re-run of an exercise in the same team or chat, against Azurite', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  let deps: DialogDeps;
  let posted: AdaptiveCard[];

  beforeEach(async () => {
    const table = tableClientFor(azurite.connectionString(), `rerun${randomBytes(4).toString('hex')}`);
    await ensureTable(table);
    posted = [];
    deps = await azuriteDeps(azurite.connectionString(), table, { port: standInPort(posted) });
  });

  /** A "Vildfarelser" session in `channel` (of `teamId`, or a chat without) with six answers on its scales and its choice, closed; the summary card it posted. */
  async function run(channel = 'channel-x', teamId?: string): Promise<string> {
    const base = openSessionRecord();
    const session: Session = { ...base, exerciseId: 'vildfarelser', settings: { ...base.settings, k: 5 }, place: { ...base.place, teamsChannelId: channel, ...(teamId ? { teamId } : {}) } };
    assert.equal(await deps.sessions.create(session), true);
    const secret = (await deps.sessions.secret(session.id))!;
    const answers = [
      ['1', 'kommune'],
      ['2', 'kommune'],
      ['1', 'team'],
      ['4', 'kommune'],
      ['5', 'arbejdsplads'],
      ['1', 'kommune'],
    ];
    for (const [i, [fixed, level]] of answers.entries()) assert.equal(await deps.answers.saveAnswer(session.id, secret, `user-${i}`, `activity-${i}`, { fixed, onlyOne: '3', level }), 'saved');
    const before = posted.length;
    await closeSession(deps, session.id, 'facilitator');
    const summary = posted
      .slice(before)
      .map(cardText)
      .find((text) => text.startsWith('Opsamling'));
    assert.ok(summary, 'a summary was posted');
    return summary;
  }

  it('in a chat outside any team: the first run is exact, the second shows no figures and says why, a first run in another chat exact', async () => {
    const first = await run();
    assert.match(first, EXACT_COUNT);
    assert.doesNotMatch(first, NOTE);
    const second = await run();
    assert.doesNotMatch(second, EXACT_COUNT);
    assert.match(second, NOTE);
    assert.doesNotMatch(second, /Gennemsnit|median/);
    assert.match(await run('channel-y'), EXACT_COUNT);
  });

  it('in a team: a run in another of its channels shows no figures, a run in another team is exact (issue 14)', async () => {
    assert.match(await run('channel-a', 'team-1'), EXACT_COUNT);
    const again = await run('channel-b', 'team-1');
    assert.doesNotMatch(again, EXACT_COUNT);
    assert.match(again, /kørt før i teamet/);
    assert.match(await run('channel-c', 'team-2'), EXACT_COUNT, 'another team');
    assert.match(await run('channel-a'), EXACT_COUNT, 'a chat with the same id but no team is not the team');
  });

  it('a cancelled earlier session does not make the next run a re-run', async () => {
    const base = openSessionRecord();
    const cancelled: Session = { ...base, exerciseId: 'vildfarelser', state: 'closed', cancelledAt: new Date().toISOString(), summaryPostedAt: undefined, summaryWithheld: 'cancelled' };
    assert.equal(await deps.sessions.create(cancelled), true);
    assert.match(await run(), EXACT_COUNT);
  });
});
