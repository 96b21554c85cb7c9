/**
 * `npm run check`: the type check and the format check side by side, since each waits on its own
 * process. `.ci/run` runs it before the suite; `npm test` does not, as the suite keeps both of a
 * 2-core machine's cores busy and the checks would add their own 26 s of CPU to it (README, "Tests").
 * Fails if either fails, with its output.
 */
import { spawn } from 'node:child_process';

const CHECKS: [string, string[]][] = [
  ['tsc', ['--noEmit']],
  ['prettier', ['--check', '--log-level', 'warn', '**/*.ts']],
];

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    // npx finds the project's own binaries; a shell on Windows, where they are .cmd files.
    const child = spawn('npx', ['--no-install', command, ...args], { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('exit', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

void Promise.all(CHECKS.map(([command, args]) => run(command, args))).then((codes) => {
  const failed = CHECKS.filter((_, i) => codes[i] !== 0).map(([command]) => command);
  if (failed.length) console.error(`check-code: ${failed.join(' and ')} failed; see above.`);
  process.exit(failed.length ? 1 : 0);
});
