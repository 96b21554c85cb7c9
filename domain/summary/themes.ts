import { randomInt } from 'node:crypto';
import { termsOfAll, type Term } from './text';

export interface Theme {
  /** 1–3 characteristic words, in their most common written form. */
  label: string[];
  /** Indices into the answers given to findThemes. */
  members: number[];
  quotes: string[];
}

/** What findThemes may be told beyond the texts. */
export interface ThemeOptions {
  /**
   * The text at this index as it may be shown (whole, or with identifying words redacted), or
   * undefined when it may not be quoted at all (quote-safety.ts); a theme quotes its most typical
   * texts that may be shown, or none.
   */
  quote?: (index: number) => string | undefined;
  /** Whether a word may be shown as a theme's label (not a rare term: quote-safety.ts). */
  sayable?: (word: string) => boolean;
}

export interface Themes {
  themes: Theme[];
  /** Answers that share no word with any other answer. */
  other: number[];
}

const MAX_THEMES = 10;
const MAX_QUOTES = 2;
/** A theme needs this share of the answers (and at least two), so the number of themes follows the data. */
const MIN_THEME_SHARE = 0.03;

/**
 * Simple, deterministic grouping: repeatedly take the word (stem) that most remaining answers use,
 * and make the answers that use it a theme, until no word is shared by enough answers. Compound
 * words count for their last part too ("personalemøder" also says "møder"). Answers left over join
 * the theme whose common words they share most; the rest are "other". Quotes are the members that
 * share most of the theme's words and may be shown (options.quote), shuffled so their order
 * says nothing about when they came in.
 */
export function findThemes(texts: readonly string[], shuffle: <T>(xs: T[]) => T[] = shuffled, options: ThemeOptions = {}): Themes {
  const docs = termsOfAll(texts);
  const stems = withCompoundHeads(docs.map((d) => new Set(d.map((t) => t.stem))));
  const remaining = new Set(texts.map((_, i) => i));
  const minCount = Math.max(2, Math.ceil(texts.length * MIN_THEME_SHARE));
  const groups: { stem: string; members: number[] }[] = [];
  while (groups.length < MAX_THEMES) {
    const best = mostUsedStem(remaining, stems);
    if (!best || best.count < minCount) break;
    const members = [...remaining].filter((i) => stems[i].has(best.stem));
    members.forEach((i) => remaining.delete(i));
    groups.push({ stem: best.stem, members });
  }
  joinNearest(groups, remaining, stems);
  const quote = options.quote ?? ((i: number) => texts[i]);
  const sayable = options.sayable ?? (() => true);
  const themes = groups.map((g) => buildTheme(g.stem, g.members, docs, stems, texts, shuffle, quote, sayable));
  // A theme none of whose words may be shown (each used by fewer than k) is no theme to show.
  for (const th of themes) if (th.label.length === 0) th.members.forEach((i) => remaining.add(i));
  return { themes: themes.filter((th) => th.label.length > 0), other: [...remaining] };
}

/** Adds the last part of compound words when that part is itself a word others use. */
function withCompoundHeads(stems: Set<string>[]): Set<string>[] {
  const df = new Map<string, number>();
  for (const set of stems) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1);
  const heads = [...df].filter(([s, n]) => n >= 2 && s.length >= 3).sort((a, b) => b[1] - a[1]).slice(0, 200).map(([s]) => s);
  return stems.map((set) => {
    const out = new Set(set);
    for (const s of set) for (const h of heads) if (s.length - h.length >= 3 && s.endsWith(h)) out.add(h);
    return out;
  });
}

/** Leftover answers join the theme whose frequent words they share most, if any. */
function joinNearest(groups: { stem: string; members: number[] }[], remaining: Set<number>, stems: Set<string>[]): void {
  const profiles = groups.map((g) => {
    const df = new Map<string, number>();
    for (const i of g.members) for (const s of stems[i]) df.set(s, (df.get(s) ?? 0) + 1);
    return new Set([...df].filter(([, n]) => n >= 2).map(([s]) => s));
  });
  for (const i of [...remaining]) {
    let best = -1;
    let bestOverlap = 0;
    profiles.forEach((p, g) => {
      const overlap = [...stems[i]].filter((s) => p.has(s)).length;
      if (overlap > bestOverlap) [best, bestOverlap] = [g, overlap];
    });
    if (best >= 0) {
      groups[best].members.push(i);
      remaining.delete(i);
    }
  }
}

function mostUsedStem(remaining: Set<number>, stems: Set<string>[]): { stem: string; count: number } | undefined {
  const df = new Map<string, number>();
  for (const i of remaining) for (const s of stems[i]) df.set(s, (df.get(s) ?? 0) + 1);
  let best: { stem: string; count: number } | undefined;
  for (const [stem, count] of df) {
    if (!best || count > best.count || (count === best.count && stem < best.stem)) best = { stem, count };
  }
  return best;
}

function buildTheme(stem: string, members: number[], docs: Term[][], stems: Set<string>[], texts: readonly string[], shuffle: <T>(xs: T[]) => T[], quote: (index: number) => string | undefined, sayable: (word: string) => boolean): Theme {
  const co = new Map<string, number>();
  for (const i of members) for (const s of stems[i]) if (s !== stem) co.set(s, (co.get(s) ?? 0) + 1);
  const companions = [...co].filter(([, n]) => n >= 2 && n * 2 >= members.length).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 2).map(([s]) => s);
  const labelStems = [stem, ...companions];
  const label = labelStems.map((s) => surfaceOf(s, members, docs)).filter(sayable);
  const typical = [...members].sort((a, b) => overlap(stems[b], labelStems) - overlap(stems[a], labelStems) || texts[a].length - texts[b].length || a - b);
  // Two people writing the same words is one quote, not two. Asked lazily: judging a quote costs.
  const quotes: string[] = [];
  for (const i of typical) {
    if (quotes.length >= MAX_QUOTES) break;
    const shown = quote(i);
    if (shown !== undefined && !quotes.includes(shown)) quotes.push(shown);
  }
  return { label, members, quotes: shuffle(quotes) };
}

function overlap(set: Set<string>, wanted: string[]): number {
  return wanted.filter((s) => set.has(s)).length;
}

/** The written form most members use for a stem ("borgerne" rather than "borg"). */
function surfaceOf(stem: string, members: number[], docs: Term[][]): string {
  const counts = new Map<string, number>();
  for (const i of members) for (const t of docs[i]) if (t.stem === stem) counts.set(t.surface, (counts.get(t.surface) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? stem;
}

export function shuffled<T>(xs: T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
