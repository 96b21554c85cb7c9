import { termsOfAll } from './text';

/** How many frequent words each text set contributes to a comparison. */
export const FREQUENT_WORDS = 8;

/**
 * Stems used in at least two of the texts, most used first (at most `limit`), each with the
 * written form most of those texts use; only words `sayable` allows (not rare terms).
 *
 * @example frequentWords(['Borgerne først', 'En borger i centrum', 'Borgerne igen']) // Map { 'borg' => 'borgerne' }
 */
export function frequentWords(texts: readonly string[], limit = FREQUENT_WORDS, sayable: (word: string) => boolean = () => true): Map<string, string> {
  const df = new Map<string, { n: number; surfaces: Map<string, number> }>();
  for (const ts of termsOfAll(texts)) {
    const seen = new Map(ts.map((x) => [x.stem, x.surface]));
    for (const [stem, surface] of seen) {
      const entry = df.get(stem) ?? { n: 0, surfaces: new Map<string, number>() };
      entry.n += 1;
      entry.surfaces.set(surface, (entry.surfaces.get(surface) ?? 0) + 1);
      df.set(stem, entry);
    }
  }
  // The form most texts use, rather than whichever text came first.
  const commonest = (surfaces: Map<string, number>) => [...surfaces].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  // Most used first, then the first `limit` that may be said: the rare-term check runs only as far as needed.
  const ranked = [...df].filter(([, v]) => v.n >= 2).sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
  const top = new Map<string, string>();
  for (const [stem, v] of ranked) {
    if (top.size >= limit) break;
    const surface = commonest(v.surfaces);
    if (sayable(surface)) top.set(stem, surface);
  }
  return top;
}

export interface WordComparison {
  /** Written forms of stems frequent in two or more of the compared sets. */
  shared: string[];
  /** Per set id: written forms of stems frequent there and in no other set. */
  distinct: Record<string, string[]>;
  /** Shared stems as a share of all frequent stems, 0–100; only with two or more sets. */
  agreement?: number;
}

/**
 * Compares the frequent words of several text sets (id → frequentWords(texts)).
 *
 * @example compareWords(new Map([['a', new Map([['borg', 'borgerne'], ['lov', 'loven']])], ['b', new Map([['borg', 'borgere']])]]))
 * // { shared: ['borgerne'], distinct: { a: ['loven'], b: [] }, agreement: 50 }
 */
export function compareWords(frequent: ReadonlyMap<string, ReadonlyMap<string, string>>): WordComparison {
  const uses = new Map<string, number>();
  for (const stems of frequent.values()) for (const s of stems.keys()) uses.set(s, (uses.get(s) ?? 0) + 1);
  const surface = (s: string) => [...frequent.values()].find((m) => m.has(s))?.get(s) ?? s;
  const shared = [...uses].filter(([, n]) => n >= 2).map(([s]) => surface(s));
  const distinct: Record<string, string[]> = {};
  for (const [id, stems] of frequent) distinct[id] = [...stems.keys()].filter((s) => uses.get(s) === 1).map((s) => stems.get(s)!);
  const union = uses.size;
  const agreement = frequent.size >= 2 && union > 0 ? Math.round((100 * shared.length) / union) : undefined;
  return { shared, distinct, ...(agreement !== undefined ? { agreement } : {}) };
}
