import { dan, eng } from 'stopword';
import { conceptOf, conceptWords } from './concepts';
import { detectLanguage, type AnswerLanguage } from './language';
import { spellingFixes } from './spelling';
import { stemOf } from './stem';

/** The words of an answer, as (stem, surface form) pairs, for both Danish and English answers. */
export interface Term {
  /** The stem, or `#<concept>` when the word names an everyday concept of the field (concept-list.ts). */
  stem: string;
  surface: string;
}

// Words that say nothing about a core task in this context, on top of the general stop lists.
const EXTRA_STOP = [
  'kerneopgave',
  'kerneopgaven',
  'kerneopgaver',
  'core',
  'task',
  'tasks',
  'vores',
  'our',
  'også',
  'meget',
  'mere',
  'very',
  'more',
  'nok',
  'fx',
  'bl',
  'går',
  'gør',
  'får',
  'giver',
  'godt',
  'mange',
  'hver',
  'siger',
  'synes',
];
const STOP = new Set([...dan, ...eng, ...EXTRA_STOP].map((w) => w.toLowerCase()));

/**
 * English stems mapped to the Danish stem, for the few words the concept list (concept-list.ts),
 * which runs first, leaves out; citizens, children, parents, colleagues and learning are concepts.
 */
const BRIDGE: Record<string, string> = { mean: 'mening', wellb: 'trivsel' };

/** Lowercased words of letters (æøå included); digits and punctuation split words. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];
}

/** `fixes` repairs spelling for stemming only; the surface stays as written, since labels must quote the team. */
function toTerms(ws: readonly string[], lang: AnswerLanguage, fixes?: ReadonlyMap<string, string>): Term[] {
  return ws
    .filter((w) => w.length > 1 && !STOP.has(w) && (w.length > 2 || w === 'it'))
    .map((surface) => {
      const w = fixes?.get(surface) ?? surface;
      const stem = stemOf(w, lang);
      const concept = conceptOf(w, stem, lang);
      if (concept) return { stem: `#${concept}`, surface };
      return { stem: lang === 'en' ? (BRIDGE[stem] ?? stem) : stem, surface };
    });
}

/**
 * The terms of one answer on its own: language, stop words, stems, concepts.
 *
 * @example terms('Alt for mange møder') // [{ stem: '#møder', surface: 'møder' }]
 */
export function terms(text: string): Term[] {
  const known = termCache.get(text);
  if (known) return known;
  const ws = words(text);
  const found = toTerms(ws, detectLanguage(text, ws));
  if (termCache.size >= TERM_CACHE_MAX) termCache.clear();
  termCache.set(text, found);
  return found;
}

// One summary asks for the same answer's terms several times (themes, the rare-term rule, each
// quote it weighs); bounded, so a long-running bot does not keep every answer it ever saw.
const TERM_CACHE_MAX = 20_000;
const termCache = new Map<string, Term[]>();
const batchCache = new WeakMap<readonly string[], Term[][]>();

/** Empties the term cache: benchmarks call it between runs, so no run is timed on another's work. */
export function forgetTerms(): void {
  termCache.clear();
}

/**
 * The terms of a batch of answers (one question's), with typos repaired against the words the
 * batch and the field use (spelling.ts). Themes and word comparisons use this.
 *
 * @example termsOfAll(['dokumentation', 'dokumentation', 'dokumenation'])[2] // [{ stem: '#dokumentation', surface: 'dokumenation' }]
 */
export function termsOfAll(texts: readonly string[]): Term[][] {
  const known = batchCache.get(texts);
  if (known) return known;
  const docs = texts.map(words);
  const fixes = spellingFixes(docs, KNOWN);
  const found = docs.map((ws, i) => toTerms(ws, detectLanguage(texts[i], ws), fixes));
  batchCache.set(texts, found);
  return found;
}

const KNOWN = conceptWords();
