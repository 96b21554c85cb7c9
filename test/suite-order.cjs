// `npm test`'s mocharc: the whole suite, six files at a time, the longest files first, then the rest in order.
// Workers take files in this order, so a long file that starts late is the suite's tail; started
// first, it runs beside the short ones. Six workers on two cores: most files wait on Azurite, bot
// processes or the Playground, and with four the cores idled about a quarter of the run. Measured per
// file on 2026-12-06 (README "Tests"): these six took 10–45 s each; a file started in the last
// 20 s had left one worker running alone for 18 s.
const { existsSync, readdirSync } = require('node:fs');
const base = require('../.mocharc.json');

const LONGEST_FIRST = [
  'test/e2e/npm-start.test.ts',
  'test/e2e/production-build.test.ts',
  'test/anonymity/no-identifiers-in-telemetry.test.ts',
  'test/bench/answers-bench.test.ts',
  'test/storage/send-budget.test.ts',
  'test/storage/azurite-process.test.ts',
];

// A renamed or removed file must not leave the list quietly: the rest would still run, unordered.
const missing = LONGEST_FIRST.filter((file) => !existsSync(file));
if (missing.length) throw new Error(`test/suite-order.cjs names test files that do not exist: ${missing.join(', ')}. Update LONGEST_FIRST.`);

const all = readdirSync('test', { recursive: true })
  .map((file) => `test/${String(file).split('\\').join('/')}`)
  .filter((file) => file.endsWith('.test.ts'))
  .sort();

module.exports = { ...base, parallel: true, jobs: 6, spec: [...LONGEST_FIRST, ...all.filter((file) => !LONGEST_FIRST.includes(file))] };
