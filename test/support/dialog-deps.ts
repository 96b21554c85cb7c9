import { randomBytes } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import type { AdaptiveCard } from '../../cards/render';
import { createLogger } from '../../config/log';
import type { DialogDeps } from '../../dialogs/deps';
import type { TeamsPort, Where } from '../../dialogs/teams-port';
import { AnswerBox } from '../../storage/answer-box';
import { GroupContributions } from '../../storage/group-contributions';
import { ScheduleStore } from '../../storage/schedule-store';
import { SessionStore } from '../../storage/session-store';
import { TableStateStorage } from '../../storage/table-state-storage';
import { TeamRegistry } from '../../storage/team-registry';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import type { SecretVault } from '../../storage/secret-vault';
import { tempVault } from './temp-vault';

/** Where a card in openSessionRecord()'s channel was clicked. */
export const channelWhere: Where = { conversationId: 'channel-x;messageid=1', activityId: 'act', serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'channel-x' };

/**
 * Teams itself cannot run in an in-process dialog test: this port stands in for it, in a team of
 * six. Every card it would have posted in a thread (a reply or a changed root card) goes into
 * `posted` when one is given, otherwise nowhere.
 *
 * @example const posted: AdaptiveCard[] = []; const port = standInPort(posted)
 */
export function standInPort(posted?: AdaptiveCard[]): TeamsPort {
  return {
    startThread: async () => ({ threadId: 'channel-x;messageid=1', rootActivityId: '1' }),
    reply: async (_place, card) => void posted?.push(card),
    updateRoot: async (_place, card) => void posted?.push(card),
    memberNames: async () => [],
    memberCount: async () => 6,
    tellPrivately: async () => undefined,
  };
}

/**
 * The dialogs' dependencies on a real Azurite table, with the real clock and a quiet log; work
 * meant for after the invoke (`later`) is dropped, so a test calls it itself where it matters.
 * Two calls with the same `key` and `vault` are two bot instances sharing one storage.
 *
 * @example const deps = await azuriteDeps(azurite.connectionString(), table, { port: standInPort() })
 */
export async function azuriteDeps(connectionString: string, table: TableClient, options: { port?: TeamsPort; key?: Buffer; vault?: SecretVault } = {}): Promise<DialogDeps> {
  return {
    sessions: new SessionStore(table, options.key ?? randomBytes(32), options.vault ?? tempVault()),
    schedules: new ScheduleStore(table),
    answers: new AnswerBox(table),
    contributions: new GroupContributions(table),
    teams: new TeamRegistry(await TableStateStorage.create(connectionString, 'teams')),
    port: options.port ?? standInPort(),
    log: createLogger('test', 'warn', () => undefined),
    now: () => new Date(),
    later: () => undefined,
    // A test's answers come one after another: the shared card need not rest a second between them.
    progressEveryMs: 20,
  };
}

/**
 * A table of its own on Azurite (`prefix` + random hex), created, so tests never see each other's
 * sessions.
 *
 * @example const table = await freshTable(azurite.connectionString(), 'talk')
 */
export async function freshTable(connectionString: string, prefix: string): Promise<TableClient> {
  const table = tableClientFor(connectionString, `${prefix}${randomBytes(4).toString('hex')}`);
  await ensureTable(table);
  return table;
}

/**
 * Dialog dependencies on a fresh table of their own (freshTable()).
 *
 * @example beforeEach(async () => (deps = await freshDeps(azurite.connectionString(), 'closing')))
 */
export async function freshDeps(connectionString: string, prefix: string): Promise<DialogDeps> {
  return azuriteDeps(connectionString, await freshTable(connectionString, prefix));
}
