// `npm test`'s mocharc: the whole suite, the three longest files first, then the rest in order.
// Four workers take files in this order, so a long file that starts late is the suite's tail;
// started first, it runs beside the short ones. Only these three: with every heavy file at the
// start, timing tests (a card within Teams' 5 s) ran beside each other on two cores and failed.
// Measured per file on 2026-12-06 (README "Tests").
const { existsSync, readdirSync } = require('node:fs');
const base = require('../.mocharc.json');

const LONGEST_FIRST = ['test/e2e/production-build.test.ts', 'test/anonymity/no-identifiers-in-telemetry.test.ts', 'test/e2e/npm-start.test.ts'];

// A renamed or removed file must not leave the list quietly: the rest would still run, unordered.
const missing = LONGEST_FIRST.filter((file) => !existsSync(file));
if (missing.length) throw new Error(`test/suite-order.cjs names test files that do not exist: ${missing.join(', ')}. Update LONGEST_FIRST.`);

const all = readdirSync('test', { recursive: true })
  .map((file) => `test/${String(file).split('\\').join('/')}`)
  .filter((file) => file.endsWith('.test.ts'))
  .sort();

module.exports = { ...base, parallel: true, jobs: 4, spec: [...LONGEST_FIRST, ...all.filter((file) => !LONGEST_FIRST.includes(file))] };
