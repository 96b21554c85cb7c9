/**
 * `npm run bench:ticks`: what each periodic job and each per-request listing reads and costs as
 * the sessions table grows (issue 16, part 1). Every size gets a fresh in-memory Azurite, filled
 * with mostly closed sessions and their answers (bench/ticks-fill.ts); each job is timed first on
 * the table as it was before the index (table scans), then after the migration that builds it.
 * A failed or slow sample is reported, never fatal. Figures on a shared machine are noisy.
 *
 *   npm run bench:ticks                    1k, 10k and 100k rows
 *   npm run bench:ticks -- --full          also 500k rows (long: it had not finished in 38 minutes on a loaded 2-core machine)
 *   npm run bench:ticks -- --sizes 1000,20000 --samples 3
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { flatness, reportTicks } from './ticks-report';
import { runTicksSize, type SizeResult } from './ticks-run';

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
  for (const rows of sizes) {
    process.stderr.write(`bench:ticks: ${rows.toLocaleString('en')} rows… `);
    try {
      const result = await runTicksSize(rows, { samples });
      results.push(result);
      process.stderr.write(`filled in ${result.filled.seconds.toFixed(0)} s\n`);
    } catch (err) {
      // A size that could not be filled (memory, a stuck Azurite) is reported; the others still are.
      process.stderr.write(`failed: ${(err as Error).message}\n`);
    }
  }
  const out = [...reportTicks(results), '', ...flatness(results), '', `Median of ${samples} ticks each; "before" is the same question as a table scan, as before the index.`];
  process.stdout.write(out.join('\n') + '\n');
  mkdirSync(join(ROOT, 'build'), { recursive: true });
  writeFileSync(join(ROOT, 'build', 'bench-ticks.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, samples, results }, null, 2) + '\n');
}

main().catch((err) => {
  process.stderr.write(`bench:ticks: ${(err as Error).stack ?? err}\n`);
  process.exitCode = 1;
});
