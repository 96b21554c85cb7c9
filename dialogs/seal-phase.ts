import type { PhaseKind } from '../domain/exercise';
import { secretOfPhase, type Session } from '../domain/session';
import type { DialogDeps } from './deps';

/**
 * Shuts the phase's gates and seals its answers under the phase's own secret, as every close and
 * cancel does (storage/answer-box.ts): after this, no answer can slip in and nothing left joins an
 * answer to its participation. Safe to repeat.
 *
 * `beforeSealing` runs between the two, while participation still exists, with the phase's secret
 * (the close counts the facilitators who took part there); its result is returned. Without a
 * secret (the session closed meanwhile) nothing is sealed, and the result is undefined.
 */
export async function shutAndSeal<T>(deps: DialogDeps, session: Session, phase: PhaseKind, beforeSealing?: (phaseSecret: Buffer) => Promise<T>): Promise<T | undefined> {
  await deps.answers.shut(session.id, phase);
  const secret = await deps.sessions.secret(session.id);
  if (!secret) return undefined;
  const phaseSecret = secretOfPhase(session, secret, phase);
  const result = await beforeSealing?.(phaseSecret);
  await deps.answers.seal(session.id, phaseSecret, phase);
  return result;
}
