import { newStemmer } from 'snowball-stemmers';
import { dan, eng } from 'stopword';
import { conceptOf, conceptWords } from './concepts';
import { detectLanguage, type AnswerLanguage } from './language';
import { spellingFixes } from './spelling';

/** The words of an answer, as (stem, surface form) pairs, for both Danish and English answers. */
export interface Term {
  /** The stem, or `#<concept>` when the word names an everyday concept of the field (concept-list.ts). */
  stem: string;
  surface: string;
}

const stemmers = { da: newStemmer('danish'), en: newStemmer('english') };
// Words that say nothing about a core task in this context, on top of the general stop lists.
const EXTRA_STOP = ['kerneopgave', 'kerneopgaven', 'kerneopgaver', 'core', 'task', 'tasks', 'vores', 'our', 'også', 'meget', 'mere', 'very', 'more', 'nok', 'fx', 'bl', 'går', 'gør', 'får', 'giver', 'godt', 'mange', 'hver', 'siger', 'synes'];
const STOP = new Set([...dan, ...eng, ...EXTRA_STOP].map((w) => w.toLowerCase()));

/**
 * English words for the things teams talk about most, mapped to the Danish stem, so that
 * "meetings" and "møder" end up in the same theme in a mixed-language team. Most of this is now
 * done by concepts; the bridge catches the few stems the concept list leaves out.
 */
const BRIDGE: Record<string, string> = {
  citizen: 'borg', child: 'børn', children: 'børn', parent: 'forældr', colleagu: 'kolleg', mean: 'mening', wellb: 'trivsel', learn: 'læring', elder: 'ældr',
};

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
      const stem = stemmers[lang].stem(w);
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
  const ws = words(text);
  return toTerms(ws, detectLanguage(text, ws));
}

/**
 * The terms of a batch of answers (one question's), with typos repaired against the words the
 * batch and the field use (spelling.ts). Themes and word comparisons use this.
 *
 * @example termsOfAll(['dokumentation', 'dokumentation', 'dokumenation'])[2] // [{ stem: '#dokumentation', surface: 'dokumenation' }]
 */
export function termsOfAll(texts: readonly string[]): Term[][] {
  const docs = texts.map(words);
  const fixes = spellingFixes(docs, KNOWN);
  return docs.map((ws, i) => toTerms(ws, detectLanguage(texts[i], ws), fixes));
}

const KNOWN = conceptWords();
