import { CardFactory, MessageFactory, TeamsInfo, type CloudAdapter, type TurnContext, type ConversationParameters, type ConversationReference } from 'botbuilder';
import type { AdaptiveCard } from '../cards/render';
import type { SessionPlace } from '../domain/session';
import { TeamRefusedError, type TeamsPort, type Where } from '../dialogs/teams-port';
import type { SendKey, SendQueue } from './send-queue';
import { namesOfMember } from './member-names';
import { statusCodeOf } from '../storage/storage-errors';
import type { Logger } from '../config/log';

/** Members per page (Teams allows 50–500), and a bound on the pages, so a huge org cannot hold up a close. */
const MEMBER_PAGE = 500;
const MAX_MEMBER_PAGES = 20;

/**
 * Proactive sends through CloudAdapter: new threads, replies in a thread, root card updates. Every
 * send goes through the one SendQueue, which keeps all of them within Teams' rate limits. Whether
 * the team still has the app is dialogs/installed-only.ts's question, not this one's.
 */
export class BotTeamsPort implements TeamsPort {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly audience: string | undefined,
    private readonly queue: SendQueue,
    private readonly log?: Logger,
  ) {}

  async startThread(place: Omit<SessionPlace, 'threadId' | 'rootActivityId'>, card: AdaptiveCard): Promise<{ threadId: string; rootActivityId?: string }> {
    if (place.kind === 'chat') return this.startInChat(place, card);
    let posted: { threadId: string; rootActivityId: string } | undefined;
    const params = {
      isGroup: true,
      channelData: { channel: { id: place.teamsChannelId } },
      activity: MessageFactory.attachment(CardFactory.adaptiveCard(card)),
      tenantId: place.tenantId,
    } as unknown as ConversationParameters;
    // A new thread counts against its channel's limits.
    await this.guard({ thread: place.teamsChannelId, tenant: place.tenantId }, () =>
      this.adapter.createConversationAsync(this.appId, 'msteams', place.serviceUrl, this.audience ?? '', params, async (ctx) => {
        const threadId = ctx.activity.conversation.id;
        const rootActivityId = threadId.split(';messageid=')[1] ?? '';
        posted = { threadId, rootActivityId };
      }),
    );
    if (!posted?.rootActivityId) throw new Error('BotTeamsPort.startThread(): Teams did not return a thread id (expected "<channel>;messageid=<root>").');
    return posted;
  }

  /**
   * A group or meeting chat has no threads: the card is a message in the chat, and the chat is its
   * "thread". Should Teams post it without saying its id, it is posted all the same: throwing would
   * leave the session claimed, and a redelivery after the stale claim would post it twice. Later
   * posts still go to the chat; only updating the card in place is not possible (updateRoot).
   */
  private async startInChat(place: Omit<SessionPlace, 'threadId' | 'rootActivityId'>, card: AdaptiveCard): Promise<{ threadId: string; rootActivityId?: string }> {
    const threadId = place.teamsChannelId;
    let rootActivityId: string | undefined;
    await this.inThread({ ...place, threadId }, async (ctx) => {
      rootActivityId = (await ctx.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card))))?.id || undefined;
    });
    if (!rootActivityId) this.log?.warn('Teams posted the card in a chat without returning its id; it cannot be updated in place');
    return rootActivityId ? { threadId, rootActivityId } : { threadId };
  }

  async reply(place: SessionPlace, card: AdaptiveCard, replyToId?: string): Promise<void> {
    await this.inThread(place, async (ctx) => {
      // In a chat, the new message answers the exercise's card, where the client shows it. Set as
      // it goes out: botbuilder would otherwise put its own continuation id there.
      if (replyToId)
        ctx.onSendActivities(async (_ctx, activities, next) => {
          for (const activity of activities) activity.replyToId = replyToId;
          return next();
        });
      await ctx.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    });
  }

  async updateRoot(place: SessionPlace, card: AdaptiveCard, messageId = place.rootActivityId): Promise<void> {
    if (!messageId) {
      // Posted without an id (startInChat): the card stays as first posted. No ids in the line.
      this.log?.debug('no card id to update in place; the card stays as posted');
      return;
    }
    await this.inThread(place, async (ctx) => {
      await ctx.updateActivity({ type: 'message', id: messageId, attachments: [CardFactory.adaptiveCard(card)] });
    });
  }

  async tellPrivately(place: Pick<SessionPlace, 'serviceUrl' | 'tenantId'>, userId: string, card: AdaptiveCard): Promise<void> {
    const params = {
      isGroup: false,
      members: [{ id: userId, name: '' }],
      tenantId: place.tenantId,
      activity: MessageFactory.attachment(CardFactory.adaptiveCard(card)),
    } as unknown as ConversationParameters;
    await this.queue.send({ thread: `personal:${userId}`, tenant: place.tenantId }, () =>
      this.adapter.createConversationAsync(this.appId, 'msteams', place.serviceUrl, this.audience ?? '', params, async () => undefined),
    );
  }

  /** Names only, read page by page through the thread; the caller keeps them in memory for one summary. */
  async memberNames(place: SessionPlace): Promise<string[]> {
    const names: string[] = [];
    await this.inThread(place, async (ctx) => {
      let token: string | undefined;
      for (let page = 0; page < MAX_MEMBER_PAGES; page++) {
        const result = await TeamsInfo.getPagedTeamMembers(ctx, place.teamId ?? place.teamsChannelId, MEMBER_PAGE, token);
        for (const member of result.members ?? []) names.push(...namesOfMember(member));
        token = result.continuationToken;
        if (!token) break;
      }
    });
    return names;
  }

  /** Counts the conversation's members page by page (TeamsInfo.getPagedMembers); names are not kept. */
  async memberCount(place: Pick<Where, 'conversationId' | 'serviceUrl' | 'tenantId' | 'teamId' | 'kind'>, enough = Infinity): Promise<number> {
    const reference = this.channelReference(place.serviceUrl, place.conversationId, place.tenantId, place.kind);
    let count = 0;
    let failed: { err: unknown } | undefined;
    // As in inThread: CloudAdapter would swallow an error thrown inside the callback.
    await this.adapter.continueConversationAsync(this.appId, reference, async (ctx) => {
      try {
        let token: string | undefined;
        for (let page = 0; page < MAX_MEMBER_PAGES; page++) {
          const result = await TeamsInfo.getPagedMembers(ctx, MEMBER_PAGE, token);
          count += result.members?.length ?? 0;
          token = result.continuationToken;
          // "At least this many" answers every question the caller has: no need to page on.
          if (!token || count >= enough) break;
        }
      } catch (err) {
        failed = { err };
      }
    });
    if (failed) throw failed.err;
    return count;
  }

  private async inThread(place: SessionPlace, work: (ctx: TurnContext) => Promise<void>): Promise<void> {
    if (!place.threadId) throw new Error('BotTeamsPort: the session has no thread yet; it must be posted before anything is sent to it.');
    const reference = this.channelReference(place.serviceUrl, place.threadId, place.tenantId, place.kind);
    await this.guard({ thread: place.threadId, tenant: place.tenantId }, async () => {
      // CloudAdapter hands errors inside the callback to onTurnError, which logs and swallows them:
      // a 403 or a failed post would look like success. Carry the error out ourselves.
      let failed: { err: unknown } | undefined;
      await this.adapter.continueConversationAsync(this.appId, reference, async (ctx) => {
        try {
          await work(ctx);
        } catch (err) {
          failed = { err };
        }
      });
      if (failed) throw failed.err;
    });
  }

  /** Where a proactive send goes: a channel conversation (a thread, or the channel itself), or a group chat, as the bot. */
  private channelReference(serviceUrl: string, conversationId: string, tenantId: string, kind?: 'chat'): Partial<ConversationReference> {
    return {
      channelId: 'msteams',
      serviceUrl,
      bot: { id: this.appId, name: 'Kernedialog' },
      conversation: { id: conversationId, isGroup: true, conversationType: kind === 'chat' ? 'groupChat' : 'channel', tenantId, name: '' },
    };
  }

  /** A 403 means the app was removed or blocked: said as TeamRefusedError, for installed-only.ts. */
  private async guard<T>(key: SendKey, send: () => Promise<T>): Promise<T> {
    try {
      return await this.queue.send(key, send);
    } catch (err) {
      if (statusCodeOf(err) === 403) throw new TeamRefusedError('Teams answered 403 (app removed or messages blocked).', { cause: err });
      throw err;
    }
  }
}
