import { spawn } from 'node:child_process';
import { azuriteConnectionString, type RunningAzurite } from '../storage/azurite-process';
import { findFreePort, OutputTail } from '../storage/azurite-child';

const READY_LINE = 'Azurite Table service successfully started';

/**
 * In-memory Azurite under `node --cpu-prof`, for `npm run bench:answers -- --profile`: the profile
 * is written into `dir` when it stops. storage/azurite-process.ts cannot do this (Node refuses
 * --cpu-prof in NODE_OPTIONS), and the production path should not grow a profiling switch.
 *
 * @example
 * const azurite = await startProfiledAzurite('build/profile');
 * // … use azurite.connectionString …
 * await azurite.stop(); // build/profile/CPU.….cpuprofile
 */
export async function startProfiledAzurite(dir: string): Promise<RunningAzurite> {
  const port = await findFreePort('127.0.0.1');
  const script = require.resolve('azurite/dist/src/table/main.js');
  const args = ['--cpu-prof', '--cpu-prof-dir', dir, script, '--tableHost', '127.0.0.1', '--tablePort', String(port), '--disableTelemetry', '--silent', '--inMemoryPersistence'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = new OutputTail();
  child.stderr.on('data', (d: Buffer) => output.append(d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      output.append(d);
      if (output.includes(READY_LINE)) resolve();
    });
    void exited.then(() => reject(new Error(`profiled Azurite exited during startup. Output:\n${output}`)));
  });
  return {
    port,
    connectionString: azuriteConnectionString('127.0.0.1', port),
    connectionStringFor: (account) => azuriteConnectionString('127.0.0.1', port, account),
    // SIGINT is Azurite's graceful stop; it then exits normally, which is when the profile is written.
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      await exited;
    },
  };
}
