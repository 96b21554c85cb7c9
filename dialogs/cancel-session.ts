import { errorCard, noticeCard } from '../cards/notice-card';
import { t } from '../cards/i18n';
import { cancelConfirmCard } from '../cards/confirm-card';
import { roundWording } from '../cards/round-wording';
import type { Language } from '../domain/exercise';
import { phaseOf } from '../domain/session';
import { StorageConflictError } from '../storage/storage-errors';
import type { DialogDeps } from './deps';
import { findForFacilitator, isReply } from './find-session';
import { rootCard } from './close-session';
import { reply, type PrivateReply } from './reply';
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
  const phase = phaseOf(session);
  if (phase !== 'result') {
    await deps.answers.shut(session.id, phase);
    const secret = await deps.sessions.secret(session.id);
    if (secret) await deps.answers.seal(session.id, secret, phase);
  }
  const stored = await deps.sessions.get(session.id);
  if (!stored) return reply('unknownSession', errorCard(l, 'error.unknownSession'));
  const cancelled = { ...stored.session, state: 'closed' as const, closedAt: deps.now().toISOString(), cancelledAt: deps.now().toISOString(), ...(stored.session.summaryPostedAt ? {} : { summaryWithheld: 'cancelled' as const }) };
  try {
    await deps.sessions.update(cancelled, stored.etag, { destroySecret: true });
  } catch (err) {
    if (err instanceof StorageConflictError) return reply('conflict', errorCard(l, 'error.retry'));
    throw err;
  }
  deps.log.info('session cancelled', { session: session.id, phase });
  deps.later('cancel', async () => deps.port.updateRoot(cancelled.place, await rootCard(deps, cancelled)));
  return reply('cancelled', noticeCard(t(l, roundWording(session, 'cancel.doneTitle')), [t(l, roundWording(session, 'cancel.doneBody'))]));
}
