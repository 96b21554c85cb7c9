/**
 * Whether a scale's answers fall into two camps, one towards each end, with the middle emptier
 * (docs/anonymity.md, rule 4). Then no median or mean speaks for the team: 1, 2, 2 | 4, 4, 5 has the
 * median 3, a position nobody chose.
 *
 * The rule, on the counts per step of a scale from min to max:
 * - the lower side is the steps below the scale's middle, the upper side those above it (on a
 *   scale with an odd number of steps the middle step belongs to neither);
 * - each side holds at least a quarter of the answers, so one dissenter is not a camp;
 * - the most chosen step of each side (nearest the middle on a tie) has at least two answers, so
 *   each side is a cluster, not a scatter;
 * - those two steps are not neighbours, and every step between them has fewer answers than either.
 * The result is the number of answers on each side; those on the middle step are in neither.
 *
 * @example twoCamps([{ value: 1, count: 1 }, { value: 2, count: 2 }, { value: 3, count: 0 }, { value: 4, count: 2 }, { value: 5, count: 1 }])
 * // { low: 3, high: 3 }
 * @example twoCamps([{ value: 1, count: 1 }, { value: 2, count: 1 }, { value: 3, count: 2 }, { value: 4, count: 1 }, { value: 5, count: 0 }])
 * // undefined
 */
export function twoCamps(counts: readonly { value: number; count: number }[]): { low: number; high: number } | undefined {
  if (counts.length < 3) return undefined;
  const n = counts.reduce((s, c) => s + c.count, 0);
  const middle = (counts.length - 1) / 2;
  const lower = counts.map((_, i) => i).filter((i) => i < middle);
  const upper = counts.map((_, i) => i).filter((i) => i > middle);
  const total = (is: number[]) => is.reduce((s, i) => s + counts[i].count, 0);
  const low = total(lower);
  const high = total(upper);
  if (n === 0 || 4 * low < n || 4 * high < n) return undefined;
  // Ties go to the step nearest the middle, so the valley is looked for where it matters.
  const nearer = (i: number, j: number) => Math.abs(i - middle) < Math.abs(j - middle);
  const peak = (is: number[]) => is.reduce((best, i) => (counts[i].count > counts[best].count || (counts[i].count === counts[best].count && nearer(i, best)) ? i : best));
  const a = peak(lower);
  const b = peak(upper);
  if (b - a < 2 || counts[a].count < 2 || counts[b].count < 2) return undefined;
  const fullestBetween = Math.max(...counts.slice(a + 1, b).map((c) => c.count));
  return fullestBetween < Math.min(counts[a].count, counts[b].count) ? { low, high } : undefined;
}
