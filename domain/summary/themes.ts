import { randomInt } from 'node:crypto';
import { joinSimilar } from './join-similar';
import { meaningTerms } from './meaning-terms';
import { labelFilter, themeLabel } from './theme-labels';
import { termsOfAll, type Term } from './text';

export interface Theme {
  /** 1–3 characteristic words, each in the form most of the theme's answers wrote it. */
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
  /**
   * The smallest theme shown with its own count; callers pass k. A smaller theme joins its
   * nearest theme, or else "other" (docs/anonymity.md). At least 2.
   */
  minSize?: number;
  /**
   * Texts whose words (as written, or by stem) never label a theme: the question, its hint and
   * everything else the participants saw (SummaryContext.sharedTexts), since a label must say
   * what the answers add, not repeat the question.
   */
  unlabelled?: readonly string[];
  /** The most quotes the section may show in all (unquoted.ts); about eight otherwise. */
  maxQuotes?: number;
}

export interface Themes {
  themes: Theme[];
  /** Answers close to no theme, and the answers of themes too small to show or with no word to show. */
  other: number[];
  /** Quotes of "other", chosen like a theme's: what fits no theme is often what most needs hearing. */
  otherQuotes: string[];
}

const MAX_THEMES = 10;
/** Quotes a section shows in all, shared among its themes by size; each theme quotes at least two when it can. */
const SECTION_QUOTES = 8;
const MIN_QUOTES = 2;
/** A theme needs this share of the answers (and at least two), so the number of themes follows the data. */
const MIN_THEME_SHARE = 0.03;

/**
 * Deterministic grouping in three steps:
 * 1. Seeds: repeatedly take the term (stem or concept, text.ts) that most remaining answers use,
 *    and make the answers that use it a theme, until no term is shared by enough answers. Compound
 *    words count for their last part too ("personalemøder" also says "møder").
 * 2. Leftovers join the theme whose frequent terms they share most, then, by meaning, the theme
 *    nearest in LSA space over terms and letter groups (join-similar.ts, meaning-terms.ts, lsa.ts):
 *    answers that share no word with a theme but words, or parts of words, that go with it
 *    elsewhere in the batch. Themes below `minSize` merge into their nearest
 *    theme or into "other".
 * 3. Labels: the theme's term and up to two companions most members use, each as most members
 *    wrote it, never a word of `unlabelled` or a rare term (theme-labels.ts).
 * 4. Quotes: a section shows about eight (SECTION_QUOTES), shared among its themes and "other" by
 *    size, at least two each: first the text that uses most of the label's terms, then each time
 *    the one least like those chosen (variedQuotes), only texts that may be shown (options.quote),
 *    shuffled so their order says nothing about when they came in (docs/anonymity.md, rule 7.8).
 *
 * @example findThemes(['For mange møder', 'Møder uden dagsorden', 'Lange personalemøder', 'Kaffe']).themes[0].label // ['møder']
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
  const similar = joinSimilar(groups, remaining, meaningTerms(docs, stems), Math.max(2, options.minSize ?? 2));
  const quote = options.quote ?? ((i: number) => texts[i]);
  const sayable = options.sayable ?? (() => true);
  const labelled = labelFilter(options.unlabelled);
  const mayLabel = (word: string) => labelled(word) && sayable(word);
  const batch: Batch = { docs, stems, texts, quote, mayLabel };
  const themes = similar.map((g) => buildTheme(g.stem, g.members, batch));
  // A theme none of whose words may be shown (each used by fewer than k) is no theme to show.
  for (const th of themes) if (th.label.length === 0) th.members.forEach((i) => remaining.add(i));
  const other = [...remaining].sort((a, b) => byText(texts, a, b));
  const shown = themes.filter((th) => th.label.length > 0);
  const blocks = atMost([...shown.map((th) => th.quotes), variedQuotes(other, quotesWanted(other.length, texts.length), batch)], options.maxQuotes ?? Infinity);
  return { themes: shown.map((th, i) => ({ ...th, quotes: shuffle(blocks[i]) })), other, otherQuotes: shuffle(blocks[blocks.length - 1]) };
}

/** Adds the last part of compound words when that part is itself a word others use. */
function withCompoundHeads(stems: Set<string>[]): Set<string>[] {
  const df = new Map<string, number>();
  for (const set of stems) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1);
  const heads = [...df]
    .filter(([s, n]) => n >= 2 && s.length >= 3)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 200)
    .map(([s]) => s);
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

interface Batch {
  docs: Term[][];
  stems: Set<string>[];
  texts: readonly string[];
  quote: (index: number) => string | undefined;
  mayLabel: (word: string) => boolean;
}

function buildTheme(stem: string, members: number[], batch: Batch): Theme {
  const { docs, stems, texts } = batch;
  const co = new Map<string, number>();
  for (const i of members) for (const s of stems[i]) if (s !== stem) co.set(s, (co.get(s) ?? 0) + 1);
  // Companions strong enough to join the label; the rest stand in when the theme's own term may not label it.
  const ranked = [...co].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const companions = ranked
    .filter(([, n]) => n * 2 >= members.length)
    .slice(0, 2)
    .map(([s]) => s);
  const labelStems = [stem, ...companions];
  let label = themeLabel(labelStems, members, docs, batch.mayLabel);
  if (label.length === 0)
    label = themeLabel(
      ranked.filter(([, n]) => n * 4 >= members.length).map(([s]) => s),
      members,
      docs,
      batch.mayLabel,
    ).slice(0, 1);
  const typical = [...members].sort((a, b) => overlap(stems[b], labelStems) - overlap(stems[a], labelStems) || byText(texts, a, b));
  return { label, members, quotes: variedQuotes(typical, quotesWanted(members.length, texts.length), batch) };
}

/**
 * The blocks' quotes, at most `max` in all: each time the last of the block with most quotes
 * goes, which is the one chosen last for being unlike the rest (variedQuotes), so every block
 * keeps its most typical quote and its most different one longest.
 */
function atMost(blocks: string[][], max: number): string[][] {
  const out = blocks.map((b) => [...b]);
  let count = out.reduce((n, b) => n + b.length, 0);
  while (count > max) {
    out.reduce((most, b) => (b.length > most.length ? b : most)).pop();
    count -= 1;
  }
  return out;
}

/** A theme's share of the section's quotes, by its share of the answers, and at least two. */
function quotesWanted(members: number, total: number): number {
  return members === 0 ? 0 : Math.max(MIN_QUOTES, Math.ceil((SECTION_QUOTES * members) / total));
}

/**
 * Up to `wanted` quotes of a theme: its most typical text that may be shown, then each time the
 * one least like those already chosen, so a dissenting or concrete answer is heard beside the
 * typical one instead of a second way of saying it. Two people writing the same words is one
 * quote. Judging a quote costs, so only the first few candidates are asked.
 */
function variedQuotes(typical: readonly number[], wanted: number, { stems, quote }: Batch): string[] {
  const candidates: { index: number; shown: string }[] = [];
  for (const i of typical.slice(0, wanted * 4)) {
    const shown = quote(i);
    if (shown !== undefined && !candidates.some((c) => c.shown === shown)) candidates.push({ index: i, shown });
  }
  if (candidates.length === 0) return [];
  const chosen = [candidates.shift()!];
  while (chosen.length < wanted && candidates.length > 0) {
    const likeness = (c: { index: number }) => Math.max(...chosen.map((q) => jaccard(stems[c.index], stems[q.index])));
    let best = 0;
    for (let j = 1; j < candidates.length; j++) if (likeness(candidates[j]) < likeness(candidates[best])) best = j;
    chosen.push(...candidates.splice(best, 1));
  }
  return chosen.map((c) => c.shown);
}

/** Shorter first, then by the text itself, so which text is quoted never depends on when it came in. */
function byText(texts: readonly string[], a: number, b: number): number {
  return texts[a].length - texts[b].length || (texts[a] < texts[b] ? -1 : texts[a] > texts[b] ? 1 : a - b);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const s of a) if (b.has(s)) both++;
  const either = a.size + b.size - both;
  return either === 0 ? 1 : both / either;
}

function overlap(set: Set<string>, wanted: string[]): number {
  return wanted.filter((s) => set.has(s)).length;
}

export function shuffled<T>(xs: T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
