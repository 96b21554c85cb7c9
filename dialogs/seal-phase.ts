import type { PhaseKind } from '../domain/exercise';
import { secretOfPhase, type Session } from '../domain/session';
import type { DialogDeps } from './deps';

/**
 * Shuts the phase's gates and seals its answers under the phase's own secret, as every close and
 * cancel does (storage/answer-box.ts): after this, no answer can slip in and nothing left joins an
 * answer to its participation. Safe to repeat.
 *
 * Returns how many of the session's facilitators took part in the phase, counted from
 * participation before sealing deletes it: their answers do not count toward k
 * (docs/anonymity.md, rule 4). Without a secret (the session closed meanwhile) every facilitator
 * is assumed to have taken part.
 */
export async function shutAndSeal(deps: DialogDeps, session: Session, phase: PhaseKind): Promise<number> {
  await deps.answers.shut(session.id, phase);
  const facilitators = [session.facilitator.id, ...(session.coFacilitators ?? []).map((c) => c.id)];
  const secret = await deps.sessions.secret(session.id);
  if (!secret) return facilitators.length;
  const phaseSecret = secretOfPhase(session, secret, phase);
  const took = await deps.answers.facilitatorsIn(session.id, phaseSecret, facilitators, phase);
  await deps.answers.seal(session.id, phaseSecret, phase);
  return took;
}
