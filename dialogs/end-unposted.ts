import { endUnposted } from '../domain/lifecycle/thread';
import type { Session } from '../domain/session';
import type { DialogDeps } from './deps';

/**
 * Teams refused a session's thread (403: the bot removed from the chat, the app blocked): nobody
 * can answer a card that was never posted, so the session ends closed and unposted, and its secret
 * is destroyed with the close (domain/lifecycle/thread.ts). True when this call ended it; a
 * redelivery finds it ended already.
 */
export async function endUnpostedSession(deps: DialogDeps, session: Pick<Session, 'id' | 'phase'>): Promise<boolean> {
  await deps.answers.shut(session.id, session.phase ?? 'answer');
  return !!(await deps.sessions.change(session.id, endUnposted(deps.now())))?.changed;
}
