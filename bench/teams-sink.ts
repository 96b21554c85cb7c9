import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A thread the bot started: the conversation id it will post into, and the root card it posted. */
export interface NewThread {
  threadId: string;
  rootId: string;
  card: unknown;
}

/**
 * The smallest Teams connector the bench needs: it answers the bot's proactive posts (new thread,
 * root card updates, replies) like Teams does, remembers only the threads it created, and keeps
 * nothing per call. test/support/connector-standin.ts records every call for assertions; over
 * 5,000 answers that bookkeeping is not what we want to time, and benches should not break when
 * a test helper changes.
 *
 * @example
 * const sink = await new TeamsSink().start();
 * activity.serviceUrl = sink.serviceUrl; // the bot posts here
 * sink.threads[0] // the first thread the bot started, after a session.create invoke
 */
export class TeamsSink {
  readonly threads: NewThread[] = [];
  /** Cards sent in personal chat (e.g. the follow-up to a "Gemmer …" answer), in order. */
  readonly privateCards: unknown[] = [];
  private server?: Server;
  private base = '';
  private nextId = 1_700_000_000_000;

  get serviceUrl(): string {
    if (!this.base) throw new Error('TeamsSink: start() it first.');
    return `${this.base}/`;
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const [status, body] = this.answer(req.method ?? '', req.url ?? '', Buffer.concat(chunks).toString('utf8'));
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    server?.closeAllConnections();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private answer(method: string, url: string, raw: string): [number, unknown] {
    const segments = url.split('?')[0].split('/').filter(Boolean);
    const id = String(this.nextId++);
    // POST v3/conversations: a new channel thread; the bot keeps `<channel>;messageid=<root>`.
    if (segments.length === 2 && method === 'POST') {
      const body = JSON.parse(raw || '{}') as { isGroup?: boolean; channelData?: { channel?: { id?: string } }; activity?: { attachments?: { content?: unknown }[] } };
      // A personal chat is not a thread a session lives in.
      if (body.isGroup === false) {
        this.privateCards.push(body.activity?.attachments?.[0]?.content);
        return [201, { id: `personal-${id}`, activityId: id }];
      }
      const thread = { threadId: `${body.channelData?.channel?.id ?? 'conversation'};messageid=${id}`, rootId: id, card: body.activity?.attachments?.[0]?.content };
      this.threads.push(thread);
      return [201, { id: thread.threadId, activityId: id }];
    }
    if (method === 'PUT') {
      return [200, { id: decodeURIComponent(segments[4] ?? id) }];
    }
    if (segments[0] === 'v3' && segments[3] === 'pagedmembers') return [200, { members: [] }];
    return [201, { id }];
  }
}
