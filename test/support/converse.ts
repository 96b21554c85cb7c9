import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { AdaptiveCard } from '../../cards/render';
import { startDeadlineWatcher } from '../../dialogs/deadline-watcher';
import { startScheduler } from '../../dialogs/scheduler';
import { checkAfterNow } from '../../dialogs/every';
import { answerCommand, routeFor } from '../../dialogs/routes';
import type { DialogDeps } from '../../dialogs/deps';
import type { PrivateReply } from '../../dialogs/reply';
import type { Actor, TeamsPort, Where } from '../../dialogs/teams-port';
import type { SessionPlace } from '../../domain/session';
import { azuriteDeps, freshTable } from './dialog-deps';
import { tempVault } from './temp-vault';
import { cardText } from './playground-client';

/** The channel a conversation happens in, and the thread its exercise gets: the first one the bot starts there. */
const CHANNEL = 'channel-x';
const threadOf = (n: number) => ({ threadId: `${CHANNEL};messageid=${n}`, rootActivityId: `${n}` });
const THREAD = threadOf(1).threadId;
/** A group or meeting chat: its own channel and team, without threads; its exercise card is message 'card-1'. */
export const CHAT = '19:meeting_ledelse@thread.v2';
export const CHAT_CARD = 'card-1';

/** Where a conversation happens: a team's channel (the default) or a group chat of `members` people. */
export interface ConverseOptions {
  place?: 'channel' | 'chat';
  /** What Teams says the conversation's member count is; 6 unless given. */
  members?: number;
  /** Ports that fail or refuse instead of the recording one (e.g. a 403 on the exercise's post). */
  port?: Partial<TeamsPort>;
  /** Wraps the port as the bot does, e.g. with installedOnly(). */
  wrap?: (port: TeamsPort, deps: DialogDeps) => TeamsPort;
  /** The bot's clock, for a test that moves time on instead of waiting; the real clock unless given. */
  now?: () => Date;
  /** The zone Teams says the people are in (its clientInfo), e.g. 'UTC'; none unless given. */
  timezone?: string;
}

/** The bot's answer to this person's click or message: a click's answer only they see; a message command's is posted where it was written. */
export class Answered {
  constructor(readonly reply: PrivateReply) {}

  get text(): string {
    return cardText(this.reply.card);
  }

  /** Asserts the answer says `pattern`, and returns it for the next step. */
  expectPrivate(pattern: RegExp): this {
    assert.match(this.text, pattern, `${this.reply.outcome}:\n${this.text}`);
    return this;
  }
}

/** What everyone in the thread sees: the cards posted in it, and the shared root card as it is now. */
export class Thread {
  readonly posts: AdaptiveCard[] = [];
  /** Each post's replyToId, in the order of `posts` (set in a chat, where a post answers the card). */
  readonly replyTo: (string | undefined)[] = [];
  /** Where each post was replied, in the order of `posts`: the thread (threadId) of its session. */
  readonly postedIn: SessionPlace[] = [];
  /** The newest root card: the newest thread's (an exercise's or a round's) as it is now. */
  root: AdaptiveCard | undefined;
  /**
   * Every thread the bot started, in order: where it asked to post it and the thread Teams gave
   * it (in a channel, each its own; in a chat, the chat). The first is the exercise's.
   */
  readonly threadsStarted: { place: Omit<SessionPlace, 'threadId' | 'rootActivityId'>; threadId: string }[] = [];
  /** What the bot sent people in their personal chat, not in the thread. */
  readonly privately: { userId: string; card: AdaptiveCard }[] = [];

  /** Asserts some post in the thread says `pattern`. */
  expect(pattern: RegExp): this {
    const texts = this.posts.map((p) => cardText(p));
    assert.ok(
      texts.some((t) => pattern.test(t)),
      `no post says ${pattern}:\n${texts.join('\n---\n')}`,
    );
    return this;
  }

  /**
   * Asserts some post from the `since`-th on says `pattern`, and returns the first such post's text.
   *
   * @example assert.match(talk.thread.text(/Opsamling/), /6 personer har svaret/)
   */
  text(pattern: RegExp, since = 0): string {
    const texts = this.posts.slice(since).map((p) => cardText(p));
    const found = texts.find((t) => pattern.test(t));
    assert.ok(found !== undefined, `no post says ${pattern}:\n${texts.join('\n---\n')}`);
    return found;
  }

  /** Asserts exactly `n` posts say `pattern` (a summary posted once, not twice). */
  expectCount(pattern: RegExp, n: number): this {
    assert.equal(this.posts.filter((p) => pattern.test(cardText(p))).length, n, `posts saying ${pattern}`);
    return this;
  }

  /** Asserts the shared card says `pattern`. */
  expectRoot(pattern: RegExp): this {
    assert.match(this.root ? cardText(this.root) : '', pattern);
    return this;
  }
}

/**
 * A dialog test that reads as a conversation, in process, on real Azurite: people
 * click card verbs and write message commands through the bot's own routing table, and a port that records what Teams would
 * show stands in for Teams. Work the bot does after answering (`later`) is awaited after each
 * click, so what a click posts is in the thread when the next line reads it.
 *
 * @example
 * const talk = await converse(azurite.connectionString());
 * const mette = talk.as(METTE);
 * (await mette.click('session.create', { exerciseId: 'hvem-definerer', k: '3', … })).expectPrivate(/startet/);
 * (await talk.as(LARS).click('session.answer', { sessionId: talk.sessionId(), formal: '…' })).expectPrivate(/gemt/);
 * talk.thread.expectRoot(/Færre end 3/);
 */
export async function converse(connectionString: string, prefix = 'talk', options: ConverseOptions = {}): Promise<Conversation> {
  const thread = new Thread();
  // A table, key and vault of its own, kept so that restart() can build a second bot on them.
  const table = await freshTable(connectionString, prefix);
  const storage = { key: randomBytes(32), vault: tempVault() };
  const deps = await azuriteDeps(connectionString, table, storage);
  const chat = options.place === 'chat';
  const recording: TeamsPort = {
    startThread: async (place, card) => {
      thread.root = card;
      const started = chat ? { threadId: CHAT, rootActivityId: CHAT_CARD } : threadOf(thread.threadsStarted.length + 1);
      thread.threadsStarted.push({ place, threadId: started.threadId });
      return started;
    },
    reply: async (place, card, replyToId) => {
      thread.posts.push(card);
      thread.replyTo.push(replyToId);
      thread.postedIn.push(place);
    },
    updateRoot: async (_place, card) => void (thread.root = card),
    memberNames: async () => [],
    memberCount: async () => options.members ?? 6,
    tellPrivately: async (_place, userId, card) => void thread.privately.push({ userId, card }),
  };
  const port = { ...recording, ...options.port };
  const wire = (fresh: DialogDeps, pending: Promise<void>[]): DialogDeps => {
    const base = { ...fresh, ...(options.now ? { now: options.now } : {}), later: (_what: string, work: () => Promise<void>) => void pending.push(work()) };
    return { ...base, port: options.wrap ? options.wrap(port, base) : port };
  };
  const start = async (fresh: DialogDeps): Promise<Conversation> => {
    const pending: Promise<void>[] = [];
    const restart = async () => start(await azuriteDeps(connectionString, table, storage));
    return new Conversation(wire(fresh, pending), thread, pending, { channel: chat ? CHAT : CHANNEL, timezone: options.timezone, restart });
  };
  return start(deps);
}

export class Conversation {
  constructor(
    readonly deps: DialogDeps,
    readonly thread: Thread,
    private readonly pending: Promise<void>[],
    private readonly place: { channel: string; timezone?: string; restart?: () => Promise<Conversation> } = { channel: CHANNEL },
  ) {}

  /** The channel, or the group chat, that everything happens in. */
  get channel(): string {
    return this.place.channel;
  }

  /**
   * The bot stopped and started again: new stores, with nothing in memory, on the same table, key
   * and vault, and the same Teams (the thread keeps what was posted). Only what is stored survives.
   *
   * @example const after = await talk.restart(); await startDeadlineWatcher(after.deps, 3_600_000).tick();
   */
  async restart(): Promise<Conversation> {
    assert.ok(this.place.restart, 'this conversation cannot be restarted');
    await this.settle();
    return this.place.restart();
  }

  /** Where a click or a message comes from: the exercise's thread (the first) or the channel; in a chat, the chat itself (it has no threads). */
  private whereOf(inThread: boolean): Where {
    const common = { activityId: `act-${Math.random()}`, serviceUrl: 'http://x', tenantId: 't', ...(this.place.timezone ? { timezone: this.place.timezone } : {}) };
    if (this.channel !== CHANNEL) return { ...common, conversationId: this.channel, teamsChannelId: this.channel, teamId: this.channel, kind: 'chat' };
    return { ...common, conversationId: inThread ? THREAD : CHANNEL, teamsChannelId: CHANNEL, teamId: 'team-x' };
  }

  /** One person in the channel. */
  as(actor: Actor) {
    return {
      /** Clicks a card verb with `data`, as Action.Execute sends it; the bot's answer comes back. */
      click: async (verb: string, data: Record<string, unknown> = {}): Promise<Answered> => {
        const route = routeFor(verb);
        assert.ok(route, `no route for ${verb}`);
        const where = this.whereOf(verb !== 'session.create' && verb !== 'catalogue.setup');
        const reply = await route(this.deps, { lang: 'da', actor, where, data: { verb, ...data } });
        await this.settle();
        return new Answered(reply);
      },
      /** Writes `text` to the bot after the mention, as a message command: in the exercise's thread unless `inChannel`. */
      say: async (text: string, mentioned: Actor[] = [], { inChannel = false } = {}): Promise<Answered> => {
        const where = this.whereOf(!inChannel);
        const reply = await answerCommand(this.deps, text, { lang: 'da', actor, where, mentioned });
        await this.settle();
        return new Answered(reply);
      },
    };
  }

  /**
   * The bot's next look, as its checkAgain() (bot/app.ts): the deadline watcher, then the
   * scheduler, each ticked twice, then what they left for later. The jobs are new ones, started
   * here, so their first run begins now and the second is one more whole check; the scheduler's
   * memory of reminders sent in this process is not kept between looks.
   *
   * @example clock = new Date(deadline + 1_000); await talk.look(); talk.thread.expect(/Opsamling/);
   */
  async look(): Promise<void> {
    const jobs = [startDeadlineWatcher(this.deps, 3_600_000), startScheduler(this.deps, 3_600_000)];
    try {
      await checkAfterNow(jobs);
    } finally {
      await Promise.all(jobs.map((job) => job.stop()));
    }
    await this.settle();
  }

  /** Runs what the bot left for after its answers, and what that left in turn. */
  async settle(): Promise<void> {
    while (this.pending.length > 0) await Promise.all(this.pending.splice(0));
  }

  /** The id of the conversation's exercise (the newest in the channel). */
  async sessionId(): Promise<string> {
    const [newest] = (await this.deps.sessions.inChannel(this.channel)).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
    assert.ok(newest, 'no exercise started in this conversation');
    return newest.id;
  }
}
