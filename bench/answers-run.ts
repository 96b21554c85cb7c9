import { startAzurite, type RunningAzurite } from '../storage/azurite-process';
import { tableClientFor } from '../storage/table-client';
import { answerPass, countStored, createSessions } from './bot-pass';
import { startBotProcess, type BotSnapshot } from './bot-process';
import { answerRowBytes, ceiling, type CeilingKind } from './ceiling';
import { naiveBaseline } from './naive-state';
import { percentile, type PoolRun } from './pool';
import { childPid, cpuMeter } from './process-cpu';
import { TeamsSink } from './teams-sink';
import { participants, WARM_UP, warmUpParticipants, type Participant } from './workload';

export interface Cell {
  n: number;
  concurrency: number;
  sessions: number;
  /** Which ceilings to measure after the bot (default: all three). */
  ceilings?: readonly CeilingKind[];
  /** Measure the naive ConversationState baseline too (default: yes). */
  naive?: boolean;
  /** Run the bot under `node --cpu-prof`, writing the profile into this folder. */
  cpuProfDir?: string;
  /** How to start storage; default a fresh in-memory Azurite (startAzurite). */
  storage?: () => Promise<RunningAzurite>;
}

/** Rate, latency (ms) and CPU per answer (ms, by process; undefined where it cannot be read) of one pass. */
export interface Rate {
  perSecond: number;
  wallMs: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  cpuMsPerAnswer: Record<string, number | undefined>;
}

export interface BotRate extends Rate {
  peakRssMb: number;
  readyRssMb: number;
  /** Heap in use after the run and its background work, after a full GC: what stays behind. */
  heapAfterMb: number;
  confirmed: number;
  refused: Record<string, number>;
  storedRows: number;
  storedCounted: number;
  /** The bot's HTTP requests per answer, to storage and to the Teams sink, background work included. */
  requestsPerAnswer: { storage: number; teams: number; byKind: Record<string, number> };
  /** When the answers were sent, µs on the monotonic clock: the window to read a CPU profile in. */
  window: { fromUs: number; toUs: number };
}

export interface CellResult {
  n: number;
  concurrency: number;
  sessions: number;
  /** Bytes of one answer row (keys + json), which the ceilings write too. */
  entityBytes: number;
  bot: BotRate;
  ceilings: Partial<Record<CeilingKind, Rate>>;
  naive?: Rate & { stored: number; lost: number };
}

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

function rateOf(run: PoolRun, n: number, cpu: Record<string, number | undefined>): Rate {
  const perAnswer = Object.fromEntries(Object.entries(cpu).map(([k, ms]) => [k, ms === undefined ? undefined : ms / n]));
  return {
    perSecond: run.perSecond,
    wallMs: run.wallMs,
    p50: percentile(run.latenciesMs, 50),
    p95: percentile(run.latenciesMs, 95),
    p99: percentile(run.latenciesMs, 99),
    max: run.latenciesMs[run.latenciesMs.length - 1] ?? NaN,
    cpuMsPerAnswer: perAnswer,
  };
}

/**
 * One cell of the benchmark, on a fresh in-memory Azurite: the bot (its own process) takes `n`
 * answers from `n` people over `sessions` sessions through /api/messages, `concurrency` at a time;
 * then, with the bot stopped so it takes no CPU from them, the ceilings and the naive baseline
 * write the same answers to the same Azurite with the same concurrency.
 *
 * @example
 * const cell = await runCell({ n: 500, concurrency: 16, sessions: 10 });
 * cell.bot.perSecond / cell.ceilings.insert!.perSecond // the ratio to the ceiling
 */
export async function runCell(cell: Cell): Promise<CellResult> {
  const azurite = await (cell.storage ?? (() => startAzurite({ inMemory: true })))();
  try {
    const azuritePid = childPid(`\u0000${azurite.port}\u0000`);
    const people = participants(cell.n, cell.sessions);
    const bot = await botRun(azurite, azuritePid, cell, people);
    const ceilings: CellResult['ceilings'] = {};
    for (const kind of cell.ceilings ?? (['insert', 'transaction', 'answerBox'] as const)) {
      const meter = cpuMeter({ azurite: azuritePid });
      ceilings[kind] = rateOf(await ceiling(azurite.connectionString, kind, people, cell.concurrency, cell.sessions), cell.n, meter());
    }
    let naive: CellResult['naive'];
    if (cell.naive !== false) {
      const meter = cpuMeter({ azurite: azuritePid });
      const run = await naiveBaseline(azurite.connectionString, people, cell.concurrency, cell.sessions);
      naive = { ...rateOf(run, cell.n, meter()), stored: run.stored, lost: cell.n - run.stored };
    }
    return { n: cell.n, concurrency: cell.concurrency, sessions: cell.sessions, entityBytes: answerRowBytes(people), bot, ceilings, ...(naive ? { naive } : {}) };
  } finally {
    await azurite.stop();
  }
}

/** The bot's requests between two snapshots, per answer: to storage (at `storageHost`), to Teams, and by kind. */
function requestsPerAnswer(before: BotSnapshot, after: BotSnapshot, storageHost: string, n: number): BotRate['requestsPerAnswer'] {
  const byKind: Record<string, number> = {};
  for (const key of Object.keys(after.requests)) {
    const delta = (after.requests[key] ?? 0) - (before.requests[key] ?? 0);
    // Keys are "host:port METHOD kind"; the host only tells storage from the Teams sink.
    const [host, ...what] = key.split(' ');
    if (delta > 0) byKind[`${host === storageHost ? 'storage' : 'teams'} ${what.join(' ')}`] = delta / n;
  }
  const sum = (prefix: string) => Object.entries(byKind).reduce((total, [k, v]) => total + (k.startsWith(prefix) ? v : 0), 0);
  return { storage: sum('storage '), teams: sum('teams '), byKind };
}

/** Before the timed pass, WARM_UP answers go to sessions of their own, so the pass does not time V8 compiling the answer path. */
async function warmUp(botUrl: string, sink: TeamsSink, concurrency: number): Promise<void> {
  const sessions = await createSessions(botUrl, sink, 2);
  const people = warmUpParticipants(2);
  const pass = await answerPass(botUrl, sink, sessions, people, concurrency);
  if (pass.confirmed !== WARM_UP) throw new Error(`warmUp(): only ${pass.confirmed} of ${WARM_UP} warm-up answers were confirmed: ${JSON.stringify(pass.refused)}`);
}

/** The bot's pass: start it, create the sessions, send the answers, stop it, count what is stored. */
async function botRun(azurite: RunningAzurite, azuritePid: number | undefined, cell: Cell, people: readonly Participant[]): Promise<BotRate> {
  const sink = await new TeamsSink().start();
  const bot = await startBotProcess(azurite.connectionString, { cpuProfDir: cell.cpuProfDir });
  try {
    const sessions = await createSessions(bot.url, sink, cell.sessions);
    await warmUp(bot.url, sink, cell.concurrency);
    const before = await bot.snapshot();
    const meter = cpuMeter({ azurite: azuritePid });
    const fromUs = nowUs();
    const pass = await answerPass(bot.url, sink, sessions, people, cell.concurrency);
    const toUs = nowUs();
    // Stopping waits for the bot's background work (progress cards): part of the answers' cost,
    // and over before the ceilings run, so the bot takes no CPU from them.
    const after = await bot.stop();
    const cpu = { bot: after.cpuMs - before.cpuMs, ...meter() };
    const stored = await countStored(tableClientFor(azurite.connectionString, 'sessions'), sessions);
    const requests = requestsPerAnswer(before, after, `127.0.0.1:${azurite.port}`, cell.n);
    return {
      ...rateOf(pass, cell.n, cpu),
      peakRssMb: after.maxRssKb / 1024,
      readyRssMb: bot.readyRssMb,
      heapAfterMb: after.heapUsedMb,
      confirmed: pass.confirmed,
      refused: pass.refused,
      storedRows: stored.rows,
      storedCounted: stored.counted,
      requestsPerAnswer: requests,
      window: { fromUs, toUs },
    };
  } finally {
    // Already stopped unless the pass failed; then the pass's error is the one to report, not this.
    await bot.stop().catch(() => undefined);
    await sink.stop();
  }
}
