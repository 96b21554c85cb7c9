import type { Server } from 'restify';
import { createLogger, errorFields, type Logger, type Sink } from '../config/log';
import { measureError, measureSendRefused, measureSendWait } from '../config/measures';
import type { Options } from '../config/options';
import { appTypeWarning } from '../config/azure-settings';
import { anonymityKeyFor } from '../config/anonymity-key';
import { startDeadlineWatcher } from '../dialogs/deadline-watcher';
import type { DialogDeps } from '../dialogs/deps';
import { checkAfterNow } from '../dialogs/every';
import { AnswerBox } from '../storage/answer-box';
import { GroupContributions } from '../storage/group-contributions';
import { SessionStore } from '../storage/session-store';
import { secretVaultFor } from '../storage/secret-vault-for';
import { ensureTable, tableClientFor, type TableStorage } from '../storage/table-client';
import { ensureTableAtStart } from '../storage/storage-check';
import { TableStateStorage } from '../storage/table-state-storage';
import { TeamRegistry } from '../storage/team-registry';
import { createAdapter } from './adapter';
import { KernedialogBot } from './kernedialog-bot';
import { createServer } from './server';
import { BotTeamsPort } from './teams-port';
import { installedOnly } from '../dialogs/installed-only';
import { SendQueue } from './send-queue';
import { TEAMS_LIMITS } from './send-limits';
import { LocalTenantBudget, splitAcross } from './tenant-budget';
import type { TenantBudget } from '../storage/send-budget-port';
import { SharedSendBudget } from '../storage/send-budget';
import { tenantGate } from './tenant-gate';
import { startScheduler } from '../dialogs/scheduler';
import { startRetentionSweep } from '../dialogs/retention-sweep';
import { ScheduleStore } from '../storage/schedule-store';
import { Intake } from './intake';
import { probeTable, readinessCheck } from './readiness';

export interface RunningBot {
  server: Server;
  url: string;
  deps: DialogDeps;
  /** Resolves when background work (card updates, closes) started so far has finished. */
  idle(): Promise<void>;
  /**
   * Lets the deadline watcher and the scheduler each run one whole check that begins after this
   * call, then waits for what they left for later: a test's "nothing happens" is then a checked
   * fact, not a pause long enough for a timer to have fired.
   */
  checkAgain(): Promise<void>;
  /**
   * Stops gracefully: new activities get 503 with Retry-After (and /readyz says so), turns under
   * way finish, then the timers' runs and all background work, and only then the server closes.
   * An answer that was confirmed ("Tak – dit svar er gemt", or "Gemmer …") is saved by then.
   */
  stop(): Promise<void>;
}

/**
 * Teams' per-tenant limit, shared by every instance through the `sendbudget` table, one slot per
 * 23 ms with three instances; while storage is out of reach, this instance sends one a second, so
 * that with the others' slots the tenant stays within 50 a second (splitAcross, docs/data.md).
 */
async function tenantBudget(storage: TableStorage, instances: number, log: Logger): Promise<TenantBudget> {
  const table = tableClientFor(storage, 'sendbudget');
  await ensureTable(table);
  const { slotMs, fallback } = splitAcross(TEAMS_LIMITS.perTenant[0], instances);
  return new SharedSendBudget(table, {
    slotMs,
    fallback: new LocalTenantBudget(fallback),
    onFallback: ({ status, reason }) => log.warn(`send budget: storage ${reason === 'slow' ? 'too slow' : 'out of reach'}; this instance uses its own share for a while`, { status, instances }),
  });
}

/** The process's one outbound queue; its retries are logged with status and delay only, and measured with its waits. */
function sendQueue(log: Logger, budget: TenantBudget): SendQueue {
  return new SendQueue({
    budget,
    onRetry: ({ status, attempt, delayMs }) => {
      log.warn('Teams did not take a post; trying again', { status, attempt, delayMs });
      measureSendRefused(status, true);
    },
    onGiveUp: ({ status }) => measureSendRefused(status, false),
    onWait: ({ waitedMs }) => measureSendWait(waitedMs),
  });
}

/**
 * Wires storage, dialogs and the Teams edge together and starts listening. `storage` is a
 * connection string, or an account reached as the app's identity (storage/configured-storage.ts).
 */
export async function startBot(options: Options, storage: TableStorage, sink?: Sink, now: () => Date = () => new Date()): Promise<RunningBot> {
  const log = createLogger('kernedialog', options.logLevel, sink);
  const anonymityKey = await anonymityKeyFor(options);
  const table = tableClientFor(storage, 'sessions');
  // The first call to storage: a missing role or identity stops the start with what to set.
  await ensureTableAtStart(table, storage);
  const vault = secretVaultFor(options);
  // Now rather than at the first session: a wrong KEY_VAULT_URL, identity or role stops the start with what to set.
  await vault.check();
  const teams = new TeamRegistry(await TableStateStorage.create(storage, 'teams'), options.retention);
  const adapter = createAdapter(options, log.child('adapter'));
  const pending = new Set<Promise<void>>();
  const scheduleTable = tableClientFor(storage, 'schedules');
  await ensureTable(scheduleTable);
  const budget = await tenantBudget(storage, options.sendBudgetInstances, log.child('send'));
  const indexTables = { live: tableClientFor(storage, 'sessionlive'), history: tableClientFor(storage, 'sessionindex') };
  await Promise.all([ensureTable(indexTables.live), ensureTable(indexTables.history)]);
  const deps: DialogDeps = {
    sessions: new SessionStore(table, anonymityKey, vault, {
      // The close stands; the retention sweep destroys the entry (dialogs/retention-sweep.ts).
      onDestroyFailed: (session, err) => log.child('vault').warn("a closed session's secret is still in the vault; the retention sweep destroys it", { session, ...errorFields(err) }),
      later: (work) => void track(pending, work()),
      indexTables,
    }),
    schedules: new ScheduleStore(scheduleTable),
    answers: new AnswerBox(table),
    contributions: new GroupContributions(table),
    teams,
    port: installedOnly(
      new BotTeamsPort(adapter, options.appId, options.production ? 'https://api.botframework.com' : undefined, sendQueue(log.child('send'), budget), log.child('port')),
      teams,
      log.child('teams'),
    ),
    log: log.child('dialogs'),
    now,
    later: (what, work) =>
      track(
        pending,
        work().catch((err) => {
          log.error(`background ${what} failed`, errorFields(err));
          measureError('background', err);
        }),
      ),
    progressEveryMs: options.progressEveryMs,
  };
  const bot = new KernedialogBot(deps, log.child('bot'));
  const intake = new Intake();
  const ready = readinessCheck({ storage: () => probeTable(table), keyLoaded: () => anonymityKey.length === 32, stopping: () => !intake.open });
  const server = createServer(adapter, bot, log.child('http'), { intake, ready, gate: tenantGate(options.allowedTenants, log.child('tenants')) });
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const watcher = startDeadlineWatcher(deps, options.deadlineCheckMs);
  const scheduler = startScheduler(deps, options.scheduleCheckMs);
  const retention = startRetentionSweep(deps, options.retentionCheckMs);
  const address = server.address();
  const url = `http://${options.host}:${address.port}`;
  log.info('bot listening', { url: `${url}/api/messages`, production: options.production, appType: options.production ? options.appType : undefined });
  const warning = appTypeWarning(options);
  if (warning) log.warn(warning);
  const idle = async () => {
    while (pending.size > 0) await Promise.all([...pending]);
  };
  return {
    server,
    url,
    deps,
    idle,
    checkAgain: async () => {
      await checkAfterNow([watcher, scheduler]);
      await idle();
    },
    stop: () => stopGracefully({ intake, jobs: [watcher, scheduler, retention], pending, server, log }),
  };
}

/**
 * The order matters: close the door first, so nothing new starts; then wait for the turns under
 * way and the timers' runs, then for the work they left for later (card updates, follow-ups,
 * closes), which may itself leave more; only then close the server.
 */
async function stopGracefully(o: { intake: Intake; jobs: { stop(): Promise<void> }[]; pending: Set<Promise<void>>; server: Server; log: Logger }): Promise<void> {
  o.intake.close();
  o.log.info('stopping: new activities get 503; waiting for turns and background work', { turns: o.intake.running, background: o.pending.size });
  await Promise.all([...o.jobs.map((job) => job.stop()), o.intake.drained()]);
  while (o.pending.size > 0) await Promise.allSettled([...o.pending]);
  await new Promise<void>((resolve) => o.server.close(() => resolve()));
  o.log.info('stopped');
}

function track(pending: Set<Promise<void>>, work: Promise<void>): void {
  pending.add(work);
  void work.finally(() => pending.delete(work));
}

export type { Logger };
