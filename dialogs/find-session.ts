import { liveExercise } from '../domain/catalogue';
import type { Language } from '../domain/exercise';
import { checkinTemplate } from '../domain/checkins/templates';
import { isCurrentVersion, isFacilitator, SESSION_SCHEMA, type Session } from '../domain/session';
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
    return refusal(stored.session.settings.language, 'otherConversation', chatWording(where, 'error.otherConversation'));
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
 * A group or meeting chat has no threads: there it is the open session `actor` steers, or a list
 * when she steers more than one, so a command never acts on a colleague's or the wrong one.
 */
export async function sessionOfThread(deps: DialogDeps, where: Where, actor: Actor, options: { openOnly?: boolean; rounds?: boolean } = {}): Promise<Session | Session[] | undefined> {
  if (where.kind === 'chat') return sessionHere(deps, where.conversationId, actor, options);
  const [channel, root] = where.conversationId.split(';messageid=');
  if (!root) return undefined;
  return (await (options.openOnly ? deps.sessions.openInChannel(channel) : deps.sessions.inChannel(channel))).find((s) => s.place.rootActivityId === root);
}

/**
 * In a chat, newest first: the open sessions `actor` steers (all of them when more than one), else
 * her newest of any state (so "luk" on a closed one says so), else anyone's newest, whose
 * refusal names who can. With `rounds`, only check-in rounds count.
 */
async function sessionHere(deps: DialogDeps, chat: string, actor: Actor, { openOnly = false, rounds = false }): Promise<Session | Session[] | undefined> {
  const posted = (list: Session[]) => list.filter((s) => s.place.threadId && (!rounds || s.round)).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const hers = (list: Session[]) => list.filter((s) => isFacilitator(s, actor.id));
  // One read of the chat's sessions; the open ones are a filter of it (openInChannel is too).
  const any = posted(await deps.sessions.inChannel(chat));
  const open = any.filter((s) => s.state === 'open');
  const steered = hers(open);
  if (steered.length > 1) return steered;
  if (steered.length === 1 || openOnly) return steered[0] ?? open[0];
  return hers(any)[0] ?? open[0] ?? any[0];
}

export function isReply<S extends StoredSession>(x: S | PrivateReply): x is PrivateReply {
  return 'card' in x;
}
