import { dan, eng } from 'stopword';
import { isLexiconWord } from './domain-words';
import nameLists from './words/names.json';
import notNames from './words/not-names.json';
import nameOrWord from './words/name-or-word.json';

/**
 * What a masked name becomes, in both languages: "NN" is the usual placeholder for an unnamed
 * person in Danish (and Latin, nomen nescio), and at two letters it is too short to become a
 * theme word or a rare term.
 */
export const NAME_TOKEN = '[NN]';

const split = (s: string) =>
  s
    .toLowerCase()
    .split(/[\s,;/]+/)
    .filter(Boolean);
const NAMES = new Set(Object.values(nameLists.names).flatMap(split));
const ALSO_WORDS = new Set(split(nameLists.alsoWords));
const NOT_NAMES = new Set(
  Object.entries(notNames)
    .filter(([key]) => key !== '_about')
    .flatMap(([, v]) => split(v)),
);
const STOP = new Set([...dan, ...eng].map((w) => w.toLowerCase()));
type WordContext = { before?: string; after?: string; afterAnyCase?: string; possessive?: boolean };
const AFTER_ANY = new Set(split(nameOrWord.anyAfter));
const CONTEXTS = new Map(
  Object.entries(nameOrWord.words as Record<string, WordContext>).map(([word, c]) => [
    word,
    { before: new Set(split(c.before ?? '')), after: new Set(split(c.after ?? '')), afterAnyCase: new Set(split(c.afterAnyCase ?? '')), possessive: !!c.possessive },
  ]),
);
const TITLES = new Set(['fru', 'frk', 'hr', 'mr', 'mrs', 'ms', 'miss', 'dr']);
// A full stop after these does not end the sentence ("Hr. Jensen", "bl.a. Hanne").
const ABBREVIATIONS = new Set([...TITLES, 'ca', 'fx', 'bl', 'a', 'evt', 'osv', 'mv', 'nr', 'kl', 'jf', 'st', 'pga', 'ift', 'mht', 'inkl', 'etc', 'vs', 'e', 'g', 'cf', 'f']);
const WORD = /\[NN\]|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/**
 * Replaces person names in free text with [NN], before anything is grouped or quoted.
 *
 * A word is a name when it is on the team's roster (given names and surnames; never stored),
 * or on the list of common given names and surnames (words/names.json), or when it is
 * capitalised inside a sentence: Danish writes nouns in lower case, so "… spurgte Hanne om …"
 * names someone. A roster name is masked wherever it stands, also at a sentence start and when it
 * is an everyday word ("Per", "Bo", "Tage"), unless its neighbours prove the word ("per uge", "at
 * bo", words/name-or-word.json). Not masked: other sentence starts (unless a known name), the English "I",
 * weekdays, months, nationalities, places, acronyms and systems (words/not-names.json), and
 * capitalised everyday words ("Borgerne", "Team"). Unknown initials in capitals ("MKJ") are masked.
 *
 * @example maskNames('Spørg Hanne, hun ved det') // 'Spørg [NN], hun ved det'
 * @example maskNames('Søren glemte mødet i Aarhus', ['Østergaard']) // '[NN] glemte mødet i Aarhus'
 * @example maskNames('Rahimi tager referat', ['Aisha', 'Rahimi']) // '[NN] tager referat'
 * @example maskNames('Per siger 2 timer per uge', ['Per Holm']) // '[NN] siger 2 timer per uge'
 */
export function maskNames(text: string, roster: readonly string[] = []): string {
  const known = rosterWords(roster);
  let out = '';
  let last = 0;
  let previous: string | undefined;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const at = match.index ?? 0;
    const gap = text.slice(last, at);
    const start = isSentenceStart(gap, previous);
    const afterTitle = previous !== undefined && TITLES.has(previous.toLowerCase());
    // "[NN]" itself, "e-Boks"; a roster name wins over the list ("May", "August").
    const listed = word === NAME_TOKEN || (NOT_NAMES.has(word.toLowerCase()) && !known.has(word.toLowerCase()));
    const near = { previous: /^[ \t]+$/.test(gap) ? previous : undefined, next: nextWord(text, at + word.length) };
    const masked = !listed && word.split('-').some((part) => isName(part, start, afterTitle, known, part === word ? near : {}));
    out += gap + (masked ? NAME_TOKEN + (/['’]s$/.test(word) ? word.slice(-2) : '') : word);
    last = at + word.length;
    previous = word;
  }
  // "Hanne Jensen" is one person: one [NN].
  return (out + text.slice(last)).replace(/\[NN\](?:[\s-]+\[NN\])+/g, NAME_TOKEN);
}

/** The roster's names as single lower-case words: "Anne-Marie Holm Jensen" gives five. */
function rosterWords(roster: readonly string[]): Set<string> {
  return new Set(roster.flatMap((n) => n.toLowerCase().split(/[\s,-]+/)).filter((w) => w.length >= 2));
}

/** First word, after a line break, after . ! ? : (not after "hr." or "fx."), or after an opening bracket or quote. */
function isSentenceStart(gap: string, previous: string | undefined): boolean {
  if (previous === undefined || gap.includes('\n')) return true;
  if (/[([«"“„‘']\s*$/.test(gap) || /[!?…:]/.test(gap)) return true;
  return gap.includes('.') && !ABBREVIATIONS.has(previous.toLowerCase());
}

/** The word right after `end`, past spaces only; a number is '#'. */
function nextWord(text: string, end: number): string | undefined {
  const next = /^[ \t]+([\p{L}\p{N}]+)/u.exec(text.slice(end, end + 40))?.[1];
  return next && /^\p{N}/u.test(next) ? '#' : next?.toLowerCase();
}

/**
 * Whether a roster name that is also a word is the word here, as only its neighbours can prove
 * (words/name-or-word.json): "per uge", "Per 1. maj", "at bo", "skal tage", "something else",
 * "hans mor". Everywhere else it is the person (docs/anonymity.md, rule 7).
 */
function usedAsWord(part: string, near: Near, everyday: () => boolean): boolean {
  const lower = part.toLowerCase();
  const rule = CONTEXTS.get(lower);
  const previous = near.previous?.toLowerCase();
  if (rule && ((near.next && rule.before.has(near.next)) || (previous && rule.afterAnyCase.has(previous)))) return true;
  if (part !== lower) return false; // a capital inside a sentence, or a sentence start: the person
  if (previous && (rule?.after.has(previous) || (AFTER_ANY.has(previous) && everyday()))) return true;
  return !!rule?.possessive && !!near.next && near.next !== '#' && !STOP.has(near.next);
}

interface Near {
  /** The word before, when only spaces lie between. */
  previous?: string;
  /** The word after, in lower case, when only spaces lie between; '#' for a number. */
  next?: string;
}

function isName(part: string, start: boolean, afterTitle: boolean, roster: Set<string>, near: Near): boolean {
  if (part.length < 2) return false;
  const lower = part.toLowerCase();
  const forms = [lower, lower.replace(/(['’]s?|s)$/u, '')];
  const capitalised = /^\p{Lu}/u.test(part);
  // Stemming is the slow part, so only for the few words that need it.
  const everyday = () => STOP.has(lower) || isLexiconWord(lower);
  if (forms.some((f) => roster.has(f))) return !usedAsWord(part, near, everyday);
  if (forms.some((f) => NAMES.has(f))) return true;
  if (!capitalised) return false;
  const allCaps = part === part.toUpperCase();
  if (allCaps) return part.length <= 4 && !NOT_NAMES.has(lower) && !everyday(); // initials, not shouting
  if (afterTitle) return true;
  if (forms.some((f) => NOT_NAMES.has(f)) || start) return false;
  return forms.some((f) => ALSO_WORDS.has(f)) || !everyday();
}
