/**
 * `npx tsx eval/quote-eval.ts [--k 5] [--samples 200]`: how many themes keep a quote under the
 * rare-term rule, and whether identifying answers ever get quoted.
 *
 * For each question of test/fixtures/eval/answers.jsonl and each team size (6, 15, all answers),
 * draws random teams (seeded), masks and themes their answers as the bot does, and counts the
 * themes that show at least one quote. Then plants each answer of identifying.jsonl (a name, a
 * place, a diagnosis, a nickname, an event) in the same random teams and counts how often it
 * shows: for names, the name anywhere in a quote or label; otherwise, the answer as a quote.
 * Always exits 0: this measures, it does not gate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quotableTexts } from '../domain/summary/quotable-texts';
import { quoteLimit } from '../domain/summary/unquoted';
import { findThemes, type Theme } from '../domain/summary/themes';
import { mulberry32 } from './baselines';
import { byQuestion, loadFixture } from './fixture';

export interface Identifying {
  question: string;
  kind: 'name' | 'place' | 'diagnosis' | 'nickname' | 'event';
  text: string;
  /** What must not be shown. */
  secret: string;
}

export const IDENTIFYING_PATH = join(__dirname, '..', 'test', 'fixtures', 'eval', 'identifying.jsonl');

/** The questions as participants saw them: their words identify no one. */
export const QUESTION_TEXTS: Record<string, string> = {
  'hvad-giver-mening': 'Hvad giver mening i dit arbejde? What gives meaning in your work?',
  'hvad-stjaeler-tid': 'Hvad stjæler tid fra kerneopgaven? What steals time from the core task?',
  borgerne: 'Hvad oplever borgerne? What do citizens experience?',
};

export function loadIdentifying(path = IDENTIFYING_PATH): Identifying[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Identifying);
}

/**
 * The themes a team of these answers would see, as the summary finds them (perspectives.ts):
 * masked, quoted whole or redacted, themes below k merged, at most as many quotes as leave k
 * answers unquoted when some are held back; "Andre svar" and its quotes as one more theme.
 */
export function quotedThemes(answers: readonly string[], question: string, k: number): Theme[] {
  const shared = [QUESTION_TEXTS[question] ?? ''];
  const { texts, quoteAt, sayable, tally } = quotableTexts(
    answers.map((a) => [a]),
    k,
    { sharedTexts: shared },
  );
  const found = findThemes(texts, (xs) => xs, { quote: quoteAt, sayable, minSize: k, unlabelled: shared, maxQuotes: quoteLimit(texts.length, k, tally.heldBack) });
  return [...found.themes, { label: [], members: found.other, quotes: found.otherQuotes }];
}

function sample<T>(xs: readonly T[], n: number, random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out.slice(0, n);
}

/** Whether the planted answer shows in the themes. */
export function leaks(themes: readonly Theme[], planted: Identifying): boolean {
  const quotes = themes.flatMap((t) => t.quotes);
  if (planted.kind === 'name') return [...quotes, ...themes.flatMap((t) => t.label)].some((q) => q.toLowerCase().includes(planted.secret.toLowerCase()));
  return quotes.some((q) => q.includes(planted.secret) || q === planted.text);
}

/** Whether the planted secret would show, were the planted answer the most typical of a theme: masking missed it and the rule let it through. */
export function passes(team: readonly string[], planted: Identifying, question: string, k: number): boolean {
  const { texts, quotable } = quotableTexts(
    [...team, planted.text].map((a) => [a]),
    k,
    { sharedTexts: [QUESTION_TEXTS[question] ?? ''] },
  );
  const masked = texts[texts.length - 1];
  const visible = masked.toLowerCase().includes(planted.secret.toLowerCase());
  return planted.kind === 'name' ? visible : visible && quotable(masked);
}

interface Tally {
  themes: number;
  quoted: number;
  answers: number;
  quotable: number;
  passed: number;
  shown: number;
  plants: number;
}

function run(k: number, samples: number): void {
  const planted = loadIdentifying();
  console.log(`k = ${k}, ${samples} random teams per size (seed 1); identifying answers replace one answer of each team\n`);
  console.log('question            size  themes  with a quote  share  answers quotable  identifying: pass rule / shown');
  const totals = new Map<string, Tally>();
  for (const [question, answers] of byQuestion(loadFixture())) {
    const texts = answers.map((a) => a.text);
    const mine = planted.filter((p) => p.question === question);
    for (const size of [6, 15, texts.length]) {
      const random = mulberry32(1);
      const runs = size === texts.length ? 1 : samples;
      const t: Tally = { themes: 0, quoted: 0, answers: 0, quotable: 0, passed: 0, shown: 0, plants: 0 };
      for (let r = 0; r < runs; r++) {
        const team = sample(texts, size, random);
        const found = quotedThemes(team, question, k);
        t.themes += found.length;
        t.quoted += found.filter((th) => th.quotes.length > 0).length;
        const { texts: masked, quotable } = quotableTexts(
          team.map((a) => [a]),
          k,
          { sharedTexts: [QUESTION_TEXTS[question] ?? ''] },
        );
        t.answers += masked.length;
        t.quotable += masked.filter(quotable).length;
        for (const p of mine) {
          t.plants += 1;
          const others = team.slice(1);
          if (passes(others, p, question, k)) t.passed += 1;
          if (leaks(quotedThemes([...others, p.text], question, k), p)) t.shown += 1;
        }
      }
      const key = size === texts.length ? 'all' : String(size);
      const sum = totals.get(key) ?? { themes: 0, quoted: 0, answers: 0, quotable: 0, passed: 0, shown: 0, plants: 0 };
      totals.set(key, Object.fromEntries(Object.entries(sum).map(([f, v]) => [f, v + t[f as keyof Tally]])) as unknown as Tally);
      console.log(
        `${question.padEnd(20)}${String(size).padStart(4)}  ${(t.themes / runs).toFixed(1).padStart(6)}  ${(t.quoted / runs).toFixed(1).padStart(12)}  ${pct(t.quoted, t.themes).padStart(5)}  ${pct(t.quotable, t.answers).padStart(16)}  ${t.passed} / ${t.shown} of ${t.plants}`,
      );
    }
  }
  for (const [size, t] of totals) {
    console.log(
      `overall ${size.padEnd(4)}: ${pct(t.quoted, t.themes)} of themes keep a quote, ${pct(t.quotable, t.answers)} of answers quotable; identifying answers passing the rule ${t.passed}, shown ${t.shown}, of ${t.plants}`,
    );
  }
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`;
}

if (require.main === module) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  run(arg('--k', 5), arg('--samples', 200));
}
