import { DateTime } from 'luxon';
import { noticeCard, problemTexts } from '../cards/notice-card';
import { t } from '../cards/i18n';
import { resultCard, resultFormCard, resultSavedCard } from '../cards/result-card';
import type { AdaptiveCard } from '../cards/render';
import { errorFields } from '../config/log';
import type { Language } from '../domain/exercise';
import { isFacilitator, phaseOf } from '../domain/session';
import { checkResult, type AgreedResult } from '../domain/validation/result';
import { writeResult } from '../domain/lifecycle/end';
import { postInSession } from './post-in-session';
import type { DialogDeps } from './deps';
import { findForFacilitator, findSession, isReply, ofCurrentVersion } from './find-session';
import { rootCard } from './close-session';
import { refusal, reply, type PrivateReply } from './reply';
import { TeamUnreachableError, type Actor, type Where } from './teams-port';
import { chatWording } from '../cards/chat-naming';

/**
 * The last phase: the facilitator writes down what the team agreed, and who does what.
 * Saving it posts the result in the thread and closes the session, destroying its secret.
 */
export async function saveResult(deps: DialogDeps, lang: Language, actor: Actor, where: Where, data: Record<string, unknown>): Promise<PrivateReply> {
  const found = await findForFacilitator(deps, lang, actor, where, data.sessionId);
  if (isReply(found)) return found;
  const { session } = found;
  const l = session.settings.language;
  if (session.state !== 'open' || phaseOf(session) !== 'result') return refusal(l, 'notResultPhase', chatWording(session.place, 'error.alreadyClosed'));
  // Dates are local calendar days where the team is: "today" is today in the session's zone.
  const checked = checkResult(data, DateTime.fromJSDate(deps.now(), { zone: session.settings.timeZone }).toFormat('yyyy-MM-dd'));
  if (!checked.ok) return reply('invalidResult', resultFormCard(session, data, problemTexts(l, checked.problems)));

  const changed = await deps.sessions.change(session.id, writeResult(deps.now()));
  if (changed?.refused === 'busy') return refusal(l, 'conflict', 'error.retry');
  // Another facilitator's result (or a cancel) closed it first: only one result is written.
  if (!changed?.changed) return refusal(l, 'alreadyClosed', chatWording(session.place, 'error.alreadyClosed'));
  const closed = changed.session;
  const result = checked.value as AgreedResult;
  // Only the facilitator whose close won writes the result, so the stored result, the posted one
  // and the follow-up's actions are the same. Should this write fail, the session is closed
  // without one; the result is still posted, and the follow-up says there is none.
  let stored = true;
  try {
    await deps.sessions.saveDoc(session.id, 'result', result);
  } catch (err) {
    stored = false;
    deps.log.warn('the result was posted but not stored; a follow-up cannot be planned from it', { session: session.id, ...errorFields(err) });
  }
  deps.log.info('session closed with a result', { session: session.id, actions: result.actions.length });
  // The follow-up needs the stored result, and refuses a session of an older version (find-session.ts);
  // where it cannot be planned, neither the facilitators' view nor her confirmation offers it.
  const canFollowUp = stored && ofCurrentVersion(closed);
  deps.later('result', async () => {
    try {
      const card = resultCard(closed, result);
      await postInSession(deps, closed, canFollowUp ? card : withoutRefresh(card));
      await deps.port.updateRoot(closed.place, await rootCard(deps, closed));
    } catch (err) {
      if (!(err instanceof TeamUnreachableError)) throw err;
    }
  });
  return reply('result', canFollowUp ? resultSavedCard(closed) : noticeCard(t(l, 'result.savedTitle'), [t(l, chatWording(closed.place, 'result.savedBody'))]));
}

/**
 * `result.view`: the result card as Teams shows it to one person. The session's facilitators get
 * "Følg op om 4 / 8 / 12 uger"; anyone else, whatever the request says, the card as posted.
 */
export async function viewResult(deps: DialogDeps, lang: Language, actor: Actor, where: Where, data: Record<string, unknown>): Promise<PrivateReply> {
  const found = await findSession(deps, lang, where, data.sessionId, undefined, 'allow');
  if (isReply(found)) return found;
  const { session } = found;
  const result = session.state === 'closed' ? await deps.sessions.doc<AgreedResult>(session.id, 'result') : undefined;
  if (!result) return refusal(session.settings.language, 'noResult', 'followUp.noResult');
  // A session of an older version is refused a follow-up (find-session.ts), so no button offers one.
  const steers = isFacilitator(session, actor.id) && ofCurrentVersion(session);
  return reply(steers ? 'facilitatorView' : 'sharedView', resultCard(session, result, steers ? 'facilitator' : 'shared'));
}

function withoutRefresh(card: AdaptiveCard): AdaptiveCard {
  const { refresh: _refresh, ...rest } = card;
  return rest as AdaptiveCard;
}
