import { newStemmer } from 'snowball-stemmers';
import { dan, eng } from 'stopword';

/** The words of an answer, as (stem, surface form) pairs, for both Danish and English answers. */
export interface Term {
  stem: string;
  surface: string;
}

const danish = newStemmer('danish');
const englishStemmer = newStemmer('english');
// Words that say nothing about a core task in this context, on top of the general stop lists.
const EXTRA_STOP = ['kerneopgave', 'kerneopgaven', 'kerneopgaver', 'core', 'task', 'tasks', 'vores', 'our', 'også', 'meget', 'mere', 'very', 'more', 'nok', 'fx', 'bl', 'går', 'gør', 'får', 'giver', 'godt', 'mange', 'hver', 'siger', 'synes'];
const STOP = new Set([...dan, ...eng, ...EXTRA_STOP].map((w) => w.toLowerCase()));
// Only words that are not also common Danish words: 'for' and 'to' (two) would make Danish answers look English.
const ENGLISH_HINTS = new Set(['the', 'and', 'we', 'is', 'are', 'of', 'that', 'with', 'what', 'our', 'they']);

/** Lowercased words of letters (æøå included); digits and punctuation split words. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];
}

/** A crude per-answer language guess, enough to pick the stemmer. */
export function guessLanguage(ws: readonly string[]): 'da' | 'en' {
  const hits = ws.filter((w) => ENGLISH_HINTS.has(w)).length;
  return hits >= Math.max(1, ws.length * 0.15) ? 'en' : 'da';
}

/**
 * English words for the things teams talk about most, mapped to the Danish stem, so that
 * "meetings" and "møder" end up in the same theme in a mixed-language team.
 */
const BRIDGE: Record<string, string> = {
  meet: 'mød', document: 'dokumentation', paperwork: 'papirarbejd', citizen: 'borg', time: 'tid', child: 'børn', children: 'børn',
  parent: 'forældr', colleagu: 'kolleg', mean: 'mening', wellb: 'trivsel', learn: 'læring', registr: 'registrering', rule: 'regl',
  stress: 'stres', collabor: 'samarbejd', relationship: 'relation', elder: 'ældr',
};

export function terms(text: string): Term[] {
  const ws = words(text);
  const english = guessLanguage(ws) === 'en';
  return ws
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map((w) => {
      const stem = (english ? englishStemmer : danish).stem(w);
      return { stem: english ? (BRIDGE[stem] ?? stem) : stem, surface: w };
    });
}
