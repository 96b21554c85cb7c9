import { LITERAL, type Question } from '../exercise';

/** Below this many words, a question with one word changed is taken for another question ("Trivsel" is not "Stress"). */
const MIN_WORDS_FOR_ONE_CHANGED = 3;

/**
 * Whether two questions of a team's own exercise ask the same for the re-run rule (repeat-rule.ts;
 * docs/anonymity.md, "Figures across rounds"): the same kind and scale, and the same text once
 * lowercased, with punctuation and repeated spaces gone, or that text with one word changed, added
 * or dropped (from three words on). One word is all it takes to rephrase a question, or to turn it
 * round with "ikke", and the team's answers to it stay as comparable as before, so it still counts.
 *
 * @example sameQuestion(scale('Vi har tid nok til kerneopgaven.'), scale('vi har tid nok til kerneopgaverne')) // true
 * @example sameQuestion(scale('Vi har tid nok'), freeText('Vi har tid nok')) // false
 */
export function sameQuestion(a: Question, b: Question): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'scale' && b.kind === 'scale' && (a.min !== b.min || a.max !== b.max)) return false;
  const [x, y] = [wordsOf(a.labelKey), wordsOf(b.labelKey)];
  if (x.join(' ') === y.join(' ')) return true;
  return Math.min(x.length, y.length) >= MIN_WORDS_FOR_ONE_CHANGED && oneWordApart(x, y);
}

/** A question's text as words: lowercase, punctuation taken out, spaces collapsed. */
export function wordsOf(labelKey: string): string[] {
  const text = labelKey.startsWith(LITERAL) ? labelKey.slice(LITERAL.length) : labelKey;
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** One word replaced, added or dropped. */
function oneWordApart(x: readonly string[], y: readonly string[]): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.length - short.length > 1) return false;
  const first = short.findIndex((w, i) => w !== long[i]);
  if (first < 0) return true; // equal, or one word added at the end
  const rest = (from: number, offset: number) => short.slice(from).every((w, i) => w === long[from + offset + i]);
  return short.length === long.length ? rest(first + 1, 0) : rest(first, 1);
}
