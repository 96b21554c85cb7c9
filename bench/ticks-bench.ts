/**
 * `npm run bench:ticks`: what each periodic job and each per-request listing reads and costs as
 * the sessions table grows (issue 16, part 1). Every size gets a fresh in-memory Azurite, filled
 * with mostly closed sessions and their answers (bench/ticks-fill.ts); each job is timed first on
 * the table as it was before the index (table scans), then after the migration that builds it and
 * the first sweep. Above 100k rows those two one-off steps are not run (ONE_OFFS_UP_TO in
 * bench/ticks-run.ts: on Azurite they grow with the square of the sessions); the fill writes the
 * index rows they leave. Stage times go to stderr.
 * A failed or slow sample is reported, never fatal. Figures on a shared machine are noisy.
 *
 *   npm run bench:ticks                    1k, 10k and 100k rows
 *   npm run bench:ticks -- --full          also 500k rows (7 minutes in all on a loaded 2-core machine)
 *   npm run bench:ticks -- --sizes 1000,20000 --samples 3
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { flatness, reportTicks } from './ticks-report';
import { FEWER_SCAN_SAMPLES as FEWER, ONE_OFFS_UP_TO, runTicksSize, SCAN_SAMPLES_ABOVE, type SizeResult } from './ticks-run';

const ROOT = join(__dirname, '..');

function parseArgs(argv: readonly string[]): { sizes: number[]; samples: number } {
  const i = argv.indexOf('--sizes');
  const sizes = i >= 0 ? (argv[i + 1] ?? '').split(',').map(Number) : [1_000, 10_000, 100_000, ...(argv.includes('--full') ? [500_000] : [])];
  if (sizes.some((n) => !Number.isInteger(n) || n < 100)) throw new Error('--sizes takes whole numbers of at least 100, separated by commas, e.g. --sizes 1000,10000');
  const j = argv.indexOf('--samples');
  const samples = j >= 0 ? Number(argv[j + 1]) : 5;
  if (!Number.isInteger(samples) || samples < 1) throw new Error('--samples takes a whole number, e.g. --samples 5');
  return { sizes, samples };
}

async function main(): Promise<void> {
  const { sizes, samples } = parseArgs(process.argv.slice(2));
  const results: SizeResult[] = [];
  const loads = [loadavg()[0]];
  const started = performance.now();
  for (const rows of sizes) {
    process.stderr.write(`bench:ticks: ${rows.toLocaleString('en')} rows… `);
    try {
      const result = await runTicksSize(rows, { samples, onStage: (stage, seconds) => process.stderr.write(`${stage} ${seconds.toFixed(0)} s, `) });
      results.push(result);
      process.stderr.write(`load ${loadavg()[0].toFixed(1)}\n`);
      loads.push(loadavg()[0]);
    } catch (err) {
      // A size that could not be filled (memory, a stuck Azurite) is reported; the others still are.
      process.stderr.write(`failed: ${(err as Error).message}\n`);
    }
  }
  const minutes = (performance.now() - started) / 60_000;
  const load = `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`;
  const out = [
    ...reportTicks(results),
    '',
    ...flatness(results),
    '',
    `Median of ${samples} ticks each; "before" is the same question as a table scan, as before the index (${Math.min(samples, FEWER)} samples above ${SCAN_SAMPLES_ABOVE.toLocaleString('en')} rows).`,
    `Above ${ONE_OFFS_UP_TO.toLocaleString('en')} rows the migration and the first sweep are not run: the fill writes the index rows they leave.`,
    `${minutes.toFixed(0)} minutes; load average (1 min) ${load} on ${cpus().length} cores.`,
  ];
  process.stdout.write(out.join('\n') + '\n');
  mkdirSync(join(ROOT, 'build'), { recursive: true });
  writeFileSync(join(ROOT, 'build', 'bench-ticks.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, samples, results }, null, 2) + '\n');
}

main().catch((err) => {
  process.stderr.write(`bench:ticks: ${(err as Error).stack ?? err}\n`);
  process.exitCode = 1;
});
