import WebSocket from 'ws';

/** One message or update the bot sent, as the Playground's websocket reports it. */
export interface StreamEvent {
  action: string;
  actionConversationId: string;
  message: {
    messageId: string;
    text?: string;
    attachments?: { contentType: string; content: Card }[];
    [key: string]: unknown;
  };
}

export type Card = Record<string, unknown> & { body?: unknown[]; actions?: unknown[] };

export const BOT_ID = '00000000-0000-0000-0000-00000000000011';
export const CHANNEL = 'channel-kerneopgave';

/**
 * Drives the Agents Playground over its HTTP API and listens to what the bot sends on its
 * websocket, the way a Teams client would. Only the Playground's own API is used.
 */
export class PlaygroundClient {
  readonly events: StreamEvent[] = [];
  private ws?: WebSocket;
  private waiters: (() => void)[] = [];

  constructor(readonly baseUrl: string) {}

  async connect(): Promise<void> {
    const ws = new WebSocket(`${this.baseUrl.replace(/^http/, 'ws')}/_ws_conversation/v1/conversations/stream`);
    ws.on('message', (raw) => {
      this.events.push(JSON.parse(raw.toString()) as StreamEvent);
      this.waiters.splice(0).forEach((w) => w());
    });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    this.ws = ws;
  }

  close(): void {
    this.ws?.close();
  }

  /** A channel message that @mentions the bot (the Playground sends it as its current user). */
  async mention(text: string, conversationId = CHANNEL): Promise<{ messageId: string; postConversationId: string }> {
    return this.post(`/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, {
      from: { id: 'user-mette' },
      text: `<at>Kernedialog</at> ${text}`,
      textFormat: 'plain',
      mentions: [{ mentioned: { id: BOT_ID }, text: '<at>Kernedialog</at>' }],
    });
  }

  /** A message that @mentions the bot and the given people, e.g. to add co-facilitators. */
  async mentionWith(text: string, people: { id: string; name: string }[], conversationId: string): Promise<{ messageId: string; postConversationId: string }> {
    const tags = people.map((p) => `<at>${p.name}</at>`).join(' ');
    return this.post(`/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, {
      from: { id: 'user-mette' },
      text: `<at>Kernedialog</at> ${text} ${tags}`,
      textFormat: 'plain',
      mentions: [{ mentioned: { id: BOT_ID }, text: '<at>Kernedialog</at>' }, ...people.map((p) => ({ mentioned: { id: p.id }, text: `<at>${p.name}</at>` }))],
    });
  }

  /** An Action.Execute click by `userId` on the card `replyToId` in `conversationId`. */
  async execute(userId: string, conversationId: string, replyToId: string, verb: string, data: Record<string, unknown>): Promise<Card> {
    const res = await this.post('/_conversation/v1/invoke', {
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } } },
      from: { id: userId },
      conversation: { id: conversationId },
      replyToId,
    });
    return (res as { value: Card }).value;
  }

  /** An Action.Submit click (the fallback for clients without Action.Execute). */
  async submit(userId: string, conversationId: string, replyToId: string, data: Record<string, unknown>): Promise<void> {
    await this.post('/_conversation/v1/submit', { value: data, from: { id: userId }, conversation: { id: conversationId }, replyToId });
  }

  /** Waits for a bot message or update that `match` accepts, counting only events after `since`. */
  async waitFor(match: (e: StreamEvent) => boolean, opts: { since?: number; timeoutMs?: number } = {}): Promise<StreamEvent> {
    const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
    for (;;) {
      const found = this.events.slice(opts.since ?? 0).find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `PlaygroundClient.waitFor(): nothing matched within ${opts.timeoutMs ?? 10_000} ms. Seen:\n${this.events.map((e) => `${e.action} ${e.actionConversationId} ${cardText(firstCard(e))}`.slice(0, 200)).join('\n')}`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private async post(path: string, body: unknown): Promise<any> {
    const res = await fetch(`${this.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const text = await res.text();
    if (!res.ok) throw new Error(`Playground ${path} answered ${res.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  }
}

export function firstCard(e: StreamEvent): Card | undefined {
  return e.message.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** All text a person would read on a card, joined, for assertions. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      for (const key of ['text', 'title', 'label']) if (typeof o[key] === 'string') out.push(o[key] as string);
      for (const [key, value] of Object.entries(o)) if (key !== 'data' && typeof value === 'object') walk(value);
    }
  };
  walk(card);
  return out.join('\n');
}
