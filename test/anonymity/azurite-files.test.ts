import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TableClient } from '@azure/data-tables';
import { createLogger } from '../../config/log';
import { participationKey } from '../../domain/anonymity/participation';
import { secretOfPhase, type Session } from '../../domain/session';
import { answerSession } from '../../dialogs/answer-session';
import { closeSession } from '../../dialogs/close-session';
import type { DialogDeps } from '../../dialogs/deps';
import type { TeamsPort, Where } from '../../dialogs/teams-port';
import { AnswerBox } from '../../storage/answer-box';
import { startAzurite, type RunningAzurite } from '../../storage/azurite-process';
import { GroupContributions } from '../../storage/group-contributions';
import { ScheduleStore } from '../../storage/schedule-store';
import { SessionStore } from '../../storage/session-store';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { TableStateStorage } from '../../storage/table-state-storage';
import { TeamRegistry } from '../../storage/team-registry';
import { openSessionRecord } from '../support/session-record';
import { tempVault } from '../support/temp-vault';

const PEOPLE = ['user-mette', 'user-jonas', 'user-aisha', 'user-lars', 'user-birgitte', 'user-soeren'];
const where: Where = { conversationId: 'channel-x;messageid=1', activityId: 'act', serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'channel-x' };

/** Every file under `dir`, read as bytes and searched as text (Azurite keeps its tables as JSON). */
function filesUnder(dir: string): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [{ path, text: readFileSync(path).toString('latin1') }];
  });
}

/**
 * The files an embedded Azurite leaves on disk (`.data/azurite`, or a copy of it) after a session
 * has closed (docs/anonymity.md, "Attacks tried"): does anything in them still tie an answer to
 * a person? Azurite keeps its tables in files that could hold rows the tables no longer show.
 * Real Azurite persisting to a folder, the real answer and close paths.
 */
describe('anonymity red team: read the Azurite files on disk after close', function () {
  this.timeout(60_000);
  let dir: string;
  let azurite: RunningAzurite | undefined;
  let table: TableClient;
  let deps: DialogDeps;
  let session: Session;
  const open = { participation: [] as string[], answers: [] as string[], secret: '' };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kd-azurite-files-'));
    azurite = await startAzurite({ location: dir });
    table = tableClientFor(azurite.connectionString, 'sessions');
    await ensureTable(table);
    const port: TeamsPort = {
      startThread: async () => ({ threadId: where.conversationId, rootActivityId: '1' }),
      reply: async () => undefined,
      updateRoot: async () => undefined,
      memberNames: async () => [],
      memberCount: async () => PEOPLE.length,
      tellPrivately: async () => undefined,
    };
    deps = {
      sessions: new SessionStore(table, randomBytes(32), tempVault()),
      schedules: new ScheduleStore(table),
      answers: new AnswerBox(table),
      contributions: new GroupContributions(table),
      teams: new TeamRegistry(await TableStateStorage.create(azurite.connectionString, 'teams')),
      port,
      log: createLogger('test', 'warn', () => undefined),
      now: () => new Date(),
      later: () => undefined,
    };
    session = openSessionRecord();
    await deps.sessions.create(session);
    for (const [i, who] of PEOPLE.entries()) {
      const reply = await answerSession(deps, 'da', { id: who, name: who }, { ...where, activityId: `act-${i}` }, { sessionId: session.id, formal: `Svar nummer ${i} om kerneopgaven` });
      assert.equal(reply.outcome, 'saved');
    }
    const secret = (await deps.sessions.secret(session.id))!;
    open.secret = secret.toString('base64');
    open.participation = PEOPLE.map((who) => participationKey(secretOfPhase(session, secret), who));
    for await (const row of table.listEntities<Record<string, unknown>>({ queryOptions: { filter: `PartitionKey eq '${session.id}'` } })) {
      if (/(^|:)a\|/.test(String(row.rowKey))) open.answers.push(String(row.rowKey).replace(/^.*a\|/, ''));
    }
    assert.equal(open.answers.length, PEOPLE.length, 'each answer has its open row before the close');
    await closeSession(deps, session.id, 'facilitator');
    await azurite.stop(); // Azurite writes its tables to the folder as it stops
    azurite = undefined;
  });

  after(async () => {
    await azurite?.stop();
  });

  it('finds no participation key, no open answer key and no secret in any file: nothing joins an answer to a person', () => {
    const files = filesUnder(dir);
    assert.ok(
      files.some((f) => f.text.includes(session.id)),
      'the files do hold the session (the search looks in the right place)',
    );
    const found = (needles: readonly string[]) => files.flatMap((f) => needles.filter((n) => f.text.includes(n)).map((n) => `${n.slice(0, 12)}… in ${f.path}`));
    assert.deepEqual(found(open.participation), [], 'a participation key left on disk, once tested against the team, names who answered');
    assert.deepEqual(found(open.answers), [], 'an open answer key left on disk keeps the write time that ties it to its participation row');
    assert.deepEqual(found([open.secret]), []);
    assert.deepEqual(found(PEOPLE), [], 'no user id on disk');
  });

  it('still holds the sealed answers, so the search would see rows that are there', () => {
    const text = filesUnder(dir)
      .map((f) => f.text)
      .join('\n');
    for (let i = 0; i < PEOPLE.length; i++) assert.ok(text.includes(`Svar nummer ${i} om kerneopgaven`) || text.includes(`Svar nummer ${i}`), `answer ${i} is in the files`);
  });
});
