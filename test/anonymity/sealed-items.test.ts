import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { TableEntityResult } from '@azure/data-tables';
import { createLogger } from '../../config/log';
import { keyedHash } from '../../domain/anonymity/participation';
import { answerSession } from '../../dialogs/answer-session';
import { closeSession } from '../../dialogs/close-session';
import type { DialogDeps } from '../../dialogs/deps';
import type { TeamsPort, Where } from '../../dialogs/teams-port';
import { tid } from '../../domain/exercises/tid';
import type { Session } from '../../domain/session';
import { AnswerBox } from '../../storage/answer-box';
import { GroupContributions } from '../../storage/group-contributions';
import { ScheduleStore } from '../../storage/schedule-store';
import { SessionStore } from '../../storage/session-store';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { TableStateStorage } from '../../storage/table-state-storage';
import { TeamRegistry } from '../../storage/team-registry';
import { useAzurite } from '../support/azurite';
import { openSessionRecord } from '../support/session-record';
import { noneKeepsItsWriteTime, stampMillisecond } from '../support/table-dump';
import { tempVault } from '../support/temp-vault';

const where: Where = { conversationId: 'channel-x;messageid=1', activityId: 'act', serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'channel-x' };
const PEOPLE = 20;
const ITEMS = 3;
type Row = TableEntityResult<Record<string, unknown>>;

/**
 * Sealing more items than one transaction takes (docs/anonymity.md, "Proposals with several
 * items"): twenty people's three items each are sealed in batches taken in the order of the items'
 * random keys, so neither a sealed key nor a batch's time stamp follows a person. Real Azurite, the
 * real answer and close paths; the test knows who wrote what only from the texts it sent.
 */
describe('anonymity: sealing more than 50 items from several people', function () {
  this.timeout(60_000);
  const azurite = useAzurite();

  it("leaves neither the sealed keys nor the order of their time stamps following a person's items", async () => {
    const table = tableClientFor(azurite.connectionString(), `sealed${randomBytes(4).toString('hex')}`);
    await ensureTable(table);
    const port: TeamsPort = {
      startThread: async () => ({ threadId: 'channel-x;messageid=1', rootActivityId: '1' }),
      reply: async () => undefined,
      updateRoot: async () => undefined,
      memberNames: async () => [],
      memberCount: async () => PEOPLE,
      tellPrivately: async () => undefined,
    };
    const deps: DialogDeps = {
      sessions: new SessionStore(table, randomBytes(32), tempVault()),
      schedules: new ScheduleStore(table),
      answers: new AnswerBox(table),
      contributions: new GroupContributions(table),
      teams: new TeamRegistry(await TableStateStorage.create(azurite.connectionString(), 'teams')),
      port,
      log: createLogger('test', 'warn', () => undefined),
      now: () => new Date(),
      later: () => undefined,
    };
    const session: Session = { ...openSessionRecord(), exerciseId: 'tid', exerciseVersion: tid.version, phase: 'proposals', summaryWithheld: 'noAnswerPhase' };
    await deps.sessions.create(session);
    const rows = async (prefix: string) => {
      const out: Row[] = [];
      for await (const row of table.listEntities<Record<string, unknown>>({ queryOptions: { filter: `PartitionKey eq '${session.id}'` } })) if (String(row.rowKey).startsWith(prefix)) out.push(row);
      return out;
    };
    /** Who wrote an item, read from its text: "Punkt <person>.<item>". */
    const author = (row: Row) => Number(/Punkt (\d+)\./.exec(String(row.json))![1]);

    for (let p = 0; p < PEOPLE; p++) {
      const items = Object.fromEntries(
        Array.from({ length: ITEMS }, (_, j) => [
          [`proposal${j + 1}`, `Punkt ${p}.${j}`],
          [`owner${j + 1}`, 'os'],
        ]).flat(),
      );
      assert.equal((await answerSession(deps, 'da', { id: `user-${p}`, name: `U${p}` }, { ...where, activityId: `act-${p}` }, { sessionId: session.id, ...items })).outcome, 'saved');
    }
    const open = await rows('proposals:a|');
    assert.equal(open.length, PEOPLE * ITEMS);
    const secret = (await deps.sessions.secret(session.id))!;
    await closeSession(deps, session.id, 'facilitator');

    const sealed = await rows('proposals:s|');
    assert.equal(sealed.length, PEOPLE * ITEMS);
    assert.deepEqual(await rows('proposals:a|'), []);
    assert.deepEqual(await rows('proposals:p|'), []);
    assert.ok(noneKeepsItsWriteTime(open, sealed), 'no item keeps the time it was written');

    // Keys: each sealed key comes from one item's random key alone, and in key order the people's
    // items are mixed, not lined up person by person.
    const openKeyOf = new Map(open.map((r) => [`proposals:s|${keyedHash(secret, 'seal', String(r.rowKey))}`, String(r.rowKey)]));
    assert.deepEqual(new Set(sealed.map((r) => String(r.rowKey))), new Set(openKeyOf.keys()));
    const inKeyOrder = [...sealed].sort((a, b) => String(a.rowKey).localeCompare(String(b.rowKey))).map(author);
    const runs = inKeyOrder.filter((p, i) => i === 0 || p !== inKeyOrder[i - 1]).length;
    assert.ok(runs > PEOPLE, `each person's items lie together in key order (${runs} runs)`);

    // Time stamps: the items are sealed in batches of 50, taken in the order of their random keys,
    // so the order of the stamps is the order of those keys (Azurite stamps each row of a
    // transaction a tick apart, in the order of its actions), and nothing in it follows a person.
    // Two rows may share a stamp (a tick is coarse), so the check is that, in the order of the
    // random keys, no stamp is earlier than the one before it, to the millisecond.
    const inOpenKeyOrder = [...sealed].sort((a, b) => openKeyOf.get(String(a.rowKey))!.localeCompare(openKeyOf.get(String(b.rowKey))!));
    const backwards = inOpenKeyOrder.filter((r, i) => i > 0 && stampMillisecond(r) < stampMillisecond(inOpenKeyOrder[i - 1]));
    assert.deepEqual(backwards, [], 'sealed in the order of the random keys');
    const stampRuns = inOpenKeyOrder.map(author).filter((p, i, all) => i === 0 || p !== all[i - 1]).length;
    assert.ok(stampRuns > PEOPLE, `each person's items were sealed one after another (${stampRuns} runs)`);
    // 60 items in batches of 50 and 10: ten items cannot be whole sets of three, so some person's
    // items were sealed in different transactions.
    const batchOf = new Map(inOpenKeyOrder.map((r, i) => [String(r.rowKey), Math.floor(i / 50)]));
    const split = Array.from({ length: PEOPLE }, (_, p) => new Set(sealed.filter((r) => author(r) === p).map((r) => batchOf.get(String(r.rowKey)))).size > 1);
    assert.ok(split.some(Boolean), "some person's items were sealed apart");
  });
});
