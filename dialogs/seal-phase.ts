import type { PhaseKind } from '../domain/exercise';
import { secretOfPhase, type Session } from '../domain/session';
import type { DialogDeps } from './deps';

/**
 * Shuts the phase's gates and seals its answers under the phase's own secret, as every close and
 * cancel does (storage/answer-box.ts): after this, no answer can slip in and nothing left joins an
 * answer to its participation. Safe to repeat; without a secret (already closed) it only shuts.
 */
export async function shutAndSeal(deps: DialogDeps, session: Session, phase: PhaseKind): Promise<void> {
  await deps.answers.shut(session.id, phase);
  const secret = await deps.sessions.secret(session.id);
  if (secret) await deps.answers.seal(session.id, secretOfPhase(session, secret, phase), phase);
}
