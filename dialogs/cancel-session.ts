import { noticeCard } from '../cards/notice-card';
import { t } from '../cards/i18n';
import { cancelConfirmCard } from '../cards/confirm-card';
import { roundWording } from '../cards/round-wording';
import type { Language } from '../domain/exercise';
import { phaseOf } from '../domain/session';
import { cancel } from '../domain/lifecycle/end';
import { refuse } from '../domain/lifecycle/transition';
import type { DialogDeps } from './deps';
import { shutAndSeal } from './seal-phase';
import { findForFacilitator, isReply } from './find-session';
import { rootCard } from './close-session';
import { refusal, reply, type PrivateReply } from './reply';
import type { Actor, Where } from './teams-port';

/** "Aflys" on the facilitator's card or `@Kernedialog aflys`: asked to confirm, with a way back. */
export async function requestCancel(deps: DialogDeps, lang: Language, actor: Actor, where: Where, data: Record<string, unknown>): Promise<PrivateReply> {
  const found = await findForFacilitator(deps, lang, actor, where, data.sessionId);
  if (isReply(found)) return found;
  return reply('confirmCancel', cancelConfirmCard(found.session, data.back === 'note' ? 'note' : 'card'));
}

/**
 * Cancels the session: the open phase is shut and sealed like at any close, the secret is
 * destroyed, and nothing more is posted but the cancelled card. What was sealed stays unlinkable.
 */
export async function confirmCancel(deps: DialogDeps, lang: Language, actor: Actor, where: Where, data: Record<string, unknown>): Promise<PrivateReply> {
  const found = await findForFacilitator(deps, lang, actor, where, data.sessionId);
  if (isReply(found)) return found;
  const { session } = found;
  const l = session.settings.language;
  const changed = await shutAndCancel(deps, session.id);
  if (!changed) return refusal(l, 'unknownSession', 'error.unknownSession');
  if (changed.refused === 'busy' || changed.refused === 'unchanged') return refusal(l, 'conflict', 'error.retry');
  // Closed meanwhile (a deadline, a result, a second click): nothing is left to cancel.
  if (!changed.changed) return refusal(l, 'alreadyClosed', 'error.alreadyClosed');
  const cancelled = changed.session;
  deps.log.info('session cancelled', { session: session.id, phase: phaseOf(session) });
  deps.later('cancel', async () => deps.port.updateRoot(cancelled.place, await rootCard(deps, cancelled)));
  return reply('cancelled', noticeCard(t(l, roundWording(session, 'cancel.doneTitle')), [t(l, roundWording(session, 'cancel.doneBody'))]));
}

/**
 * The open phase's gates shut and its answers sealed, as at any close, and the session cancelled
 * while it is still in that phase; a phase that opened meanwhile is shut and sealed in turn.
 */
async function shutAndCancel(deps: DialogDeps, id: string) {
  for (let tries = 0; ; tries++) {
    const stored = await deps.sessions.get(id);
    if (!stored) return undefined;
    const phase = phaseOf(stored.session);
    if (stored.session.state !== 'closed' && phase !== 'result') {
      await shutAndSeal(deps, stored.session, phase);
    }
    const changed = await deps.sessions.change(id, (s) => (phaseOf(s) !== phase ? refuse('unchanged') : cancel(deps.now())(s)));
    if (changed?.refused !== 'unchanged' || tries >= 4) return changed;
  }
}
