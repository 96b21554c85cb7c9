import { sessionCard } from '../cards/session-card';
import { claimThread, threadPosted } from '../domain/lifecycle/thread';
import type { Session } from '../domain/session';
import type { DialogDeps } from './deps';

/**
 * Creates the session and posts its thread, once, however many deliveries or instances try at the
 * same time: only the caller whose insert created the row posts, unless an earlier attempt claimed
 * it and then died (a stale claim, domain/lifecycle/thread.ts), in which case one caller takes the
 * claim over. `posted` says whether this caller posted the thread.
 */
export async function createAndPost(deps: DialogDeps, session: Session): Promise<{ session: Session; posted: boolean }> {
  const created = await deps.sessions.create({ ...session, threadClaimedAt: deps.now().toISOString() });
  // The delivery whose insert made the row holds the claim; any other may take over only a stale one.
  const claim = created ? undefined : await deps.sessions.change(session.id, claimThread(deps.now()));
  const current = created ? (await deps.sessions.get(session.id))?.session : claim?.session;
  if (!current) throw new Error(`createAndPost(): session ${session.id} vanished right after it was created.`);
  if (!created && !claim?.changed) return { session: current, posted: false };
  const ids = await deps.port.startThread(current.place, sessionCard(current, 0));
  const posted = await deps.sessions.change(session.id, threadPosted(ids));
  if (!posted?.changed) deps.log.warn('the thread is posted but its ids were not stored', { session: session.id, refused: posted?.refused });
  return { session: posted?.session ?? { ...current, place: { ...current.place, ...ids } }, posted: true };
}
