import { liveExercise } from '../domain/catalogue';
import type { Language } from '../domain/exercise';
import { checkinTemplate } from '../domain/checkins/templates';
import { isCurrentVersion, SESSION_SCHEMA, type Session } from '../domain/session';
import type { StoredSession } from '../storage/session-store';
import type { DialogDeps } from './deps';
import { onlySteerers } from './who-steers';
import { refusal, type PrivateReply } from './reply';
import type { Actor, Where } from './teams-port';
import { chatWording } from '../cards/chat-naming';

const SESSION_ID = /^[a-f0-9]{24}$/;

/**
 * The session a card action names, if it exists and belongs to the channel the click came from.
 * A forged or copied card gets a clear error and changes nothing. `read` is how the session is
 * read (the answer path reads it with its secret, see answer-session.ts).
 *
 * A session started under an older version of its exercise takes no more answers: its cards no
 * longer match what the code reads. With `older: 'allow'` it is still found, so that its
 * facilitators can end or cancel it and its secret and participation rows do not outlive the
 * deploy (docs/anonymity.md, rule 2).
 */
export async function findSession<S extends StoredSession>(
  deps: DialogDeps,
  lang: Language,
  where: Where,
  sessionId: unknown,
  read: (id: string) => Promise<S | undefined> = (id) => deps.sessions.get(id) as Promise<S | undefined>,
  older: 'refuse' | 'allow' = 'refuse',
): Promise<S | PrivateReply> {
  if (typeof sessionId !== 'string' || !SESSION_ID.test(sessionId)) return refusal(lang, 'badPayload', 'error.badPayload');
  const stored = await read(sessionId);
  if (!stored) return refusal(lang, 'unknownSession', 'error.unknownSession');
  const olderAllowed = older === 'allow' && exerciseOf(stored.session) !== undefined && stored.session.schema === SESSION_SCHEMA;
  if (!ofCurrentVersion(stored.session) && !olderAllowed) {
    deps.log.warn('a card action named a session of an older version', { session: sessionId });
    return refusal(lang, 'versionChanged', 'error.versionChanged');
  }
  if (!comesFrom(where, stored.session.place)) {
    return refusal(stored.session.settings.language, 'otherConversation', 'error.otherConversation');
  }
  return stored;
}

/**
 * The session, if the clicker may steer it (facilitator or co-facilitator) and it is not closed yet.
 * A session of an older exercise version is found too: its facilitators may still end or cancel it.
 */
export async function findForFacilitator(deps: DialogDeps, lang: Language, actor: Actor, where: Where, sessionId: unknown): Promise<StoredSession | PrivateReply> {
  const found = await findSession(deps, lang, where, sessionId, undefined, 'allow');
  if (isReply(found)) return found;
  const { session } = found;
  const l = session.settings.language;
  const notFacilitator = onlySteerers({ session }, actor);
  if (notFacilitator) return notFacilitator;
  if (session.state === 'closed') return refusal(l, 'alreadyClosed', chatWording(session.place, 'error.alreadyClosed'));
  return found;
}

/** Whether `session` was started under the version of its exercise or check-in template that runs now. */
export function ofCurrentVersion(session: Session): boolean {
  return isCurrentVersion(session, exerciseOf(session)?.version);
}

function exerciseOf(session: Session) {
  return session.round ? checkinTemplate(session.exerciseId) : liveExercise(session.exerciseId);
}

/** Whether a click comes from the channel and tenant of `place`: a card copied elsewhere changes nothing. */
export function comesFrom(where: Where, place: { teamsChannelId: string; tenantId: string }): boolean {
  const channel = where.teamsChannelId ?? where.conversationId.split(';')[0];
  return channel === place.teamsChannelId && where.tenantId === place.tenantId;
}

/**
 * The session whose thread a message was written in, if any; with `openOnly`, only an open one.
 * A group or meeting chat has no threads: there it is the chat's open exercise (the newest, should
 * there be more), or without one open the newest of any, so "luk" on a closed one says so.
 */
export async function sessionOfThread(deps: DialogDeps, where: Where, openOnly = false): Promise<Session | undefined> {
  if (where.kind === 'chat') return sessionHere(deps, where.conversationId, openOnly);
  const [channel, root] = where.conversationId.split(';messageid=');
  if (!root) return undefined;
  return (await (openOnly ? deps.sessions.openInChannel(channel) : deps.sessions.inChannel(channel))).find((s) => s.place.rootActivityId === root);
}

/** The chat's newest open session; unless `openOnly`, the newest of any when none is open. */
async function sessionHere(deps: DialogDeps, chat: string, openOnly: boolean): Promise<Session | undefined> {
  const newest = (list: Session[]) => list.filter((s) => s.place.threadId).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0];
  return newest(await deps.sessions.openInChannel(chat)) ?? (openOnly ? undefined : newest(await deps.sessions.inChannel(chat)));
}

export function isReply<S extends StoredSession>(x: S | PrivateReply): x is PrivateReply {
  return 'card' in x;
}
