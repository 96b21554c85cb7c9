import { K_MIN } from '../session';
import type { Problem } from './problem';

/** The three perspectives of "one perspective each": each must reach k on its own (docs/anonymity.md, point 5). */
export const PERSPECTIVE_COUNT = 3;

/**
 * The smallest team "one perspective each" needs: k answers for each of the three perspectives.
 *
 * @example assignedNeeds(5) // 15
 */
export function assignedNeeds(k: number): number {
  return PERSPECTIVE_COUNT * k;
}

/**
 * "One perspective each" is refused when the channel is known to be too small; an unknown member
 * count (personal chat, an error) refuses nothing. The suggestion names a lower k only where one fits.
 *
 * @example checkAssignedSize(5, 6) // [{ field: 'distribution', key: 'setup.error.assignedTooFew', … }]
 */
export function checkAssignedSize(k: number, members: number | undefined): Problem[] {
  if (members === undefined || members >= assignedNeeds(k)) return [];
  const problems: Problem[] = [{ field: 'distribution', key: 'setup.error.assignedTooFew', vars: { members, k, needed: assignedNeeds(k) } }];
  const fitting = Math.floor(members / PERSPECTIVE_COUNT);
  if (fitting >= K_MIN) problems.push({ field: 'distribution', key: 'setup.error.assignedLowerK', vars: { members, k: fitting } });
  return problems;
}
