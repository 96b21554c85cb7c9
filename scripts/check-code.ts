/**
 * The type check and the format check, side by side, since each waits on its own process. `npm
 * test` runs them beside the suite (scripts/test.ts); `npm run check` runs them alone. Each failing
 * check prints its own output.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

const CHECKS: [string, string[]][] = [
  ['tsc', ['--noEmit']],
  ['prettier', ['--check', '--log-level', 'warn', '**/*.ts']],
];

function run(command: string, args: string[], priority: number): Promise<number> {
  return new Promise((resolve) => {
    // npx finds the project's own binaries; a shell on Windows, where they are .cmd files.
    const child = spawn('npx', ['--no-install', command, ...args], { stdio: 'inherit', shell: process.platform === 'win32' });
    try {
      if (priority && child.pid) setPriority(child.pid, priority);
    } catch {
      // A system that refuses a lower priority runs the check as it is: slower to share, never wrong.
    }
    child.on('exit', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

/**
 * Runs both checks and resolves to the names of those that failed. `priority` (0–19, higher is
 * lower) lets them take only the CPU that other work leaves idle.
 *
 * @example await checkCode() // [] when the code type-checks and is formatted
 */
export async function checkCode(priority = 0): Promise<string[]> {
  const codes = await Promise.all(CHECKS.map(([command, args]) => run(command, args, priority)));
  const failed = CHECKS.filter((_, i) => codes[i] !== 0).map(([command]) => command);
  if (failed.length) console.error(`check-code: ${failed.join(' and ')} failed; see above.`);
  return failed;
}

if (require.main === module) void checkCode().then((failed) => process.exit(failed.length ? 1 : 0));
