import { randomUUID } from 'node:crypto';

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
  ms: number;
}

/**
 * POSTs one activity to the bot's /api/messages and times it as the client sees it.
 *
 * @example
 * const { status, ms } = await postInvoke('http://127.0.0.1:3978', activity);
 */
export async function postInvoke(botUrl: string, activity: unknown): Promise<Invoked> {
  const started = performance.now();
  const res = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const body = (await res.json().catch(() => undefined)) as { value?: unknown } | undefined;
  const ms = performance.now() - started;
  return { status: res.status, text: textOf(body?.value), ms };
}

/** Every `text` in a card, depth first, joined with newlines. */
export function textOf(node: unknown): string {
  if (Array.isArray(node)) return node.map(textOf).filter(Boolean).join('\n');
  if (typeof node !== 'object' || node === null) return '';
  const own = typeof (node as { text?: unknown }).text === 'string' ? [(node as { text: string }).text] : [];
  return [...own, ...Object.entries(node).filter(([k]) => k !== 'text').map(([, v]) => textOf(v))].filter(Boolean).join('\n');
}
