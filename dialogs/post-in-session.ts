import { escapeMarkdown } from '../cards/escape';
import { t } from '../cards/i18n';
import { roundWording } from '../cards/round-wording';
import type { AdaptiveCard } from '../cards/render';
import type { Session } from '../domain/session';
import type { DialogDeps } from './deps';

/**
 * Posts `card` where the session's posts go: a reply in its thread, or in a group or meeting chat,
 * which has no threads, a new message that names the exercise it belongs to and answers its card.
 */
export async function postInSession(deps: DialogDeps, session: Session, card: AdaptiveCard): Promise<void> {
  if (session.place.kind !== 'chat') return deps.port.reply(session.place, card);
  return deps.port.reply(session.place, belongingTo(session, card), session.place.rootActivityId);
}

/** The card with a first line that names its exercise (or round), since in a chat other messages come between. */
export function belongingTo(session: Pick<Session, 'settings' | 'round'>, card: AdaptiveCard): AdaptiveCard {
  const l = session.settings.language;
  const line = { type: 'TextBlock', text: t(l, roundWording(session, 'chat.belongsTo'), { title: escapeMarkdown(session.settings.title) }), wrap: true, isSubtle: true, size: 'Small' };
  return { ...card, body: [line, ...((card as { body?: unknown[] }).body ?? [])] } as AdaptiveCard;
}
