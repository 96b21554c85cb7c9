/**
 * `npm test`: the suite (test/suite-order.cjs) and, beside it rather than before it, the type and
 * format checks (scripts/check-code.ts) at the lowest priority. The suite's four files at a time
 * spend much of their time waiting on Azurite, bot processes and the Playground; the checks fill
 * that idle CPU instead of holding the suite back by about 14 s, and cannot slow a timed test.
 * Arguments go on to mocha (`npm test -- --grep Opsamling`). Fails if the suite or a check fails.
 */
import { spawn } from 'node:child_process';
import { checkCode } from './check-code';

const LOWEST_PRIORITY = 19;

function mocha(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [require.resolve('mocha/bin/mocha.js'), '--config', 'test/suite-order.cjs', ...args], { stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(1));
  });
}

void Promise.all([mocha(process.argv.slice(2)), checkCode(LOWEST_PRIORITY)]).then(([suite, failed]) => process.exit(suite || (failed.length ? 1 : 0)));
