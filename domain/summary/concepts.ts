import { CONCEPTS } from './concept-list';
import type { AnswerLanguage } from './language';
import { stemOf } from './stem';

interface Patterns {
  exact: Map<string, string>;
  stems: Map<string, string>;
  prefixes: [string, string][];
  suffixes: [string, string][];
  parts: [string, string][];
}

/** A compound needs this many letters in front of a matched ending ("telefon" + "kø"). */
const MIN_FRONT = 3;
// Matching walks ~700 patterns, so each word is matched once per process; bounded so a long-running bot cannot grow it forever.
const CACHE_MAX = 50_000;

const patterns = { da: compile('da'), en: compile('en') };
const cache = { da: new Map<string, string | null>(), en: new Map<string, string | null>() };

function compile(lang: AnswerLanguage): Patterns {
  const p: Patterns = { exact: new Map(), stems: new Map(), prefixes: [], suffixes: [], parts: [] };
  for (const c of CONCEPTS) {
    for (const w of c[lang]) {
      const starts = w.startsWith('*');
      const ends = w.endsWith('*');
      const core = w.replace(/^\*|\*$/g, '');
      if (starts && ends) p.parts.push([core, c.id]);
      else if (ends) p.prefixes.push([core, c.id]);
      else if (starts) p.suffixes.push([core, c.id]);
      else {
        if (!p.exact.has(core)) p.exact.set(core, c.id);
        const stem = stemOf(core, lang);
        if (!p.stems.has(stem)) p.stems.set(stem, c.id);
      }
    }
  }
  return p;
}

function match(word: string, stem: string, p: Patterns): string | undefined {
  return (
    p.exact.get(word) ??
    p.stems.get(stem) ??
    p.prefixes.find(([pre]) => word.startsWith(pre))?.[1] ??
    p.suffixes.find(([end]) => word.length - end.length >= MIN_FRONT && word.endsWith(end))?.[1] ??
    p.parts.find(([part]) => word.length > part.length && word.includes(part))?.[1]
  );
}

/**
 * The everyday concept a word stands for in municipal work, if any, so that "telefonkøen",
 * "ventetid" and "waiting" meet. The answer's own language is tried first; the other language
 * only for words of four letters or more, since short words collide across languages.
 *
 * @example conceptOf('telefonkøen', 'telefonkø', 'da') // 'ventetid'
 * @example conceptOf('meetings', 'meet', 'en') // 'møder'
 */
export function conceptOf(word: string, stem: string, lang: AnswerLanguage): string | undefined {
  const memo = cache[lang];
  const known = memo.get(word);
  if (known !== undefined) return known ?? undefined;
  const other: AnswerLanguage = lang === 'da' ? 'en' : 'da';
  const found = match(word, stem, patterns[lang]) ?? (word.length >= 4 ? match(word, stemOf(word, other), patterns[other]) : undefined);
  if (memo.size >= CACHE_MAX) memo.clear();
  memo.set(word, found ?? null);
  return found;
}

/** Every word a concept list knows exactly, for spelling repair to aim at. */
export function conceptWords(): string[] {
  return [...patterns.da.exact.keys(), ...patterns.en.exact.keys(), ...patterns.da.prefixes.map(([p]) => p).filter((p) => p.length >= 5)];
}
