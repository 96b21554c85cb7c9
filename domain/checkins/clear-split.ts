import { twoCamps } from '../summary/two-camps';

/**
 * Whether a check-in round's answers split into two camps by more than one person: twoCamps holds,
 * and still holds with any one answer taken away. Each round shows the flag, so one who leaves
 * between two rounds must not be able to flip it alone; with the plain flag beside the rounded
 * mean, two rounds of the kerneopgave-tjek gave the leaver away in 7 of 300 random teams, with
 * this one in 2, as without a flag (docs/anonymity.md, "Figures across rounds").
 *
 * @example clearSplit([{ value: 1, count: 3 }, { value: 2, count: 1 }, { value: 3, count: 0 }, { value: 4, count: 1 }, { value: 5, count: 3 }]) // true
 * @example clearSplit([{ value: 1, count: 1 }, { value: 2, count: 2 }, { value: 3, count: 0 }, { value: 4, count: 2 }, { value: 5, count: 1 }]) // false (without one of the 2s, no camp)
 */
export function clearSplit(counts: readonly { value: number; count: number }[]): boolean {
  if (!twoCamps(counts)) return false;
  return counts.every((c, i) => c.count === 0 || !!twoCamps(counts.map((d, j) => (j === i ? { ...d, count: d.count - 1 } : d))));
}
