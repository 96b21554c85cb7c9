import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenOnLoopback, type LoopbackServer } from './loopback-server';
import { useStarted } from './use-started';

/** One call the bot made to the (stand-in) Teams connector. */
export interface ConnectorCall {
  method: string;
  /** The raw request URL, as sent (percent-encoded). */
  url: string;
  /** Which connector operation this was, by route. */
  op: 'createConversation' | 'sendToConversation' | 'replyToActivity' | 'updateActivity' | 'pagedMembers' | 'unknown';
  /** Decoded `:conversationId` from the path, if the route has one. */
  conversationId?: string;
  /** Decoded `:activityId` from the path, if the route has one. */
  activityId?: string;
  /** The JSON body, parsed (undefined if empty or not JSON). */
  body: any;
  /** The Authorization header the bot sent (a bearer token in production mode). */
  authorization?: string;
  /** When the call arrived, ms since the epoch (real clock). */
  at: number;
  /** What the stand-in answered. */
  status?: number;
  response?: any;
}

/**
 * A local stand-in for the Teams Bot Connector service (the `serviceUrl` of Teams activities).
 * It implements just the operations Kernedialog uses, answers like Teams does, and records
 * every call so tests can assert what the bot posted proactively.
 *
 * botframework-connector builds these paths from templates such as
 * `v3/conversations/{conversationId}/activities/{activityId}` and percent-encodes each
 * parameter, so the conversation id `channel;messageid=123` arrives as `channel%3Bmessageid%3D123`;
 * the routes below match on decoded path segments.
 */
/** A fault to answer instead of the normal reply, e.g. `{ status: 429, headers: { 'retry-after': '1' } }`. */
export interface ConnectorFault {
  status: number;
  headers?: Record<string, string>;
  /** Never answer at all (the call hangs until the caller gives up or dies). */
  hang?: boolean;
}

export class ConnectorStandIn {
  readonly calls: ConnectorCall[] = [];
  /** Decides, per call, whether to answer with a fault (429, 403, 503…) instead of success. */
  fault: (call: ConnectorCall) => ConnectorFault | undefined = () => undefined;
  /** Decides, per call, whether a message posted in a conversation is answered without its id (Teams has done so). */
  withoutId: (call: ConnectorCall) => boolean = () => false;
  /** The team roster the stand-in answers for paged members. */
  members: Record<string, unknown>[] = [{ id: '29:stand-in-member', name: 'Testa Standin (pædagog)', givenName: 'Testa', surname: 'Standin' }];
  /** At most this many members a page, whatever page size is asked for (Teams may give fewer), so a roster can span pages. */
  membersPerPage = Infinity;
  private server?: LoopbackServer;
  private nextId = 1_700_000_000_000;
  private base = '';

  /** The serviceUrl to put on activities (with a trailing slash, as Teams sends it). */
  get serviceUrl(): string {
    if (!this.base) throw new Error('ConnectorStandIn: start() it first.');
    return `${this.base}/`;
  }

  async start(): Promise<this> {
    this.server = await listenOnLoopback((req, res) => void this.handle(req, res));
    this.base = this.server.base;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    await server?.stop();
  }

  /** Calls made after index `since` (use `calls.length` as a marker). */
  since(since: number): ConnectorCall[] {
    return this.calls.slice(since);
  }

  /** Every adaptive card the call carried (createConversation wraps its activity). */
  static cardsOf(call: ConnectorCall): unknown[] {
    const activity = call.op === 'createConversation' ? call.body?.activity : call.body;
    const attachments: { contentType?: string; content?: unknown }[] = activity?.attachments ?? [];
    return attachments.filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => a.content);
  }

  private newId(): string {
    return String(this.nextId++);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: any;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = undefined;
    }
    const url = req.url ?? '';
    const segments = url
      .split('?')[0]
      .split('/')
      .filter(Boolean)
      .map((s) => decodeURIComponent(s));
    const method = req.method ?? '';
    const call: ConnectorCall = { method, url, op: 'unknown', body, at: Date.now(), authorization: req.headers.authorization };
    this.calls.push(call);

    let fault: ConnectorFault | undefined;
    const send = (status: number, payload?: unknown) => {
      if (fault) [status, payload] = [fault.status, { error: { code: `Fault${fault.status}`, message: 'injected by the test' } }];
      call.status = status;
      call.response = payload;
      res.writeHead(status, { 'content-type': 'application/json', ...fault?.headers });
      res.end(payload === undefined ? '' : JSON.stringify(payload));
    };

    // v3 / conversations [/ :conversationId / activities [/ :activityId]]
    const op = segments.length === 2 ? 'createConversation' : segments.length === 4 ? 'sendToConversation' : method === 'PUT' ? 'updateActivity' : 'replyToActivity';
    fault = this.fault({ ...call, op });
    if (fault?.hang) {
      call.op = op;
      return; // the response is never written; stop() closes the connection
    }
    if (segments[0] !== 'v3' || segments[1] !== 'conversations') return send(404, { error: { code: 'NotFound', message: `no route ${method} ${url}` } });
    if (segments.length === 2 && method === 'POST') {
      call.op = 'createConversation';
      const channel: string = body?.channelData?.channel?.id ?? body?.channelData?.teamsChannelId ?? 'conversation';
      const id = this.newId();
      return send(201, { id: `${channel};messageid=${id}`, activityId: id });
    }
    // The roster page by page, as Teams answers TeamsInfo.getPagedMembers and getPagedTeamMembers;
    // the continuation token is opaque to the bot, here the offset of the next page.
    if (segments.length === 4 && segments[3] === 'pagedmembers' && method === 'GET') {
      call.op = 'pagedMembers';
      call.conversationId = segments[2];
      const query = new URLSearchParams(url.split('?')[1] ?? '');
      const from = Number(query.get('continuationToken') ?? 0) || 0;
      const size = Math.min(this.membersPerPage, Number(query.get('pageSize')) || Infinity);
      const next = from + size < this.members.length ? String(from + size) : undefined;
      return send(200, { members: this.members.slice(from, from + size), ...(next ? { continuationToken: next } : {}) });
    }
    if (segments[3] !== 'activities' || segments.length < 4 || segments.length > 5) return send(404, { error: { code: 'NotFound', message: `no route ${method} ${url}` } });
    call.conversationId = segments[2];
    if (segments.length === 5) call.activityId = segments[4];
    if (segments.length === 4 && method === 'POST') {
      call.op = 'sendToConversation';
      return send(201, { id: this.newId() });
    }
    if (segments.length === 5 && method === 'POST') {
      call.op = 'replyToActivity';
      return send(201, this.withoutId(call) ? {} : { id: this.newId() });
    }
    if (segments.length === 5 && method === 'PUT') {
      call.op = 'updateActivity';
      return send(200, { id: call.activityId });
    }
    return send(405, { error: { code: 'MethodNotAllowed', message: `${method} ${url}` } });
  }
}

/** A stand-in for the enclosing describe block: started in before(), stopped in after(). */
export function useConnectorStandIn(): () => ConnectorStandIn {
  return useStarted('useConnectorStandIn()', () => new ConnectorStandIn().start());
}
