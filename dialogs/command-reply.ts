import { t } from '../cards/i18n';
import { noticeCard } from '../cards/notice-card';
import { steererIds, withRefresh } from '../cards/facilitator-controls';
import type { DialogDeps } from './deps';
import type { PrivateReply } from './reply';
import type { Where } from './teams-port';
import { chatWording } from '../cards/chat-naming';

/** What a facilitator chose on a confirmation, by the outcome of her click. */
const SETTLED: Readonly<Record<string, string>> = { closing: 'settled.closed', cancelled: 'settled.cancelled', carryOn: 'settled.carryOn' };

/**
 * A confirmation asked by `@Kernedialog luk` or `aflys` is a reply in the thread that everyone
 * sees. Once a facilitator has answered it, it is replaced for everyone by what she chose, so no
 * button stays behind that would only refuse a colleague (docs/security.md, who sees the buttons).
 * The thread's own card is never touched here; a refusal changes nothing.
 */
export function settleCommandReply(deps: DialogDeps, where: Where, data: Record<string, unknown>, answer: PrivateReply): PrivateReply {
  const key = Object.hasOwn(SETTLED, answer.outcome) ? SETTLED[answer.outcome] : undefined;
  if (data.view !== 'note' || !where.cardId || !key || typeof data.sessionId !== 'string') return answer;
  const cardId = where.cardId;
  const sessionId = data.sessionId;
  deps.later('settle command reply', async () => {
    const stored = await deps.sessions.get(sessionId);
    if (!stored || cardId === stored.session.place.rootActivityId) return;
    const lang = stored.session.settings.language;
    // A check-in round has no phases: "lukket runden", as the round's own close question says.
    const said = key === 'settled.closed' && stored.session.round ? 'settled.closedRound' : key;
    const settled = noticeCard(t(lang, 'settled.title'), [t(lang, chatWording(stored.session.place, said))]);
    // "Nej, fortsæt": the exercise goes on, so its facilitators keep their buttons here in their own view.
    const card = answer.outcome === 'carryOn' ? withRefresh(settled, 'session.view', { sessionId, view: 'note' }, steererIds(stored.session)) : settled;
    await deps.port.updateRoot(stored.session.place, card, cardId);
  });
  return answer;
}
