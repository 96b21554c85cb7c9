import lexicon from './words/domain-words.json';
import { stemOf } from './stem';

/**
 * The words a municipal team uses every day (words/domain-words.json): a quote may use them however
 * few answers do, because they say nothing about who wrote it. Matching is by stem, in Danish and
 * in English, so "møderne" and "meetings" match "møde" and "meeting".
 */

type Lists = Record<string, string>;

function stemsOf(lists: Lists, stem: (w: string) => string): string[] {
  return Object.values(lists).flatMap((words) =>
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => stem(w.toLowerCase())),
  );
}

// A word is tried with both stemmers, since an answer's language is only guessed, but each
// stemmer against its own language's list: the Danish stem of "Mette" must not meet English "met".
const { da, en } = lexicon as unknown as Record<'da' | 'en', Lists>;
const DA_STEMS = new Set(stemsOf(da, (w) => stemOf(w, 'da')));
const EN_STEMS = new Set(stemsOf(en, (w) => stemOf(w, 'en')));
const WORDS = new Set([...stemsOf(da, (w) => w), ...stemsOf(en, (w) => w)]);
// The Danish stemmer leaves short words whole ("stuen", "svært"): these endings on a listed word
// of three letters or more still match ("by" and "kø" list their forms instead).
const ENDINGS = ['erne', 'ene', 'en', 'et', 'er', 'ne', 'e', 'n', 't', 's'];
const MIN_BASE = 3;

/** A written word's stems, Danish and English. */
export function stemsOfWord(word: string): string[] {
  const w = word.toLowerCase();
  return [stemOf(w, 'da'), stemOf(w, 'en')];
}

function isListedForm(w: string): boolean {
  if (WORDS.has(w) || DA_STEMS.has(stemOf(w, 'da')) || EN_STEMS.has(stemOf(w, 'en'))) return true;
  return ENDINGS.some((e) => w.length - e.length >= MIN_BASE && w.endsWith(e) && WORDS.has(w.slice(0, -e.length)));
}

/**
 * Whether the word itself (any inflection) is in the lexicon; no compounds.
 *
 * @example isLexiconWord('Borgerne') // true
 * @example isLexiconWord('personalemøder') // false (a compound: see isDomainWord)
 */
export function isLexiconWord(word: string): boolean {
  const w = word.toLowerCase();
  return remembered(lexiconCache, w, () => isListedForm(w));
}

const lexiconCache = new Map<string, boolean>();
const compoundCache = new Map<string, boolean>();
// The bot runs for months: forget a cache now and then rather than let it grow without end.
const CACHE_LIMIT = 50_000;
const MIN_PART = 3;

function remembered(cache: Map<string, boolean>, key: string, compute: () => boolean): boolean {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * Whether a word is everyday domain language: in the lexicon, or a compound of lexicon words
 * ("personalemøder", "sagsbehandlingstider", "IT-systemer"), Danish linking -s- and -e- included.
 * A compound with any unknown part is not ("Solgården", "kræftpatient").
 *
 * @example isDomainWord('dokumentationskrav') // true: dokumentation + s + krav
 * @example isDomainWord('sklerosepatient') // false: sklerose is not everyday language
 */
export function isDomainWord(word: string): boolean {
  const w = word.toLowerCase();
  if (isLexiconWord(w)) return true;
  if (w.includes('-')) return w.split('-').every((part) => part.length < MIN_PART || isDomainWord(part));
  return isCompound(w);
}

function isCompound(w: string): boolean {
  return remembered(compoundCache, w, () => {
    for (let cut = MIN_PART; cut <= w.length - MIN_PART; cut++) {
      const head = w.slice(cut);
      if (isModifier(w.slice(0, cut)) && (isLexiconWord(head) || isCompound(head))) return true;
    }
    return false;
  });
}

/** The first part of a compound: a lexicon word, possibly with a linking s or e ("sags-", "børne-"). */
function isModifier(part: string): boolean {
  if (isLexiconWord(part)) return true;
  const linked = /[se]$/.test(part) ? part.slice(0, -1) : '';
  return linked.length >= MIN_PART && isLexiconWord(linked);
}
