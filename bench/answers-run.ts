import { startAzurite, type RunningAzurite } from '../storage/azurite-process';
import { tableClientFor } from '../storage/table-client';
import { answerPass, countStored, createSessions, SAVED, type BenchSession } from './bot-pass';
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
  /** Warm-up answers before the timed pass (default WARM_UP). */
  warmUp?: number;
  /** Told as the bot's run enters each phase ('done': the pass is over, the bot not yet stopped); a test slows storage here. */
  onPhase?: (phase: 'sessions' | 'warm-up' | 'pass' | 'done') => void;
}

/** What the participants saw, by kind: confirmed, "Gemmer …" (saved later, the slow path), or refused. */
export interface Outcomes {
  sent: number;
  confirmed: number;
  slow: number;
  refused: Record<string, number>;
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
  /** Timed answers that got "Gemmer …": slow but saved (their latency is in the percentiles). */
  slow: number;
  refused: Record<string, number>;
  /** The warm-up's answers: not timed, but a slow or refused one is reported, never an abort. */
  warmUp: Outcomes;
  /** Personal-chat follow-ups saying "Tak – dit svar er gemt", warm-up and pass together: the slow answers' outcome. */
  savedLater: number;
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

/**
 * Before the timed pass, `count` answers go to sessions of their own, so the pass does not time
 * V8 compiling the answer path. On a loaded machine some take the slow path ("Gemmer …"): what
 * the participants saw is returned for the report, not judged here.
 */
async function warmUp(botUrl: string, sink: TeamsSink, sessions: readonly BenchSession[], concurrency: number, count: number): Promise<Outcomes> {
  if (count === 0) return { sent: 0, confirmed: 0, slow: 0, refused: {} };
  const pass = await answerPass(botUrl, sink, sessions, warmUpParticipants(2, count), concurrency);
  return { sent: count, confirmed: pass.confirmed, slow: pass.slow, refused: pass.refused };
}

/** The bot's pass: start it, create the sessions, send the answers, stop it, count what is stored. */
async function botRun(azurite: RunningAzurite, azuritePid: number | undefined, cell: Cell, people: readonly Participant[]): Promise<BotRate> {
  const sink = await new TeamsSink().start();
  const bot = await startBotProcess(azurite.connectionString, { cpuProfDir: cell.cpuProfDir });
  try {
    cell.onPhase?.('sessions');
    const sessions = await createSessions(bot.url, sink, cell.sessions);
    // The warm-up's own sessions are made here too, so that a test slowing storage from the warm-up on slows only answers.
    const warmUpSessions = (cell.warmUp ?? WARM_UP) > 0 ? await createSessions(bot.url, sink, 2) : [];
    cell.onPhase?.('warm-up');
    const warm = await warmUp(bot.url, sink, warmUpSessions, cell.concurrency, cell.warmUp ?? WARM_UP);
    cell.onPhase?.('pass');
    const before = await bot.snapshot();
    const meter = cpuMeter({ azurite: azuritePid });
    const fromUs = nowUs();
    const pass = await answerPass(bot.url, sink, sessions, people, cell.concurrency);
    const toUs = nowUs();
    cell.onPhase?.('done');
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
      slow: pass.slow,
      refused: pass.refused,
      warmUp: warm,
      // Counted after stop(), which waits for the follow-ups.
      savedLater: sink.privateCards.filter((card) => JSON.stringify(card).includes(SAVED)).length,
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
