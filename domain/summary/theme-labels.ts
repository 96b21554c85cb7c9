import { stemOf } from './stem';
import type { Term } from './text';
import { words } from './text';

/** A label has at most this many words. */
const MAX_LABEL_WORDS = 3;

/**
 * Whether a written word may label a theme: not a word of `unlabelled` (the question, its hint,
 * everything the participants saw), neither as written nor by its Danish or English stem, so
 * "oplever" in the question keeps "oplevede" off the labels too.
 *
 * @example labelFilter(['Hvad oplever borgerne?'])('borgeren') // false
 */
export function labelFilter(unlabelled: readonly string[] = []): (word: string) => boolean {
  const seen = new Set<string>();
  for (const w of unlabelled.flatMap(words)) {
    seen.add(w);
    seen.add(`da:${stemOf(w, 'da')}`);
    seen.add(`en:${stemOf(w, 'en')}`);
  }
  return (word) => !seen.has(word) && !seen.has(`da:${stemOf(word, 'da')}`) && !seen.has(`en:${stemOf(word, 'en')}`);
}

/**
 * A theme's label: its words as most of its members wrote them, at most three. `stems` are the
 * theme's characteristic terms, strongest first; each gives the written form most members used,
 * counting inflections of one word together ("eleverne", "elever" before "børn" when more wrote
 * a form of "elev"). A word that may not label (`allowed`: not from the question, not a rare
 * term) gives way to the next form of the same term, and a term with no allowed form to the next term.
 *
 * @example themeLabel(['#børn'], members, docs, () => true) // ['eleverne']
 */
export function themeLabel(stems: readonly string[], members: readonly number[], docs: readonly Term[][], allowed: (word: string) => boolean): string[] {
  const label: string[] = [];
  for (const stem of stems) {
    if (label.length >= MAX_LABEL_WORDS) break;
    const word = writtenForms(stem, members, docs).find((w) => !label.includes(w) && allowed(w));
    if (word) label.push(word);
  }
  return label;
}

/**
 * The written forms of a term among the members, most used first: grouped by word (Danish stem),
 * the word most members wrote first, and within it the form most wrote.
 */
function writtenForms(stem: string, members: readonly number[], docs: readonly Term[][]): string[] {
  const forms = new Map<string, number>();
  for (const i of members) for (const surface of new Set(docs[i].filter((t) => t.stem === stem).map((t) => t.surface))) forms.set(surface, (forms.get(surface) ?? 0) + 1);
  const perWord = new Map<string, { word: string; uses: number; forms: [string, number][] }>();
  for (const [form, n] of forms) {
    const word = stemOf(form, 'da');
    const entry = perWord.get(word) ?? { word, uses: 0, forms: [] };
    entry.uses += n;
    entry.forms.push([form, n]);
    perWord.set(word, entry);
  }
  const ranked = [...perWord.values()].sort((a, b) => b.uses - a.uses || (a.word < b.word ? -1 : 1));
  return ranked.flatMap((w) => w.forms.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([form]) => form));
}
