import type { Session } from '../../domain/session';
import type { DialogDeps } from '../../dialogs/deps';

/**
 * The open rounds' sessions, found as the scheduler finds them (SessionStore.openRoundTimes) and
 * then read, for a test to wait on a round's thread.
 *
 * @example await until('the round', async () => (await openRoundSessions(deps)).some((r) => r.place.threadId))
 */
export async function openRoundSessions(deps: Pick<DialogDeps, 'sessions' | 'now'>): Promise<Session[]> {
  const rounds = await deps.sessions.openRoundTimes(deps.now());
  const read = await Promise.all(rounds.map(async (r) => (await deps.sessions.get(r.id))?.session));
  return read.filter((s): s is Session => s?.state === 'open');
}
