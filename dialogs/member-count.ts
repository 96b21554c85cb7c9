import { statusCodeOf } from '../storage/storage-errors';
import type { DialogDeps } from './deps';
import type { Where } from './teams-port';

/**
 * The channel's member count for the setup's small-team check, or undefined when it cannot be
 * read (personal chat, group chat, an error): then the check is said to be skipped, and nothing is refused.
 */
export async function channelMemberCount(deps: DialogDeps, where: Where): Promise<number | undefined> {
  if (!where.teamsChannelId) return undefined;
  try {
    return await deps.port.memberCount(where);
  } catch (err) {
    deps.log.warn('could not read the channel member count; setup goes on without the small-team check', { status: statusCodeOf(err) });
    return undefined;
  }
}
