import { noticeCard } from '../cards/notice-card';
import { executeAction } from '../cards/execute-action';
import { t } from '../cards/i18n';
import type { Session } from '../domain/session';
import type { AdaptiveCard } from '../cards/render';
import type { Language } from '../domain/exercise';
import { requestCancel } from './cancel-session';
import { askClose } from './close-session';
import type { DialogDeps } from './deps';
import { refusal, reply, type PrivateReply } from './reply';
import { sessionOfThread } from './find-session';
import type { Actor, Where } from './teams-port';
import { chatWording } from '../cards/chat-naming';
import { whichSessionCard } from '../cards/which-session-card';

/**
 * "@Kernedialog luk" / "afslut" in an exercise's thread: the same as the card's "Afslut …" for
 * its facilitators; anyone else gets the polite refusal. Outside a session's thread: a hint.
 */
export async function closeFromThread(deps: DialogDeps, lang: Language, actor: Actor, where: Where): Promise<PrivateReply> {
  // Any state: a closed or closing exercise is answered as such, not with "write it in a thread".
  const session = await sessionOfThread(deps, where, actor);
  if (!session) return refusal(lang, 'notInThread', chatWording(where, 'error.notInSessionThread'));
  if (Array.isArray(session)) return reply('whichSession', whichSessionCard(lang, session, 'session.closeAsk'));
  const asked = await askClose(deps, lang, actor, where, { sessionId: session.id, back: 'note' });
  // The result form would be posted for everyone to see: a button that opens it for her alone.
  return asked.outcome === 'resultForm' ? reply('resultButton', resultButton(session)) : asked;
}

function resultButton(session: Session): AdaptiveCard {
  const l = session.settings.language;
  const card = noticeCard(t(l, 'phase.result.title'), [t(l, 'controls.resultHint'), t(l, 'controls.whoAnswers')]);
  return { ...card, actions: [executeAction(t(l, 'phase.result.advance'), 'session.close', { sessionId: session.id }, 'positive')] };
}

/** "@Kernedialog aflys" in an exercise's thread: the cancel confirmation, for its facilitators only. */
export async function cancelFromThread(deps: DialogDeps, lang: Language, actor: Actor, where: Where): Promise<PrivateReply> {
  const session = await sessionOfThread(deps, where, actor);
  if (!session) return refusal(lang, 'notInThread', chatWording(where, 'error.notInSessionThread'));
  if (Array.isArray(session)) return reply('whichSession', whichSessionCard(lang, session, 'session.cancel'));
  return requestCancel(deps, lang, actor, where, { sessionId: session.id, back: 'note' });
}
