/**
 * `npm run eval`: how well do the themes match hand-labelled themes?
 *
 * For each question in the development set (test/fixtures/eval/answers.jsonl) and the two held-out
 * sets (holdout.jsonl, holdout2.jsonl, see eval/fixture.ts; a missing one is skipped with a note),
 * compares three partitions of its answers with the hand labels, by adjusted Rand index (ARI) and
 * normalized mutual information (NMI):
 *   - Kernedialog: findThemes (seeds by shared terms, leftovers joined by LSA similarity); each
 *     theme is a cluster, answers in `other` form one more cluster. Its share of `other` is shown too.
 *   - k-means: plain TF-IDF + spherical k-means, k = number of distinct hand labels of the question
 *     ("other" included), mean over seeds 1..5.
 *   - single cluster: everything together (ARI 0, NMI 0 by construction).
 * Prints a table per question and overall (mean over questions, and weighted by answers), and
 * writes the same numbers to build/eval.json. Always exits 0: this measures, it does not gate.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findThemes } from '../domain/summary/themes';
import { singleCluster, tfidfKMeans } from './baselines';
import { byQuestion, FIXTURE_PATH, HOLDOUT2_PATH, HOLDOUT_PATH, loadFixture } from './fixture';
import { adjustedRandIndex, normalizedMutualInformation } from './metrics';

export const SEEDS = [1, 2, 3, 4, 5];
export const METHODS = ['kernedialog', 'kmeans', 'single'] as const;
export type Method = (typeof METHODS)[number];

export interface Score {
  ari: number;
  nmi: number;
}

export interface QuestionResult {
  question: string;
  answers: number;
  labels: number;
  /** Clusters found by findThemes, its `other` bucket included when non-empty. */
  kernedialogClusters: number;
  /** Share of the answers findThemes left in `other`, 0–1. */
  kernedialogOther: number;
  scores: Record<Method, Score>;
}

export interface EvalResult {
  fixture: string;
  seeds: number[];
  questions: QuestionResult[];
  overall: { mean: Record<Method, Score>; weighted: Record<Method, Score> };
  /** Mean over questions of the share left in `other`. */
  otherShare: number;
}

/** findThemes as a partition: "theme-<i>" per answer, or "other". */
export function kernedialogPartition(texts: readonly string[], minSize?: number): string[] {
  const { themes } = findThemes(texts, (xs) => xs, { minSize });
  const out = texts.map(() => 'other');
  themes.forEach((t, i) => t.members.forEach((m) => (out[m] = `theme-${i}`)));
  return out;
}

function score(truth: string[], predicted: string[]): Score {
  return { ari: adjustedRandIndex(truth, predicted), nmi: normalizedMutualInformation(truth, predicted) };
}

export function evaluate(path: string = FIXTURE_PATH): EvalResult {
  const questions: QuestionResult[] = [];
  for (const [question, answers] of byQuestion(loadFixture(path))) {
    const texts = answers.map((a) => a.text);
    const truth = answers.map((a) => a.label);
    const k = new Set(truth).size;
    const kd = kernedialogPartition(texts);
    const km = SEEDS.map((seed) => score(truth, tfidfKMeans(texts, k, seed).map(String)));
    questions.push({
      question,
      answers: answers.length,
      labels: k,
      kernedialogClusters: new Set(kd).size,
      kernedialogOther: kd.filter((c) => c === 'other').length / kd.length,
      scores: {
        kernedialog: score(truth, kd),
        kmeans: { ari: mean(km.map((s) => s.ari)), nmi: mean(km.map((s) => s.nmi)) },
        single: score(truth, singleCluster(texts.length).map(String)),
      },
    });
  }
  const overall = { mean: aggregate(questions, () => 1), weighted: aggregate(questions, (q) => q.answers) };
  return { fixture: path, seeds: SEEDS, questions, overall, otherShare: mean(questions.map((q) => q.kernedialogOther)) };
}

function aggregate(questions: readonly QuestionResult[], weight: (q: QuestionResult) => number): Record<Method, Score> {
  const total = questions.reduce((a, q) => a + weight(q), 0);
  const avg = (f: (q: QuestionResult) => number) => questions.reduce((a, q) => a + weight(q) * f(q), 0) / total;
  return Object.fromEntries(METHODS.map((m) => [m, { ari: avg((q) => q.scores[m].ari), nmi: avg((q) => q.scores[m].nmi) }])) as Record<Method, Score>;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

const NAMES: Record<Method, string> = { kernedialog: 'Kernedialog', kmeans: 'TF-IDF k-means', single: 'single cluster' };

function table(title: string, scores: Record<Method, Score>): string {
  const rows = METHODS.map((m) => `  ${NAMES[m].padEnd(16)} ${fmt(scores[m].ari)} ${fmt(scores[m].nmi)}`);
  return [title, `  ${'method'.padEnd(16)} ${'ARI'.padStart(7)} ${'NMI'.padStart(7)}`, ...rows].join('\n');
}

function percent(x: number): string {
  return `${Math.round(100 * x)} %`;
}

function fmt(x: number): string {
  return x.toFixed(3).padStart(7);
}

export function report(result: EvalResult): string {
  const parts = result.questions.map((q) =>
    table(`${q.question} (${q.answers} answers, ${q.labels} labels; Kernedialog found ${q.kernedialogClusters} clusters, ${percent(q.kernedialogOther)} in other)`, q.scores),
  );
  const n = result.questions.reduce((a, q) => a + q.answers, 0);
  parts.push(table(`overall, mean over ${result.questions.length} questions (Kernedialog: ${percent(result.otherShare)} in other)`, result.overall.mean));
  parts.push(table(`overall, weighted by answers (${n})`, result.overall.weighted));
  parts.push(`k-means: mean over seeds ${result.seeds.join(', ')}, k = number of hand labels per question ("other" included).`);
  return parts.join('\n\n');
}

/** The sets `npm run eval` scores, in order; only the development set may be tuned on. */
export const SETS = [
  { key: 'development', title: 'Development set', path: FIXTURE_PATH },
  { key: 'heldOut', title: 'Held-out set', path: HOLDOUT_PATH },
  { key: 'heldOut2', title: 'Second held-out set', path: HOLDOUT2_PATH },
] as const;

if (require.main === module) {
  const results: Record<string, EvalResult> = {};
  for (const set of SETS) {
    if (!existsSync(set.path)) {
      console.log(`# ${set.title}: skipped, ${set.path} is missing\n`);
      continue;
    }
    results[set.key] = evaluate(set.path);
    console.log(`# ${set.title} (${set.path})\n\n${report(results[set.key])}\n`);
  }
  const out = join(__dirname, '..', 'build', 'eval.json');
  mkdirSync(join(__dirname, '..', 'build'), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwrote ${out}`);
  process.exitCode = 0;
}
