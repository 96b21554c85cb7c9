import type { PhaseKind } from '../domain/exercise';
import { cancelIn } from '../domain/lifecycle/end';
import { phaseOf, type Session } from '../domain/session';
import type { DialogDeps } from './deps';

/** Phases that may open under a cancel before the caller is told the session kept moving on. */
const PASSES = 5;

/**
 * Cancels the session in its open phase after `shut` has stopped that phase taking answers, so an
 * answer in flight meets a shut gate rather than landing after the cancel. A phase that opened
 * meanwhile is shut in turn (cancelIn refuses it as 'unchanged'). "aflys" seals as any close does;
 * "slet data" only shuts, since the rows go next. Undefined when the session is gone.
 *
 * @example await shutAndCancel(deps, id, (session, phase) => shutAndSeal(deps, session, phase)) // { session, changed: true }
 */
export async function shutAndCancel(deps: DialogDeps, id: string, shut: (session: Session, phase: PhaseKind) => Promise<unknown>) {
  for (let pass = 1; ; pass++) {
    const stored = await deps.sessions.get(id);
    if (!stored) return undefined;
    const phase = phaseOf(stored.session);
    if (stored.session.state !== 'closed' && phase !== 'result') await shut(stored.session, phase);
    const changed = await deps.sessions.change(id, cancelIn(phase, deps.now()));
    if (!changed || changed.refused !== 'unchanged' || pass >= PASSES) return changed;
  }
}
