import { newStemmer } from 'snowball-stemmers';
import type { AnswerLanguage } from './language';

const stemmers = { da: newStemmer('danish'), en: newStemmer('english') };

// Snowball is the costliest step of a summary, and a team's answers repeat the same few hundred words.
const STEM_CACHE_MAX = 100_000;
const cache = { da: new Map<string, string>(), en: new Map<string, string>() };

/**
 * The Snowball stem of a lowercased word in one language, cached per word.
 *
 * @example stemOf('møderne', 'da') // 'mød'
 */
export function stemOf(word: string, lang: AnswerLanguage): string {
  const known = cache[lang];
  let stem = known.get(word);
  if (stem === undefined) {
    stem = stemmers[lang].stem(word);
    if (known.size >= STEM_CACHE_MAX) known.clear();
    known.set(word, stem);
  }
  return stem;
}
