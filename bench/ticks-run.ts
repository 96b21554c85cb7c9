import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import type { TableClient } from '@azure/data-tables';
import { createLogger } from '../config/log';
import { startDeadlineWatcher } from '../dialogs/deadline-watcher';
import type { DialogDeps } from '../dialogs/deps';
import { sweepOnce } from '../dialogs/retention-sweep';
import { startScheduler } from '../dialogs/scheduler';
import { AnswerBox } from '../storage/answer-box';
import { startAzurite } from '../storage/azurite-process';
import { FileVault } from '../storage/file-vault';
import { GroupContributions } from '../storage/group-contributions';
import { ScheduleStore } from '../storage/schedule-store';
import { SessionIndex, type IndexTables } from '../storage/session-index';
import { SessionStore } from '../storage/session-store';
import { ensureTable, tableClientFor } from '../storage/table-client';
import { TableStateStorage } from '../storage/table-state-storage';
import { TeamRegistry } from '../storage/team-registry';
import { fillTicksTable, HOME, type Filled } from './ticks-fill';

/** One thing timed: the median of its samples, and what one run of it read and asked storage. */
export interface Timed {
  ms: number;
  rowsRead: number;
  requests: number;
  /** Queries without a PartitionKey: Azure reads the whole table for each. */
  scans: number;
  /** Samples that failed or were not taken; reported, never fatal. */
  failed: number;
}

/** The jobs and listings, by the name the report gives them. */
export const MEASURED = ['deadline watcher', 'scheduler', 'retention sweep', 'status', 'planer', 'slet data (listing)', 'uninstall (listing)', 'point query'] as const;
export type Measured = (typeof MEASURED)[number];

export interface SizeResult {
  filled: Filled;
  /** The same questions before the index existed (table scans), and through it. */
  scan: Partial<Record<Measured, Timed>>;
  index: Partial<Record<Measured, Timed>>;
  /**
   * The one-off migration that indexed the filled table, and the first sweep after it (it puts most
   * sessions off); not run above ONE_OFFS_UP_TO rows, where the fill writes the state they leave.
   */
  migrationSeconds?: number;
  firstSweep?: Timed;
  /** Wall-clock seconds of each stage of the run, to see where a long run goes. */
  stages: Partial<Record<Stage, number>>;
}

export const STAGES = ['fill', 'before', 'migration', 'first sweep', 'after'] as const;
export type Stage = (typeof STAGES)[number];

/** Scans of the big sizes take long and vary little: fewer samples of the "before" questions there. */
export const SCAN_SAMPLES_ABOVE = 200_000;
export const FEWER_SCAN_SAMPLES = 3;

/**
 * Above this, the migration and the first sweep are not run: on Azurite each write into the one
 * sweep partition reads that partition, so both grow with the square of the sessions (the first
 * sweep took 35 s at 100k rows and had not ended after 5 minutes at 200k on a loaded machine).
 */
export const ONE_OFFS_UP_TO = 100_000;

interface Counter {
  requests: number;
  rows: number;
  scans: number;
}

/** Counts requests and the rows their answers carried (a query's `value`, or one entity). */
function rowCounter(table: TableClient): Counter {
  const seen = { requests: 0, rows: 0, scans: 0 };
  const policy: PipelinePolicy = {
    name: 'bench-rows-read',
    async sendRequest(req, next) {
      const res = await next(req);
      seen.requests++;
      // A scan's later pages (a continuation) resume it rather than start another pass.
      const params = new URL(req.url).searchParams;
      const filter = params.get('$filter');
      if (filter !== null && !filter.includes('PartitionKey eq') && !params.has('NextPartitionKey')) seen.scans++;
      if (req.method === 'GET' && res.status === 200) {
        try {
          const body = JSON.parse(res.bodyAsText ?? '{}') as { value?: unknown[] };
          seen.rows += Array.isArray(body.value) ? body.value.length : 1;
        } catch {
          seen.rows += 0; // not JSON (a stream): nothing to count
        }
      }
      return res;
    },
  };
  table.pipeline.addPolicy(policy);
  return seen;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)];
}

/** Times `run` `samples` times; a failed sample is counted, not thrown. */
async function timed(counters: Counter[], samples: number, run: () => Promise<unknown>): Promise<Timed> {
  const ms: number[] = [];
  let failed = 0;
  let rowsRead = 0;
  let requests = 0;
  let scans = 0;
  for (let i = 0; i < samples; i++) {
    const before = counters.map((c) => ({ ...c }));
    const t = performance.now();
    try {
      await run();
      ms.push(performance.now() - t);
      rowsRead = counters.reduce((sum, c, j) => sum + c.rows - before[j].rows, 0);
      requests = counters.reduce((sum, c, j) => sum + c.requests - before[j].requests, 0);
      scans = counters.reduce((sum, c, j) => sum + c.scans - before[j].scans, 0);
    } catch {
      failed++;
    }
  }
  return { ms: median(ms), rowsRead, requests, scans, failed };
}

export interface RunOptions {
  samples: number;
  /** Write the index rows the one-off steps leave instead of running them; default above ONE_OFFS_UP_TO. */
  settled?: boolean;
  onStage?: (stage: Stage, seconds: number) => void;
  /** Called with the tables once everything is timed, before Azurite stops: for the test. */
  inspect?: (tables: { sessions: TableClient; index: IndexTables; now: Date }) => Promise<void>;
}

/**
 * Fills a fresh in-memory Azurite to `rows` rows and times every periodic job and listing, first
 * as the table was before the index (scans), then after the migration that builds it and the
 * first sweep (or, `settled`, after the fill wrote the index rows those leave).
 *
 * @example await runTicksSize(10_000, { samples: 5 })
 */
export async function runTicksSize(rows: number, opts: RunOptions): Promise<SizeResult> {
  const settled = opts.settled ?? rows > ONE_OFFS_UP_TO;
  const stages: Partial<Record<Stage, number>> = {};
  const stage = async <T>(name: Stage, run: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const out = await run();
    const seconds = (performance.now() - t) / 1000;
    stages[name] = seconds;
    opts.onStage?.(name, seconds);
    return out;
  };
  const azurite = await startAzurite({ inMemory: true });
  const keyDir = mkdtempSync(join(tmpdir(), 'kd-bench-ticks-'));
  try {
    const cs = azurite.connectionString;
    const table = tableClientFor(cs, 'sessions');
    const scheduleTable = tableClientFor(cs, 'schedules');
    const indexTables = { live: tableClientFor(cs, 'sessionlive'), history: tableClientFor(cs, 'sessionindex') };
    await Promise.all([ensureTable(table), ensureTable(scheduleTable), ensureTable(indexTables.live), ensureTable(indexTables.history)]);
    const counters = [rowCounter(table), rowCounter(scheduleTable), rowCounter(indexTables.live), rowCounter(indexTables.history)];
    const now = new Date();
    const deps: DialogDeps = {
      sessions: new SessionStore(table, randomBytes(32), new FileVault(join(keyDir, 'sessions')), { indexTables }),
      schedules: new ScheduleStore(scheduleTable),
      answers: new AnswerBox(table),
      contributions: new GroupContributions(table),
      teams: new TeamRegistry(await TableStateStorage.create(cs, 'teams')),
      port: {
        startThread: async () => ({ threadId: `${HOME.channel};messageid=2`, rootActivityId: '2' }),
        reply: async () => undefined,
        updateRoot: async () => undefined,
        memberNames: async () => [],
        memberCount: async () => 6,
        tellPrivately: async () => undefined,
      },
      log: createLogger('bench', 'error', () => undefined),
      now: () => now,
      later: () => undefined,
    };
    const index = new SessionIndex(indexTables);
    const filled = await stage('fill', () => fillTicksTable(table, deps.sessions, deps.schedules, rows, now, settled ? index : undefined));
    const measureAll = async (samples: number): Promise<Partial<Record<Measured, Timed>>> => {
      const watcher = startDeadlineWatcher(deps, 3_600_000);
      const scheduler = startScheduler(deps, 3_600_000);
      // Their first runs started on creation; the samples are the ticks after.
      await Promise.all([watcher.tick(), scheduler.tick()]);
      const out: Partial<Record<Measured, Timed>> = {};
      const sample = async (name: Measured, run: () => Promise<unknown>) => (out[name] = await timed(counters, samples, run));
      await sample('deadline watcher', () => watcher.tick());
      await sample('scheduler', () => scheduler.tick());
      await sample('retention sweep', () => sweepOnce(deps));
      await sample('status', () => deps.sessions.openInChannel(HOME.channel));
      await sample('planer', () => deps.schedules.inChannel(HOME.channel));
      await sample('slet data (listing)', () => Promise.all([deps.schedules.inChannel(HOME.channel), deps.sessions.inChannel(HOME.channel)]));
      await sample('uninstall (listing)', () => Promise.all([deps.schedules.inTeam(HOME.team), deps.sessions.inTeam(HOME.team)]));
      const someone = (await deps.sessions.openInChannel(HOME.channel))[0]?.id ?? 'none';
      await sample('point query', () => table.getEntity(someone, 'session'));
      await Promise.all([watcher.stop(), scheduler.stop()]);
      return out;
    };
    // Before the index: a sweep now would defer nothing, so the scans are what every hour costs.
    const scan = await stage('before', () => measureAll(rows > SCAN_SAMPLES_ABOVE ? Math.min(opts.samples, FEWER_SCAN_SAMPLES) : opts.samples));
    let firstSweep: Timed | undefined;
    if (settled) await index.markReady();
    else {
      await stage('migration', () => deps.sessions.ensureIndex());
      firstSweep = await stage('first sweep', () => timed(counters, 1, () => sweepOnce(deps)));
    }
    const after = await stage('after', () => measureAll(opts.samples));
    await opts.inspect?.({ sessions: table, index: indexTables, now });
    return { filled, scan, index: after, migrationSeconds: stages.migration, firstSweep, stages };
  } finally {
    await azurite.stop();
    rmSync(keyDir, { recursive: true, force: true });
  }
}
