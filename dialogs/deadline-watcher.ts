import { errorFields } from '../config/log';
import type { DialogDeps } from './deps';
import { closeSession, postSummary } from './close-session';
import { STALE_CLOSE_MS } from '../domain/lifecycle/claims';
import { every, type Repeating } from './every';

/**
 * Closes sessions whose deadline has passed and finishes closes a crash left behind.
 * State is in storage only, so this works the same after a restart and on several instances.
 */
export function startDeadlineWatcher(deps: DialogDeps, everyMs: number): Repeating<void> {
  const log = deps.log.child('deadlines');
  return every(everyMs, async () => {
    try {
      // One read for both: a session closed here posts its own summary (closeSession).
      const due = await deps.sessions.dueForWatcher(deps.now(), STALE_CLOSE_MS);
      for (const id of due.close) {
        await closeSession(deps, id, 'deadline').catch((err) => log.error('could not close session', { session: id, ...errorFields(err) }));
      }
      for (const id of due.summary) {
        await postSummary(deps, id).catch((err) => log.error('could not post summary', { session: id, ...errorFields(err) }));
      }
    } catch (err) {
      log.warn('deadline check failed; will try again', errorFields(err));
    }
  });
}
