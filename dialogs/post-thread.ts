import { sessionCard } from '../cards/session-card';
import type { Session } from '../domain/session';
import type { StoredSession } from '../storage/session-store';
import { StorageConflictError } from '../storage/storage-errors';
import type { DialogDeps } from './deps';

/** A claim on posting a thread older than this was cut short (a crash) and is taken over. */
const STALE_THREAD_CLAIM_MS = 60_000;

/**
 * Creates the session and posts its thread, once, however many deliveries or instances try at the
 * same time: only the caller whose insert created the row posts, unless an earlier attempt claimed
 * it and then died (a stale claim), in which case one caller takes the claim over by ETag.
 * `posted` says whether this caller posted the thread.
 */
export async function createAndPost(deps: DialogDeps, session: Session): Promise<{ stored: StoredSession; posted: boolean }> {
  const created = await deps.sessions.create({ ...session, threadClaimedAt: deps.now().toISOString() });
  const stored = await deps.sessions.get(session.id);
  if (!stored) throw new Error(`createAndPost(): session ${session.id} vanished right after it was created.`);
  const claimAge = deps.now().getTime() - Date.parse(stored.session.threadClaimedAt ?? '1970-01-01');
  if (stored.session.place.threadId || (!created && claimAge <= STALE_THREAD_CLAIM_MS)) return { stored, posted: false };
  const claimed = created ? stored : await claim(deps, stored);
  if (!claimed) return { stored, posted: false };
  const place = { ...claimed.session.place, ...(await deps.port.startThread(claimed.session.place, sessionCard(claimed.session, 0))) };
  const etag = await deps.sessions.update({ ...claimed.session, place }, claimed.etag);
  return { stored: { session: { ...claimed.session, place }, etag }, posted: true };
}

async function claim(deps: DialogDeps, stored: StoredSession): Promise<StoredSession | undefined> {
  const session = { ...stored.session, threadClaimedAt: deps.now().toISOString() };
  try {
    return { session, etag: await deps.sessions.update(session, stored.etag) };
  } catch (err) {
    if (err instanceof StorageConflictError) return undefined; // another delivery claimed it first
    throw err;
  }
}
