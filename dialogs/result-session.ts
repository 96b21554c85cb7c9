import { DateTime } from 'luxon';
import { errorCard, noticeCard, problemTexts } from '../cards/notice-card';
import { t } from '../cards/i18n';
import { resultCard, resultFormCard } from '../cards/result-card';
import type { Language } from '../domain/exercise';
import { phaseOf } from '../domain/session';
import { checkResult, type AgreedResult } from '../domain/validation/result';
import { StorageConflictError } from '../storage/storage-errors';
import type { DialogDeps } from './deps';
import { findForFacilitator, isReply } from './find-session';
import { rootCard } from './close-session';
import { reply, type PrivateReply } from './reply';
import { TeamUnreachableError, type Actor, type Where } from './teams-port';

/**
 * The last phase: the facilitator writes down what the team agreed, and who does what.
 * Saving it posts the result in the thread and closes the session, destroying its secret.
 */
export async function saveResult(deps: DialogDeps, lang: Language, actor: Actor, where: Where, data: Record<string, unknown>): Promise<PrivateReply> {
  const found = await findForFacilitator(deps, lang, actor, where, data.sessionId);
  if (isReply(found)) return found;
  const { session, etag } = found;
  const l = session.settings.language;
  if (session.state !== 'open' || phaseOf(session) !== 'result') return reply('notResultPhase', errorCard(l, 'error.alreadyClosed'));
  // Dates are local calendar days where the team is: "today" is today in the session's zone.
  const checked = checkResult(data, DateTime.fromJSDate(deps.now(), { zone: session.settings.timeZone }).toFormat('yyyy-MM-dd'));
  if (!checked.ok) return reply('invalidResult', resultFormCard(session, data, problemTexts(l, checked.problems)));

  await deps.sessions.saveDoc(session.id, 'result', checked.value);
  const closed = { ...session, state: 'closed' as const, closedAt: deps.now().toISOString() };
  try {
    await deps.sessions.update(closed, etag, { destroySecret: true });
  } catch (err) {
    if (err instanceof StorageConflictError) return reply('conflict', errorCard(l, 'error.retry'));
    throw err;
  }
  deps.log.info('session closed with a result', { session: session.id, actions: checked.value.actions.length });
  deps.later('result', async () => {
    try {
      await deps.port.reply(closed.place, resultCard(closed, checked.value as AgreedResult));
      await deps.port.updateRoot(closed.place, await rootCard(deps, closed));
    } catch (err) {
      if (!(err instanceof TeamUnreachableError)) throw err;
    }
  });
  return reply('result', noticeCard(t(l, 'result.savedTitle'), [t(l, 'result.savedBody')]));
}
