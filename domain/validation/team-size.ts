import { K_MIN } from '../session';
import type { Problem } from './problem';

/** The three perspectives of "one perspective each": each must reach k on its own (docs/anonymity.md, point 5). */
export const PERSPECTIVE_COUNT = 3;

/**
 * Members whose answers never count toward k: the facilitator, who could subtract her own answer
 * (docs/anonymity.md, point 4). Every size rule at setup reckons with it through countingMembers and membersFor.
 */
const NOT_COUNTING = 1;

/**
 * How many of a channel's members can give answers that count toward k: all but the facilitator.
 *
 * @example countingMembers(15) // 14
 */
export function countingMembers(members: number): number {
  return Math.max(0, members - NOT_COUNTING);
}

/**
 * The smallest channel in which that many answers can count: those members plus the facilitator.
 *
 * @example membersFor(15) // 16
 */
export function membersFor(answers: number): number {
  return answers + NOT_COUNTING;
}

/**
 * The smallest channel "one perspective each" needs: k counting answers for each of the three
 * perspectives, plus the facilitator.
 *
 * @example assignedNeeds(5) // 16
 */
export function assignedNeeds(k: number): number {
  return membersFor(PERSPECTIVE_COUNT * k);
}

/**
 * "One perspective each" is refused when the channel is known to be too small; an unknown member
 * count (personal chat, an error) refuses nothing. The suggestion names a lower k only where one fits.
 * The setup form warns with these same problems (cards/team-size-texts.ts), so it warns exactly
 * where a submit would be refused.
 *
 * @example checkAssignedSize(5, 15)
 *   // [{ field: 'distribution', key: 'setup.error.assignedTooFew', vars: { members: 15, k: 5, needed: 16, answers: 15, perspectives: 3 } },
 *   //  { field: 'distribution', key: 'setup.error.assignedLowerK', vars: { members: 15, k: 4 } }]
 */
export function checkAssignedSize(k: number, members: number | undefined): Problem[] {
  if (members === undefined || members >= assignedNeeds(k)) return [];
  // The values written out where the key is: test/cards/string-calls.test.ts reads them here.
  const problems: Problem[] = [
    { field: 'distribution', key: 'setup.error.assignedTooFew', vars: { members, k, needed: assignedNeeds(k), answers: PERSPECTIVE_COUNT * k, perspectives: PERSPECTIVE_COUNT } },
  ];
  const fitting = Math.floor(countingMembers(members) / PERSPECTIVE_COUNT);
  if (fitting >= K_MIN) problems.push({ field: 'distribution', key: 'setup.error.assignedLowerK', vars: { members, k: fitting } });
  return problems;
}
