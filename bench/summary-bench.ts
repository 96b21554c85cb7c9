/**
 * `npm run bench`: how the summary scales with the number of answers.
 *
 * Each size runs in a fresh `node --expose-gc` process (bench/one-run.ts), so the peak RSS of one
 * size is not inflated by another. Times are of summarise() on one free-text question, the bot's
 * real path (summarise → summarisePerspectives → maskPersonalDetails, findThemes, frequentWords),
 * with every answer in one findThemes call, the worst case. Targets are reported, never enforced.
 *
 * Expected complexity, from domain/summary/themes.ts: findThemes tokenises and stems every answer
 * once (O(n·L), L words per answer), then takes at most MAX_THEMES (10) seed themes; each round,
 * mostUsedStem walks the remaining answers' stems (O(n·L)). Leftovers are then joined by meaning
 * (join-similar.ts): a randomized SVD of the sparse n × V TF-IDF matrix of terms and four-letter
 * groups (lsa.ts) costs O((q+1)·nnz·r + n·r²) with r = 18 (10 dimensions + 8 oversampling),
 * q = 3 power iterations, nnz ≈ n·L·(letters per word), and comparing each leftover with each
 * theme's centre O(n·themes·10). So it stays linear in n for a fixed cap; buildTheme sorts each
 * theme's members (O(m log m)). frequentWords stems every answer a second time, another O(n·L).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OneRun } from './one-run';

const ROOT = join(__dirname, '..');
/** n, timed runs, warm-up runs (the first, cold call counts as one warm-up). */
const SIZES: readonly [number, number, number][] = [
  [50, 3, 1],
  [1_000, 3, 1],
  [10_000, 2, 1],
];
// Issue 12: 50 answers under 50 ms warm, 10,000 under 2 s and 200 MB.
const TARGETS = { smallN: 50, smallMs: 50, largeN: 10_000, largeMs: 2_000, largeMb: 200 };

function runOne(n: number, runs: number, warmups: number): OneRun {
  const child = spawnSync(process.execPath, ['--expose-gc', '--require', 'tsx/cjs', join(__dirname, 'one-run.ts'), String(n), String(runs), String(warmups)], { cwd: ROOT, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`bench/one-run.ts ${n} failed (exit ${child.status}):\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as OneRun;
}

function pad(s: string | number, width: number): string {
  return String(s).padStart(width);
}

function verdict(ratio: number, sizeRatio: number): string {
  const exponent = Math.log(ratio) / Math.log(sizeRatio);
  const shape = exponent < 1.25 ? 'roughly linear' : exponent < 1.6 ? 'a little worse than linear (n log n or cache effects)' : exponent < 1.85 ? 'between linear and quadratic' : 'quadratic';
  return `time grows ×${ratio.toFixed(1)} for ×${sizeRatio} answers (linear ×${sizeRatio}, quadratic ×${sizeRatio ** 2}): exponent ${exponent.toFixed(2)}, ${shape}.`;
}

function main(): void {
  const results: OneRun[] = [];
  for (const [n, runs, warmups] of SIZES) {
    process.stderr.write(`bench: ${n} answers…\n`);
    results.push(runOne(n, runs, warmups));
  }

  const rows = results.map((r) => ({
    n: r.n,
    ms: r.bestMs,
    coldMs: r.coldMs,
    findThemesMs: r.findThemesMs,
    peakRssMb: r.peakRssMb,
    heapMb: r.heapAfterMb - r.heapBaseMb,
    msPerAnswer: r.bestMs / r.n,
  }));
  const lines = [
    `${pad('n', 7)} ${pad('ms (best)', 10)} ${pad('ms (cold)', 10)} ${pad('findThemes', 10)} ${pad('peak RSS MB', 12)} ${pad('heap +MB', 9)} ${pad('ms/answer', 10)} ${pad('growth', 14)}`,
    ...rows.map((r, i) => {
      const prev = rows[i - 1];
      const growth = prev ? `×${(r.ms / prev.ms).toFixed(1)} (n ×${r.n / prev.n})` : '';
      return `${pad(r.n, 7)} ${pad(r.ms.toFixed(1), 10)} ${pad(r.coldMs.toFixed(1), 10)} ${pad(r.findThemesMs.toFixed(1), 10)} ${pad(r.peakRssMb.toFixed(1), 12)} ${pad(r.heapMb.toFixed(1), 9)} ${pad(r.msPerAnswer.toFixed(3), 10)} ${pad(growth, 14)}`;
    }),
  ];
  const at = (n: number) => rows.find((r) => r.n === n)!;
  const growth = at(10_000).ms / at(1_000).ms;
  const verdictText = verdict(growth, 10);
  const small = at(TARGETS.smallN);
  const large = at(TARGETS.largeN);
  const targets = [
    {
      target: `${TARGETS.smallN} answers < ${TARGETS.smallMs} ms`,
      value: `${small.ms.toFixed(1)} ms warm (cold first call: ${small.coldMs.toFixed(1)} ms, ${small.coldMs < TARGETS.smallMs ? 'also under' : 'over'})`,
      pass: small.ms < TARGETS.smallMs,
    },
    {
      target: `${TARGETS.largeN} answers < ${TARGETS.largeMs / 1000} s`,
      value: `${large.ms.toFixed(0)} ms warm (cold first call: ${large.coldMs.toFixed(0)} ms, ${large.coldMs < TARGETS.largeMs ? 'also under' : 'over'})`,
      pass: large.ms < TARGETS.largeMs,
    },
    { target: `${TARGETS.largeN} answers < ${TARGETS.largeMb} MB`, value: `${large.peakRssMb.toFixed(0)} MB peak RSS (whole process)`, pass: large.peakRssMb < TARGETS.largeMb },
  ];

  const out = [
    ...lines,
    '',
    `Growth 1,000 → 10,000: ${verdictText}`,
    ...targets.map((t) => `${t.pass ? 'PASS' : 'MISS'}  ${t.target}: ${t.value}`),
    '',
    'ms = summarise() on one free-text question, best of the timed runs after a warm-up (targets are judged on this: the bot is a long-running process); cold = the first call in a fresh process (JIT, lazy initialisation).',
    'peak RSS = process.resourceUsage().maxRSS of that process (node + tsx + modules ≈ 60–75 MB of it); heap +MB = heap used right after a summarise(), before GC, minus the heap before.',
  ];
  process.stdout.write(out.join('\n') + '\n');

  const file = join(ROOT, 'build', 'bench.json');
  mkdirSync(join(ROOT, 'build'), { recursive: true });
  writeFileSync(
    file,
    JSON.stringify(
      { date: new Date().toISOString(), node: process.version, platform: `${process.platform}-${process.arch}`, results, growth10000over1000: growth, verdict: verdictText, targets },
      null,
      2,
    ) + '\n',
  );
  process.stdout.write(`Wrote ${file}\n`);
}

if (require.main === module) main();
