import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

export interface RunningPlayground {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const ROOT = resolve(__dirname, '..');
export const PLAYGROUND_CONFIG = join(ROOT, 'playground', '.m365agentsplayground.yml');

/**
 * Starts the Microsoft 365 Agents Playground against the bot, with our mock Danish team.
 * It prints "Listening on <port>" when ready (it picks a random port if the wanted one is busy);
 * a bad config makes it exit silently, so an early exit points at devTools/m365agentsplayground.log.
 */
export function startPlayground(opts: { botUrl: string; port: number; openBrowser: boolean; cwd?: string }): Promise<RunningPlayground> {
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  const child = spawn(process.execPath, [cli, '-e', `${opts.botUrl}/api/messages`, '-c', 'msteams', '--disable-telemetry', '-p', String(opts.port)], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, M365_AGENTS_PLAYGROUND_CONFIG_PATH: PLAYGROUND_CONFIG, ...(opts.openBrowser ? {} : { TEAMSAPPTESTER_BROWSER: 'none' }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolvePg, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`startPlayground(): no "Listening on" within 30 s. Output:\n${output}`)), 30_000);
    const fail = (err: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(err);
    };
    child.on('exit', (code) => fail(new Error(`startPlayground(): the Playground exited (code ${code}) before it was ready. See devTools/m365agentsplayground.log for why. Output:\n${output}`)));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Listening on (\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const port = Number(match[1]);
      resolvePg({ url: `http://localhost:${port}`, port, stop: () => stopChild(child) });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}
