import { statusCodeOf } from '../storage/storage-errors';
import { K_MAX } from '../domain/session';
import { GROUPS_MAX } from '../domain/validation/settings';
import { membersFor, PERSPECTIVE_COUNT } from '../domain/validation/team-size';
import type { DialogDeps } from './deps';
import type { Where } from './teams-port';

/**
 * The most members any setup check asks for: 3 × the highest k, or k for each of the most groups,
 * plus the facilitator, whose own answer does not count.
 */
export const MEMBERS_ENOUGH = membersFor(Math.max(PERSPECTIVE_COUNT, GROUPS_MAX) * K_MAX);
/** The setup form is an invoke answered within Teams' 5 s: the count may take only part of that. */
export const MEMBER_COUNT_MS = 1_500;

/**
 * The channel's (or group chat's) member count for the setup's small-team check (counted only up to MEMBERS_ENOUGH),
 * or undefined when it cannot be read in time (personal chat, an error, a slow roster):
 * then the check is said to be skipped, and nothing is refused.
 */
export async function channelMemberCount(deps: DialogDeps, where: Where): Promise<number | undefined> {
  if (!where.teamsChannelId) return undefined;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), MEMBER_COUNT_MS)));
  try {
    const count = await Promise.race([deps.port.memberCount(where, MEMBERS_ENOUGH), late]);
    if (count === 'late') deps.log.warn('the channel member count took too long; setup goes on without the small-team check', { ms: MEMBER_COUNT_MS });
    return count === 'late' ? undefined : count;
  } catch (err) {
    deps.log.warn('could not read the channel member count; setup goes on without the small-team check', { status: statusCodeOf(err) });
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
