import { noticeCard } from '../cards/notice-card';
import { t } from '../cards/i18n';
import { cancelConfirmCard } from '../cards/confirm-card';
import { roundWording } from '../cards/round-wording';
import type { Language } from '../domain/exercise';
import { phaseOf } from '../domain/session';
import type { DialogDeps } from './deps';
import { shutAndSeal } from './seal-phase';
import { shutAndCancel } from './shut-and-cancel';
import { findForFacilitator, isReply } from './find-session';
import { rootCard } from './close-session';
import { refusal, reply, type PrivateReply } from './reply';
import type { Actor, Where } from './teams-port';
import { chatWording } from '../cards/chat-naming';

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
  const changed = await shutAndCancel(deps, session.id, (open, phase) => shutAndSeal(deps, open, phase));
  if (!changed) return refusal(l, 'unknownSession', 'error.unknownSession');
  if (changed.refused === 'busy' || changed.refused === 'unchanged') return refusal(l, 'conflict', 'error.retry');
  // Closed meanwhile (a deadline, a result, a second click): nothing is left to cancel.
  if (!changed.changed) return refusal(l, 'alreadyClosed', chatWording(session.place, 'error.alreadyClosed'));
  const cancelled = changed.session;
  deps.log.info('session cancelled', { session: session.id, phase: phaseOf(session) });
  deps.later('cancel', async () => deps.port.updateRoot(cancelled.place, await rootCard(deps, cancelled)));
  return reply('cancelled', noticeCard(t(l, roundWording(session, 'cancel.doneTitle')), [t(l, chatWording(session.place, roundWording(session, 'cancel.doneBody')))]));
}
