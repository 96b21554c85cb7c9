import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';

/**
 * Action.Execute invokes shaped like what Teams sends to /api/messages (the same shape as
 * test/support/activities.ts, kept here so the bench does not depend on test helpers).
 */
export const BENCH_TENANT = 'bench-tenant';
export const BENCH_TEAM = 'bench-team';
export const BENCH_CHANNEL = 'bench-channel';
const BOT = { id: '00000000-0000-0000-0000-00000000000011', name: 'Kernedialog' };

export interface Person {
  id: string;
  name: string;
}

/**
 * An `adaptiveCard/action` invoke for `verb` with `data`, from `from`, in `conversationId`.
 *
 * @example
 * executeInvoke('session.answer', { sessionId, formal: 'Læring' }, { serviceUrl, from: { id: 'u1', name: 'U 1' }, conversationId: thread.threadId, replyToId: thread.rootId })
 */
export function executeInvoke(verb: string, data: Record<string, unknown>, o: { serviceUrl: string; from: Person; conversationId: string; replyToId: string }): Record<string, unknown> {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: randomUUID(),
    from: { ...o.from, aadObjectId: `aad-${o.from.id}` },
    serviceUrl: o.serviceUrl,
    conversation: { isGroup: true, conversationType: 'channel', tenantId: BENCH_TENANT, id: o.conversationId },
    recipient: BOT,
    locale: 'da-DK',
    channelData: { source: { name: 'message' }, teamsChannelId: BENCH_CHANNEL, teamsTeamId: BENCH_TEAM, tenant: { id: BENCH_TENANT }, team: { id: BENCH_TEAM }, channel: { id: BENCH_CHANNEL } },
    replyToId: o.replyToId,
    channelId: 'msteams',
    value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } } },
  };
}

export interface Invoked {
  status: number;
  /** The card's text blocks joined, to tell a confirmation from a "try again". */
  text: string;
}

// One keep-alive agent, like a client that holds its connections to the bot open (Teams does);
// fetch's streams cost the client more CPU than the bot's own turn, on the same two cores.
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/**
 * POSTs one activity to the bot's /api/messages (bench/pool.ts times it).
 *
 * @example
 * const { status, text } = await postInvoke('http://127.0.0.1:3978', activity);
 */
export async function postInvoke(botUrl: string, activity: unknown): Promise<Invoked> {
  const { status, body } = await post(`${botUrl}/api/messages`, JSON.stringify(activity));
  let parsed: { value?: unknown } | undefined;
  try {
    parsed = JSON.parse(body) as { value?: unknown };
  } catch {
    parsed = undefined; // not JSON (an empty 200, or an error page): no card text
  }
  return { status, text: textOf(parsed?.value) };
}

function post(url: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Every `text` in a card, depth first, joined with newlines. */
export function textOf(node: unknown): string {
  if (Array.isArray(node)) return node.map(textOf).filter(Boolean).join('\n');
  if (typeof node !== 'object' || node === null) return '';
  const own = typeof (node as { text?: unknown }).text === 'string' ? [(node as { text: string }).text] : [];
  return [
    ...own,
    ...Object.entries(node)
      .filter(([k]) => k !== 'text')
      .map(([, v]) => textOf(v)),
  ]
    .filter(Boolean)
    .join('\n');
}
