/**
 * One benchmark size in a fresh process: `node --expose-gc --require tsx/cjs bench/one-run.ts N RUNS WARMUPS`.
 * Times the bot's summary path (summarise → summarisePerspectives → findThemes) on N synthetic
 * free-text answers and prints one JSON line with times and memory.
 */
import { performance } from 'node:perf_hooks';
import { buildCustomExercise } from '../domain/exercises/custom';
import { findThemes } from '../domain/summary/themes';
import { forgetTerms } from '../domain/summary/text';
import { summarise } from '../domain/summary/summarise';
import { syntheticAnswers } from './answers';

export interface OneRun {
  n: number;
  /** summarise() per timed run, ms. */
  runsMs: number[];
  bestMs: number;
  /** The first call in the process, before any warm-up (what a freshly started bot pays once). */
  coldMs: number;
  /** findThemes() alone on the same texts, best of the same number of runs, ms. */
  findThemesMs: number;
  themes: number;
  /** Peak resident set size of the whole process (node + tsx + modules + data), MB. */
  peakRssMb: number;
  /** Resident set size after loading modules and generating the answers, before summarising, MB. */
  baseRssMb: number;
  /** Heap in use right after a summarise() (before GC: its garbage included), MB. */
  heapAfterMb: number;
  /** Heap in use before summarising (after GC), MB. */
  heapBaseMb: number;
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

function main(): void {
  const n = Number(process.argv[2]);
  const runs = Number(process.argv[3] ?? 3);
  const warmups = Number(process.argv[4] ?? 1);
  if (!Number.isInteger(n) || n < 1) throw new Error('usage: one-run.ts N [RUNS] [WARMUPS]');
  const def = buildCustomExercise({ questions: [{ kind: 'freeText', text: 'Svar' }] });
  const settings = { k: 5, distribution: 'all' as const };
  const texts = syntheticAnswers(n);
  const answers = texts.map((text) => ({ q1: text }));
  const noShuffle = <T>(xs: T[]) => xs;

  gc();
  const heapBase = process.memoryUsage().heapUsed;
  const baseRss = process.memoryUsage().rss;

  let t = performance.now();
  let summary = summarise(def, answers, settings);
  const coldMs = performance.now() - t;
  const heapAfter = process.memoryUsage().heapUsed;
  // Each run starts without the term cache, as a summary of new answers would in the bot.
  for (let i = 1; i < warmups; i++) {
    forgetTerms();
    summarise(def, answers, settings);
  }

  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    forgetTerms();
    t = performance.now();
    summary = summarise(def, answers, settings);
    runsMs.push(performance.now() - t);
  }
  const themeMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    forgetTerms();
    t = performance.now();
    findThemes([...texts], noShuffle);
    themeMs.push(performance.now() - t);
  }
  const themes = summary.kind === 'mixed' && summary.shown && summary.texts.shown ? summary.texts.perspectives[0].themes.length : 0;
  const result: OneRun = {
    n,
    runsMs,
    bestMs: Math.min(...runsMs),
    coldMs,
    findThemesMs: Math.min(...themeMs),
    themes,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    baseRssMb: mb(baseRss),
    heapAfterMb: mb(heapAfter),
    heapBaseMb: mb(heapBase),
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

if (require.main === module) main();
