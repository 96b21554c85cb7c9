import { randomInt } from 'node:crypto';

/**
 * Balanced assignment of one question per participant: the least-assigned question wins,
 * ties broken at random so that the order of arrival says nothing about who got what.
 *
 * @example assignBalanced(['formal', 'performed'], { formal: 2, performed: 1 }) // 'performed'
 */
export function assignBalanced(ids: readonly string[], assigned: Readonly<Record<string, number>>): string {
  if (ids.length === 0) throw new Error('assignBalanced(): there is no question to assign.');
  const least = Math.min(...ids.map((id) => assigned[id] ?? 0));
  const candidates = ids.filter((id) => (assigned[id] ?? 0) === least);
  return candidates[randomInt(candidates.length)];
}
