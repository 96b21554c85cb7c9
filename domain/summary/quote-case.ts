import { dan, eng } from 'stopword';
import { isLexiconWord } from './domain-words';
import { detectLanguage } from './language';
import notNames from './words/not-names.json';

const STOP = new Set([...dan, ...eng].map((w) => w.toLowerCase()));
/** Acronyms stay in capitals (words/not-names.json): IT, KL, MED, TR, PPR, SFO … */
const ACRONYMS = new Set(notNames.acronyms.split(/\s+/).filter(Boolean));
// A full stop after these does not end the sentence ("bl.a. det", "kl. 8 var").
const ABBREVIATIONS = new Set(['ca', 'fx', 'bl', 'a', 'evt', 'osv', 'mv', 'nr', 'kl', 'jf', 'st', 'pga', 'ift', 'mht', 'inkl', 'etc', 'vs', 'e', 'g', 'i', 'cf', 'f', 'hr', 'fru', 'mr', 'mrs', 'dr']);
const WORD = /[\p{L}\p{M}\p{N}\uE000-\uF8FF]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

// Listed acronyms that are also written in lower case as something else ("kl." is o'clock, "hr." Mr) or are brands.
const LOWER_TOO = new Set([
  'kl',
  'hr',
  'it',
  'med',
  'ok',
  'mus',
  'skat',
  'star',
  'sel',
  'lux',
  'add',
  'lo',
  'ft',
  'ip',
  'ipad',
  'iphone',
  'wifi',
  'npm',
  'pæd',
  "kl's",
  'nn',
  'ai',
  'ux',
  'fh',
  'hf',
  'ast',
  'bek',
  'stu',
  'uu',
]);

const isCommon = (lower: string) => STOP.has(lower) || isLexiconWord(lower);
const isCaps = (w: string) => /\p{Lu}/u.test(w) && w === w.toUpperCase() && (w.match(/\p{L}/gu) ?? []).length >= 2;
// In a shouted text a capital "I" is as likely the Danish "i" (in); English "I" is put back below.
const isShoutedI = (w: string, shouting: boolean) => shouting && w === 'I';

/**
 * Case that says nothing about the writer: a shouted text or word in lower case, every sentence
 * starting with a capital, English "i" as "I"; acronyms in capitals, also when written in lower case ("sfo") (docs/anonymity.md, rule 7,
 * "Quote form").
 *
 * @example quoteCase('VI HAR FOR MANGE MØDER I MED-UDVALGET') // 'Vi har for mange møder i MED-udvalget'
 * @example quoteCase('det er VIRKELIG for meget. tr ved det') // 'Det er virkelig for meget. TR ved det'
 */
export function quoteCase(text: string): string {
  const ws = text.match(WORD) ?? [];
  const letters = ws.filter((w) => (w.match(/\p{L}/gu) ?? []).length >= 2);
  const shouting = letters.length > 0 && letters.filter(isCaps).length / letters.length >= 0.7;
  const english =
    detectLanguage(
      text,
      ws.map((w) => w.toLowerCase()),
    ) === 'en';
  let out = '';
  let last = 0;
  let previous: string | undefined;
  for (const match of text.matchAll(WORD)) {
    const at = match.index ?? 0;
    const gap = text.slice(last, at);
    let word = match[0];
    if (isShoutedI(word, shouting)) word = 'i';
    else if (isCaps(word))
      word = word
        .split('-')
        .map((part, i, parts) => (keepsCapitals(part, shouting, english, parts.length > 1 && i < parts.length - 1) ? part : part.toLowerCase()))
        .join('-');
    else if (ACRONYMS.has(word) && !LOWER_TOO.has(word)) word = word.toUpperCase(); // "sfo" → "SFO"
    if (english && /^i(?:['’]\p{L}+)?$/u.test(word)) word = 'I' + word.slice(1);
    const start = previous === undefined || /[!?]/.test(gap) || /\n/.test(gap) || (gap.includes('.') && !ABBREVIATIONS.has(previous.toLowerCase()) && !/^\p{N}+$/u.test(previous)); // "12. januar"
    if (start && /^\p{Ll}[\p{Ll}\p{M}'’-]*$/u.test(word)) word = word[0].toUpperCase() + word.slice(1);
    out += gap + word;
    last = at + match[0].length;
    previous = match[0];
  }
  return out + text.slice(last);
}

/**
 * Whether a word written in capitals stays so. In a shouted text an acronym that is also a word
 * ("MED", "IT") is kept only where it cannot be the word: before a hyphen ("MED-udvalget"), and
 * "IT" in a Danish text. Elsewhere unknown short capitals may be an acronym we do not list ("FVU").
 */
function keepsCapitals(word: string, shouting: boolean, english: boolean, beforeHyphen: boolean): boolean {
  const lower = word.toLowerCase();
  if (ACRONYMS.has(lower)) return !shouting || beforeHyphen || !(LOWER_TOO.has(lower) || STOP.has(lower)) || (lower === 'it' && !english);
  if (shouting) return false;
  return word.length <= 4 && !isCommon(lower);
}
