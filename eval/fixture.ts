import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LabelledAnswer {
  question: string;
  lang: 'da' | 'en';
  text: string;
  /** Hand-assigned theme id; "other" for answers that fit no theme. */
  label: string;
}

/** The development set: written first, and read while the concept list was written. */
export const FIXTURE_PATH = join(__dirname, '..', 'test', 'fixtures', 'eval', 'answers.jsonl');
/**
 * The held-out set: written by someone who never saw the theming code or the concept list, and
 * scored once before any tuning. Tune nothing on it; if it ever is, say so in the README.
 */
export const HOLDOUT_PATH = join(__dirname, '..', 'test', 'fixtures', 'eval', 'holdout.jsonl');
/**
 * The second held-out set (issue 12): three new questions, written by someone who had not seen
 * the theming code, and first scored after the LSA method was frozen on the development set.
 */
export const HOLDOUT2_PATH = join(__dirname, '..', 'test', 'fixtures', 'eval', 'holdout2.jsonl');

/** Parses the JSONL evaluation set, failing loudly on a malformed line. */
export function loadFixture(path: string = FIXTURE_PATH): LabelledAnswer[] {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  return lines.map((line, i) => {
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch (e) {
      throw new Error(`${path}:${i + 1}: not JSON: ${(e as Error).message}`);
    }
    const r = o as Record<string, unknown>;
    const ok = typeof r.question === 'string' && (r.lang === 'da' || r.lang === 'en') && typeof r.text === 'string' && r.text.trim() !== '' && typeof r.label === 'string' && r.label !== '';
    if (!ok) throw new Error(`${path}:${i + 1}: expected {question, lang: "da"|"en", text, label}, got ${line}`);
    return { question: r.question as string, lang: r.lang as 'da' | 'en', text: r.text as string, label: r.label as string };
  });
}

/** Answers grouped by question, in the order questions first appear. */
export function byQuestion(answers: readonly LabelledAnswer[]): Map<string, LabelledAnswer[]> {
  const groups = new Map<string, LabelledAnswer[]>();
  for (const a of answers) {
    const g = groups.get(a.question);
    if (g) g.push(a);
    else groups.set(a.question, [a]);
  }
  return groups;
}
