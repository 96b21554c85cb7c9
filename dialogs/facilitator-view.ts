import { withControls } from '../cards/facilitator-controls';
import { executeAction } from '../cards/execute-action';
import { t } from '../cards/i18n';
import { definitionOf } from '../cards/session-card';
import type { Language } from '../domain/exercise';
import { isFacilitator, type Session } from '../domain/session';
import { noticeCard } from '../cards/notice-card';
import { roundWording } from '../cards/round-wording';
import type { AdaptiveCard } from '../cards/render';
import type { DialogDeps } from './deps';
import { comesFrom, findSession, isReply } from './find-session';
import { rootCard } from './close-session';
import { reply, type PrivateReply } from './reply';
import type { Actor, Where } from './teams-port';
import { chatWording } from '../cards/chat-naming';

/**
 * `session.view`: the card Teams shows one person when it refreshes the shared card for them
 * (the facilitators' per-user view), and where "Nej, fortsæt" leads. Facilitators of an open
 * session get their buttons; anyone else, whatever the request says, the shared card.
 */
export async function viewSession(deps: DialogDeps, lang: Language, actor: Actor, where: Where, data: Record<string, unknown>): Promise<PrivateReply> {
  // A session of an older exercise version still shows its facilitators their buttons, so they can end it.
  const found = await findSession(deps, lang, where, data.sessionId, undefined, 'allow');
  if (isReply(found)) return found;
  const { session } = found;
  const steers = session.state === 'open' && isFacilitator(session, actor.id);
  if (steers && data.view === 'note')
    return reply(
      'carryOn',
      withButtons(session, noticeCard(t(session.settings.language, roundWording(session, 'controls.carryOnTitle')), [t(session.settings.language, chatWording(session.place, 'controls.carryOn'))])),
    );
  return reply(steers ? 'facilitatorView' : 'sharedView', await rootCard(deps, session, steers ? 'facilitator' : 'shared'));
}

/** `card` with the buttons of the one who steers `session`, and one to see the whole card again. */
function withButtons(session: Session, card: AdaptiveCard): AdaptiveCard {
  const show = executeAction(t(session.settings.language, 'controls.show'), 'session.view', { sessionId: session.id });
  return withControls(card, session, definitionOf(session), 'end', [show]);
}

/**
 * What a click answers replaces the card for the clicker alone: when she steers the session, it
 * keeps her buttons, so answering, a refused second answer or a form error never leaves her
 * without "Afslut …" and "Aflys …". The session is the one the step itself read (no extra read
 * on the answer path); a step that found none has no buttons to keep.
 */
export function keepControls(actor: Actor, where: Where, answer: PrivateReply): PrivateReply {
  const { session } = answer;
  if (!session || session.state !== 'open' || !isFacilitator(session, actor.id) || !comesFrom(where, session.place)) return answer;
  return { ...answer, card: withButtons(session, answer.card) };
}
