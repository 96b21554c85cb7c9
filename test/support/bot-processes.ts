import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { LogLine } from '../../config/log';
import { findFreePort } from '../../storage/azurite-child';

export interface BotProcess {
  url: string;
  child: ChildProcess;
  env: Record<string, string>;
  /** Resolves when the process has looked twice more at deadlines and schedules and finished what that started. */
  checkAgain(): Promise<void>;
}

/**
 * Bot processes (bot-child.ts) sharing one storage and one clock file, for the enclosing describe
 * block, with one KEY_DIR (`keyDir`). `setClock` moves time for all of them; their log lines are collected in `logs`, each with its process's `pid`.
 */
export function useBotProcesses(count: number, connectionString: () => string, env: Record<string, string>, start: Date) {
  const dir = mkdtempSync(join(tmpdir(), 'kd-procs-'));
  const clockFile = join(dir, 'clock');
  // One KEY_DIR for all of them, as App Service instances share /home: each reads the others' session secrets.
  const keyDir = env.KEY_DIR ?? join(dir, 'keys');
  const bots: BotProcess[] = [];
  const logs: LogLine[] = [];
  writeFileSync(clockFile, start.toISOString());

  before(async function () {
    this.timeout(60_000);
    bots.push(
      ...(await Promise.all(
        Array.from({ length: count }, async (_, i) =>
          spawnBot(
            connectionString(),
            clockFile,
            { PROGRESS_EVERY_MS: '20', KEY_DIR: keyDir, ...env, PORT: String(await findFreePort('127.0.0.1')), DATA_DIR: mkdtempSync(join(dir, `bot${i}-`)) },
            logs,
          ),
        ),
      )),
    );
  });

  after(async function () {
    this.timeout(30_000);
    await Promise.all(
      bots.map(
        (b) =>
          new Promise<void>((resolve) => {
            if (b.child.exitCode !== null) return resolve();
            b.child.once('exit', () => resolve());
            b.child.kill('SIGTERM');
          }),
      ),
    );
  });

  /** Kills bot `i` with SIGKILL (no chance to finish anything) and starts a new one on the same port and data. */
  const crashAndRestart = async (i: number): Promise<BotProcess> => {
    const old = bots[i];
    await new Promise<void>((resolve) => {
      old.child.once('exit', () => resolve());
      old.child.kill('SIGKILL');
    });
    bots[i] = await spawnBot(connectionString(), clockFile, old.env, logs);
    return bots[i];
  };

  /** Every process has looked twice more and finished: a second post would have been made by then. */
  const checkAll = () => Promise.all(bots.map((b) => b.checkAgain())).then(() => undefined);

  return { bots, logs, keyDir, setClock: (at: Date) => writeFileSync(clockFile, at.toISOString()), crashAndRestart, checkAll };
}

async function spawnBot(connectionString: string, clockFile: string, env: Record<string, string>, logs: LogLine[]): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'bot-child.ts'), connectionString, clockFile], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting: Array<() => void> = [];
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('ready ')) return resolve(line.slice(6));
      if (line === 'checked') return waiting.shift()?.();
      try {
        // Tagged with the process, so a test can tell which instance did what.
        logs.push({ ...(JSON.parse(line) as LogLine), pid: child.pid });
      } catch {
        // not a log line (e.g. a library printing); ignore
      }
    });
    child.once('exit', (code) => reject(new Error(`bot-child exited with ${code} before it was ready`)));
  });
  const checkAgain = () =>
    new Promise<void>((resolve, reject) => {
      // Answered in the order asked; a test waits for one before it asks again.
      waiting.push(resolve);
      child.stdin!.write('check\n', (err) => err && reject(err));
    });
  return { url, child, env, checkAgain };
}
