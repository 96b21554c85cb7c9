import { errorCard } from '../cards/notice-card';
import type { AdaptiveCard } from '../cards/render';
import type { Language } from '../domain/exercise';
import { requestCancel } from './cancel-session';
import { askClose } from './close-session';
import type { DialogDeps } from './deps';
import { sessionOfThread } from './find-session';
import type { Actor, Where } from './teams-port';

/**
 * "@Kernedialog luk" / "afslut" in an exercise's thread: the same as the card's "Afslut …" for
 * its facilitators; anyone else gets the polite refusal. Outside a session's thread: a hint.
 */
export async function closeFromThread(deps: DialogDeps, lang: Language, actor: Actor, where: Where): Promise<AdaptiveCard> {
  const session = await sessionOfThread(deps, where, true);
  if (!session) return errorCard(lang, 'error.notInSessionThread');
  return (await askClose(deps, lang, actor, where, { sessionId: session.id, back: 'note' })).card;
}

/** "@Kernedialog aflys" in an exercise's thread: the cancel confirmation, for its facilitators only. */
export async function cancelFromThread(deps: DialogDeps, lang: Language, actor: Actor, where: Where): Promise<AdaptiveCard> {
  const session = await sessionOfThread(deps, where, true);
  if (!session) return errorCard(lang, 'error.notInSessionThread');
  return (await requestCancel(deps, lang, actor, where, { sessionId: session.id, back: 'note' })).card;
}
