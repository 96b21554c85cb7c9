import type { SessionPlace } from '../domain/session';
import type { Where } from './teams-port';

/** Where a session or schedule started here lives: the channel, or the group or meeting chat. */
export function placeOf(where: Where & { teamsChannelId: string }): Omit<SessionPlace, 'threadId' | 'rootActivityId'> {
  return {
    serviceUrl: where.serviceUrl,
    tenantId: where.tenantId,
    teamsChannelId: where.teamsChannelId,
    ...(where.teamId ? { teamId: where.teamId } : {}),
    ...(where.kind === 'chat' ? { kind: 'chat' as const } : {}),
  };
}
