import { randomBytes } from 'node:crypto';
import type { Session } from '../../domain/session';

/**
 * An open "Hvem definerer kerneopgaven?" session with k = 3 in 'channel-x', its thread already
 * posted: for tests that write sessions straight to storage rather than through the bot.
 *
 * @example await deps.sessions.create(openSessionRecord())
 */
export function openSessionRecord(): Session {
  return {
    schema: 1,
    id: randomBytes(12).toString('hex'),
    exerciseId: 'hvem-definerer',
    exerciseVersion: 1,
    settings: { title: 'Test', k: 3, language: 'da', distribution: 'all', timeZone: 'Europe/Copenhagen' },
    facilitator: { id: 'f', name: 'F' },
    state: 'open',
    place: { serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'channel-x', threadId: 'channel-x;messageid=1', rootActivityId: '1' },
    createdAt: new Date().toISOString(),
    shownProgress: 0,
  };
}
