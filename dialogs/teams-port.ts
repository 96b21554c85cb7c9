import type { AdaptiveCard } from '../cards/render';
import type { SessionPlace } from '../domain/session';

/**
 * What a dialog may ask of Teams. bot/ implements it with botbuilder; dialogs never import it.
 */
export interface TeamsPort {
  /** Posts `card` as a new thread in the channel (in a chat: a new message) and returns where it went. */
  startThread(place: Omit<SessionPlace, 'threadId' | 'rootActivityId'>, card: AdaptiveCard): Promise<{ threadId: string; rootActivityId?: string }>;
  /** Posts `card` as a reply in the session's thread; in a chat, a new message that answers `replyToId`. */
  reply(place: SessionPlace, card: AdaptiveCard, replyToId?: string): Promise<void>;
  /** Replaces a card in the session's thread for everyone: its root card, or the reply `messageId`. */
  updateRoot(place: SessionPlace, card: AdaptiveCard, messageId?: string): Promise<void>;
  /** The given names and surnames of the team's members, to mask in answers. Never store or log them. */
  memberNames(place: SessionPlace): Promise<string[]>;
  /**
   * How many members the conversation has (a channel: the channel's members), read page by page.
   * Throws when Teams cannot tell; only the number is kept, never who.
   */
  memberCount(place: Pick<Where, 'conversationId' | 'serviceUrl' | 'tenantId' | 'teamId' | 'kind'>, enough?: number): Promise<number>;
  /** Sends `card` to one person in personal chat (e.g. a schedule's owner), where the app is installed for them. */
  tellPrivately(place: Pick<SessionPlace, 'serviceUrl' | 'tenantId'>, userId: string, card: AdaptiveCard): Promise<void>;
}

/** Teams will not take posts for this team: the app was uninstalled or blocked (403). */
export class TeamUnreachableError extends Error {
  readonly reason = 'unreachable';
}

/** Teams itself answered a post with 403 (the app removed or messages blocked); installed-only.ts remembers it. */
export class TeamRefusedError extends TeamUnreachableError {}

/** Who clicked or wrote, and where. Only the facilitator's id is ever stored. */
export interface Actor {
  id: string;
  name: string;
}

export interface Where {
  conversationId: string;
  activityId: string;
  /** For a card action: the message whose card was clicked (the invoke's replyToId). */
  cardId?: string;
  serviceUrl: string;
  tenantId: string;
  /** In a group or meeting chat: the chat's id (a chat is its own channel and team). */
  teamsChannelId?: string;
  teamId?: string;
  /** 'chat' in a group or meeting chat, which has no threads (SessionPlace.kind). */
  kind?: 'chat';
  timezone?: string;
}
