/**
 * How a count may be shown next to the others of its section (docs/anonymity.md, rule 7, "Sizes"):
 * exactly, as a step of k ("5–9"), as "fewer than k", as "some" (no figure), or not at all (zero).
 */
export type ShownCount =
  | { kind: 'exact'; count: number }
  | { kind: 'range'; from: number; to: number }
  | { kind: 'few' }
  | { kind: 'some' }
  | { kind: 'zero' }
  /** Not mentioned, though it may not be zero: the last resort, when even "some" would give it away. */
  | { kind: 'unsaid' };

/** A count to show, and the least it can be that anyone may know (a theme has at least two answers). */
export interface Part {
  count: number;
  least: number;
}

/**
 * The most exact way to show `parts`, which together make `total` (shown exactly elsewhere), so
 * that subtraction cannot resolve any count below k: no part, and no sum of parts, that is
 * between 1 and k − 1 can be worked out to one value from what is shown. Parts of k or more start
 * exact (or as steps of k when `steps`); small ones say "fewer than k". While something small can
 * still be worked out, every part is shown less exactly, all at once: exact → steps → "some", then
 * small ones "some" too. `safe` is false when even that is not enough (every part at its least),
 * and the caller must show the parts together.
 *
 * @example showCounts([{ count: 5, least: 2 }, { count: 2, least: 2 }], 7, 5)
 * // { shown: [{ kind: 'some' }, { kind: 'few' }], safe: true }  (5 exact, or 5–9, would leave 7 − 5 = 2)
 */
export function showCounts(parts: readonly Part[], total: number, k: number, steps = false): { shown: ShownCount[]; safe: boolean } {
  const levels: ((p: Part) => ShownCount)[] = [
    (p) => (p.count >= k ? { kind: 'exact', count: p.count } : small(p)),
    (p) => (p.count >= k ? stepOf(p.count, k, total) : small(p)),
    (p) => (p.count >= k ? { kind: 'some' } : small(p)),
    (p) => (p.count > 0 ? { kind: 'some' } : { kind: 'zero' }),
  ];
  for (const level of levels.slice(steps ? 1 : 0)) {
    const shown = parts.map(level);
    if (!resolvesSmallCount(parts, shown, total, k)) return { shown, safe: true };
  }
  return { shown: parts.map(levels[3]), safe: false };
}

function small(p: Part): ShownCount {
  return p.count > 0 ? { kind: 'few' } : { kind: 'zero' };
}

/** 7 with k = 5 is "5–9", or "5–8" when the section has 8: a step never passes the section's total. */
export function stepOf(count: number, k: number, total = Infinity): ShownCount {
  const from = Math.floor(count / k) * k;
  return { kind: 'range', from, to: Math.min(from + k - 1, total) };
}

/** What anyone reading the card knows a part lies between. */
export function boundsOf(shown: ShownCount, part: Pick<Part, 'least'>, total: number, k: number): [number, number] {
  const least = Math.max(1, part.least);
  switch (shown.kind) {
    case 'exact':
      return [shown.count, shown.count];
    case 'range':
      return [Math.max(least, shown.from), Math.min(total, shown.to)];
    case 'few':
      return [least, k - 1];
    case 'some':
      return [least, total];
    case 'zero':
      return [0, 0];
    case 'unsaid':
      return [0, total];
  }
}

/**
 * Whether some set of parts whose true sum is 1 to k − 1 has only one possible sum, given the
 * bounds shown and that all parts add up to `total`. Every integer between the least and the most
 * a set can sum to is possible, so the two ends decide (parts are few: at most a dozen).
 */
export function resolvesSmallCount(parts: readonly Part[], shown: readonly ShownCount[], total: number, k: number): boolean {
  const bounds = parts.map((p, i) => boundsOf(shown[i], p, total, k));
  const n = parts.length;
  for (let set = 1; set < 1 << n; set++) {
    let sum = 0;
    let inLo = 0;
    let inHi = 0;
    let outLo = 0;
    let outHi = 0;
    for (let i = 0; i < n; i++) {
      const [lo, hi] = bounds[i];
      if (set & (1 << i)) [sum, inLo, inHi] = [sum + parts[i].count, inLo + lo, inHi + hi];
      else [outLo, outHi] = [outLo + lo, outHi + hi];
    }
    if (sum < 1 || sum >= k) continue;
    if (Math.max(inLo, total - outHi) === Math.min(inHi, total - outLo)) return true;
  }
  return false;
}
