/**
 * `npm run bench:answers`: how many answers a second the real bot takes through /api/messages,
 * next to what the storage alone allows, and what the botbuilder-state way of keeping them loses
 * (a benchmark with a ceiling: the targets it is judged against are in answers-report.ts).
 *
 * Every cell (N answers × concurrency) gets a fresh in-memory Azurite (in memory: a disk would
 * time the disk, and this machine's disk is shared), the bot as its own process, 10 sessions and
 * N distinct participants; then the ceilings and the naive baseline write the same answers to the
 * same Azurite. Targets are reported, never enforced. Figures on a shared machine are noisy:
 * run it a few times.
 *
 *   npm run bench:answers                          N = 50, 500, 5,000 × concurrency 1, 16, 64 (not 5,000 × 1)
 *   npm run bench:answers -- --full                also 5,000 at concurrency 1 (several minutes more)
 *   npm run bench:answers -- --sizes 500 --concurrency 16
 *   npm run bench:answers -- --profile             one run of 2,000 at 16 with the bot and Azurite under --cpu-prof
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCell, type CellResult } from './answers-run';
import { NOTES, reportTables, slowPath, verdicts } from './answers-report';
import { profileRun } from './answers-profile';

const ROOT = join(__dirname, '..');
const SESSIONS = 10;

interface Args {
  sizes: number[];
  concurrency: number[];
  full: boolean;
  profile: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const list = (flag: string, fallback: number[]) => {
    const i = argv.indexOf(flag);
    if (i < 0) return fallback;
    const values = (argv[i + 1] ?? '').split(',').map(Number);
    if (values.some((v) => !Number.isInteger(v) || v < 1)) throw new Error(`${flag} takes whole numbers separated by commas, e.g. ${flag} 50,500`);
    return values;
  };
  return { sizes: list('--sizes', [50, 500, 5_000]), concurrency: list('--concurrency', [1, 16, 64]), full: argv.includes('--full'), profile: argv.includes('--profile') };
}

/** 5,000 answers one at a time take minutes and add little: only with --full (or asked for by name). */
function cellsOf(args: Args, explicit: boolean): [number, number][] {
  const cells: [number, number][] = [];
  for (const n of args.sizes) for (const c of args.concurrency) if (args.full || explicit || !(n >= 5_000 && c === 1)) cells.push([n, c]);
  return cells;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = parseArgs(argv);
  if (args.profile) return profileRun(join(ROOT, 'build', 'profile'), SESSIONS);
  const started = performance.now();
  const results: CellResult[] = [];
  // A cell that fails is reported with the others, not the end of the run: the rest still measure.
  const failed: { n: number; concurrency: number; error: string }[] = [];
  for (const [n, concurrency] of cellsOf(args, argv.includes('--sizes'))) {
    const t = performance.now();
    process.stderr.write(`bench:answers: N=${n}, concurrency ${concurrency}… `);
    try {
      results.push(await runCell({ n, concurrency, sessions: SESSIONS }));
      process.stderr.write(`${((performance.now() - t) / 1000).toFixed(0)} s\n`);
    } catch (err) {
      failed.push({ n, concurrency, error: (err as Error).message });
      process.stderr.write(`failed after ${((performance.now() - t) / 1000).toFixed(0)} s: ${(err as Error).message}\n`);
    }
  }
  const totalS = (performance.now() - started) / 1000;
  const targets = verdicts(results);
  const out = [
    ...reportTables(results),
    '',
    ...targets.map((v) => `${v.pass ? 'PASS' : 'MISS'}  ${v.target}: ${v.value}`),
    '',
    ...slowPath(results),
    ...failed.map((f) => `FAILED  N=${f.n} c=${f.concurrency}: ${f.error}`),
    '',
    `${SESSIONS} sessions; answer row ≈ ${results[0]?.entityBytes.toFixed(0)} bytes (keys + json of three ~50-char texts); whole run ${totalS.toFixed(0)} s.`,
    ...NOTES,
  ];
  process.stdout.write(out.join('\n') + '\n');
  const file = join(ROOT, 'build', 'bench-answers.json');
  mkdirSync(join(ROOT, 'build'), { recursive: true });
  writeFileSync(
    file,
    JSON.stringify(
      { date: new Date().toISOString(), node: process.version, platform: `${process.platform}-${process.arch}`, sessions: SESSIONS, totalSeconds: totalS, results, failed, targets },
      null,
      2,
    ) + '\n',
  );
  process.stdout.write(`Wrote ${file}\n`);
  // A slow answer is a figure; a cell that could not run is a failure, said in the exit code too.
  if (failed.length > 0) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`bench:answers failed: ${(err as Error).stack}\n`);
    process.exit(1);
  });
}
