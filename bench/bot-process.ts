import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { findFreePort } from '../storage/azurite-child';

/** What bench/bot-child.ts reports about itself: CPU so far, peak RSS, requests by host:port. */
export interface BotSnapshot {
  cpuMs: number;
  maxRssKb: number;
  /** Heap in use; in stop()'s answer, after a full GC. */
  heapUsedMb: number;
  requests: Record<string, number>;
}

export interface BotProcess {
  url: string;
  /** RSS when it started listening, before any load, MB. */
  readyRssMb: number;
  /** Its CPU and requests so far (SIGUSR2, so Linux and macOS). */
  snapshot(): Promise<BotSnapshot>;
  /** SIGTERM; resolves once the bot has finished its background work, with its last snapshot. Idempotent. */
  stop(): Promise<BotSnapshot>;
}

const START_TIMEOUT_MS = 60_000;

/**
 * Starts bench/bot-child.ts on a free port against `connectionString`, with a fresh anonymity key
 * and data folder. `cpuProfDir` runs it under `node --cpu-prof` (the profile lands there at stop).
 *
 * @example
 * const bot = await startBotProcess(azurite.connectionString);
 * // … POST activities to `${bot.url}/api/messages` …
 * const { maxRssKb } = await bot.stop();
 */
export async function startBotProcess(connectionString: string, opts: { cpuProfDir?: string } = {}): Promise<BotProcess> {
  const env = {
    ...process.env,
    PORT: String(await findFreePort('127.0.0.1')),
    ANONYMITY_KEY: randomBytes(32).toString('base64'),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'kd-bench-')),
    // Info, as in production: every card action writes one log line, and that is part of the cost.
    LOG_LEVEL: 'info',
    MicrosoftAppId: '',
  };
  const profile = opts.cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', opts.cpuProfDir] : [];
  const child = spawn(process.execPath, [...profile, '--expose-gc', '--import', 'tsx', join(__dirname, 'bot-child.ts'), connectionString], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const waiters: Record<'snapshot' | 'usage', ((s: BotSnapshot) => void)[]> = { snapshot: [], usage: [] };
  const ready = new Promise<[string, number]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bench/bot-child did not listen within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const [word, ...rest] = line.split(' ');
      if (word === 'ready') {
        clearTimeout(timer);
        resolve([rest[0], Number(rest[1])]);
      } else if (word === 'snapshot' || word === 'usage') waiters[word].shift()?.(JSON.parse(rest.join(' ')) as BotSnapshot);
      // anything else is one of the bot's log lines: not needed here
    });
    child.once('exit', (code) => reject(new Error(`bench/bot-child exited with ${code} before it was ready; its error is above`)));
  });
  const [url, rss] = await ready;
  // 'close', not 'exit': by then its stdout has ended, so a last "usage" line has been read.
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const ask = (word: 'snapshot' | 'usage', signal: NodeJS.Signals) =>
    new Promise<BotSnapshot>((resolve, reject) => {
      waiters[word].push(resolve);
      if (word === 'usage') void exited.then(() => reject(new Error(`bench/bot-child exited with ${child.exitCode} without reporting its usage`)));
      child.kill(signal);
    });
  let stopping: Promise<BotSnapshot> | undefined;
  // Idempotent: a second stop() gets the first one's answer instead of waiting on a dead process.
  // It resolves only once the process is gone: `--cpu-prof` writes its profile on the way out.
  const stop = () =>
    (stopping ??= ask('usage', 'SIGTERM').then(async (usage) => {
      await exited;
      return usage;
    }));
  return { url, readyRssMb: rss / 1024 / 1024, snapshot: () => ask('snapshot', 'SIGUSR2'), stop };
}
