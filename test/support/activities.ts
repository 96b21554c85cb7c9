import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BOT_ID, CHANNEL, cardText, type Card } from './playground-client';
import { ConnectorStandIn } from './connector-standin';

/**
 * Activity fixtures shaped like what Teams (and the Agents Playground) send to /api/messages,
 * and a tiny client that POSTs them to the bot's real HTTP endpoint.
 */
export const TENANT = 'T';
export const TEAM = 'team-skovbakke';
export const FACILITATOR: Person = { id: 'user-mette', name: 'Mette Holm (skoleleder)', aadObjectId: 'aad-user-mette' };
export const BOT = { id: BOT_ID, name: 'Kernedialog' };

export interface Person {
  id: string;
  name: string;
  aadObjectId?: string;
}

export const person = (id: string, name = id): Person => ({ id, name, aadObjectId: `aad-${id}` });

interface Common {
  serviceUrl: string;
  from?: Person;
  /** The conversation id; for a thread, `<channel>;messageid=<root>`. */
  conversationId?: string;
  /** The Teams channel the activity comes from (channelData). */
  channel?: string;
  /** The team the channel belongs to (channelData); TEAM unless given. */
  team?: string;
  id?: string;
  locale?: string;
}

function channelDataOf(channel: string, team = TEAM) {
  return { teamsChannelId: channel, teamsTeamId: team, tenant: { id: TENANT }, team: { id: team }, channel: { id: channel } };
}

/** A channel message that @mentions the bot. */
export function mentionActivity(text: string, o: Common): Record<string, unknown> {
  const channel = o.channel ?? CHANNEL;
  return {
    type: 'message',
    text: `<at>Kernedialog</at> ${text}`,
    id: o.id ?? randomUUID(),
    from: o.from ?? FACILITATOR,
    serviceUrl: o.serviceUrl,
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT, id: o.conversationId ?? `${channel};messageid=${Date.now()}` },
    recipient: BOT,
    textFormat: 'plain',
    locale: o.locale ?? 'en-US',
    entities: [{ type: 'mention', mentioned: BOT, text: '<at>Kernedialog</at>' }],
    channelData: channelDataOf(channel, o.team),
    channelId: 'msteams',
  };
}

/**
 * An Action.Submit click (the fallback for clients without Action.Execute): a message with the
 * card's data as its value, no text and no mention, in reply to the card's activity.
 */
export function submitActivity(value: Record<string, unknown>, o: Common & { replyToId: string }): Record<string, unknown> {
  const channel = o.channel ?? CHANNEL;
  return {
    type: 'message',
    id: o.id ?? randomUUID(),
    from: o.from ?? FACILITATOR,
    serviceUrl: o.serviceUrl,
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT, id: o.conversationId ?? `${channel};messageid=${o.replyToId}` },
    recipient: BOT,
    locale: o.locale ?? 'da-DK',
    value,
    channelData: { source: { name: 'message' }, ...channelDataOf(channel, o.team) },
    replyToId: o.replyToId,
    channelId: 'msteams',
  };
}

/**
 * An Action.Execute click (invoke 'adaptiveCard/action'). `value` overrides the whole invoke
 * value (for forged payloads); pass `value: undefined` explicitly via `noValue` to leave it out.
 */
export function executeActivity(verb: string, data: Record<string, unknown>, o: Common & { replyToId?: string; value?: unknown; noValue?: boolean }): Record<string, unknown> {
  const channel = o.channel ?? CHANNEL;
  const conversationId = o.conversationId ?? `${channel};messageid=${o.replyToId ?? '1795367496738'}`;
  const replyToId = o.replyToId ?? conversationId.split(';messageid=')[1];
  const activity: Record<string, unknown> = {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: o.id ?? randomUUID(),
    from: o.from ?? FACILITATOR,
    serviceUrl: o.serviceUrl,
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT, id: conversationId },
    recipient: BOT,
    locale: o.locale ?? 'da-DK',
    channelData: { source: { name: 'message' }, ...channelDataOf(channel, o.team) },
    replyToId,
    channelId: 'msteams',
  };
  if (!o.noValue) activity.value = 'value' in o ? o.value : { action: { type: 'Action.Execute', verb, data: { verb, ...data } } };
  return activity;
}

/**
 * The app installed in or removed from a team ('installationUpdate'), as Teams sends it to the
 * team's General channel.
 */
export function installationActivity(action: 'add' | 'remove', o: Common): Record<string, unknown> {
  const team = o.team ?? TEAM;
  return {
    type: 'installationUpdate',
    action,
    id: o.id ?? randomUUID(),
    from: o.from ?? FACILITATOR,
    serviceUrl: o.serviceUrl,
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT, id: o.conversationId ?? team },
    recipient: BOT,
    locale: o.locale ?? 'da-DK',
    channelData: channelDataOf(o.channel ?? team, team),
    channelId: 'msteams',
  };
}

/** A team event ('conversationUpdate'): the bot removed from the team, or the team deleted or restored. */
export function teamEventActivity(eventType: 'teamMemberRemoved' | 'teamDeleted' | 'teamRestored' | 'teamHardDeleted', o: Common): Record<string, unknown> {
  const activity = installationActivity('remove', o);
  const channelData = { ...(activity.channelData as Record<string, unknown>), eventType };
  const { action: _action, ...rest } = activity;
  return { ...rest, type: 'conversationUpdate', channelData, ...(eventType === 'teamMemberRemoved' ? { membersRemoved: [{ id: BOT.id }] } : {}) };
}

export interface HttpResult {
  status: number;
  /** Parsed JSON body, or the raw text if it was not JSON. */
  body: any;
  ms: number;
}

/** POSTs a raw body to the bot's /api/messages (for bodies that are not activities). */
export async function postRaw(botUrl: string, body: string | Buffer, contentType = 'application/json'): Promise<HttpResult> {
  const started = performance.now();
  const res = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* keep the text */
  }
  return { status: res.status, body: parsed, ms: performance.now() - started };
}

export function postActivity(botUrl: string, activity: unknown): Promise<HttpResult> {
  return postRaw(botUrl, JSON.stringify(activity));
}

export interface InvokeResult extends HttpResult {
  /** The adaptive card in the invoke response (`{ statusCode, type, value: card }` on the wire). */
  card: Card;
  text: string;
}

/** POSTs an invoke and returns the card the clicker would see; fails the test unless it got one. */
export async function invoke(botUrl: string, activity: unknown): Promise<InvokeResult> {
  const res = await postActivity(botUrl, activity);
  assert.equal(res.status, 200, `invoke answered HTTP ${res.status}: ${JSON.stringify(res.body)}`);
  assert.equal(res.body?.type, 'application/vnd.microsoft.card.adaptive', `invoke answered no card: ${JSON.stringify(res.body)}`);
  const card = res.body.value as Card;
  return { ...res, card, text: cardText(card) };
}

export async function healthy(botUrl: string): Promise<boolean> {
  try {
    const res = await fetch(`${botUrl}/healthz`);
    return res.status === 200 && ((await res.json()) as { ok?: boolean }).ok === true;
  } catch {
    return false;
  }
}

export interface StartedSession {
  sessionId: string;
  threadId: string;
  rootId: string;
  /** The id of the session.create activity (replaying it is a redelivery). */
  createActivityId: string;
}

/**
 * The facilitator submits the setup form (invoke 'session.create'); the stand-in sees the new
 * thread. Returns the session id from the root card and the thread the stand-in made up.
 */
export async function startSession(
  botUrl: string,
  standIn: ConnectorStandIn,
  o: { title?: string; k?: string; language?: string; distribution?: string; channel?: string; team?: string; locale?: string } = {},
): Promise<StartedSession> {
  const since = standIn.calls.length;
  const channel = o.channel ?? CHANNEL;
  const activity = executeActivity(
    'session.create',
    { exerciseId: 'hvem-definerer', title: o.title ?? 'Pålidelighed', k: o.k ?? '5', language: o.language ?? 'da', distribution: o.distribution ?? 'all' },
    { serviceUrl: standIn.serviceUrl, channel, team: o.team, conversationId: `${channel};messageid=${Date.now()}`, locale: o.locale },
  );
  const res = await invoke(botUrl, activity);
  assert.match(res.text, /Øvelsen er startet|The exercise has started/, res.text);
  const created = standIn.since(since).filter((c) => c.op === 'createConversation');
  assert.equal(created.length, 1, 'one new thread');
  const card = ConnectorStandIn.cardsOf(created[0])[0] as Card;
  return { sessionId: sessionIdOf(card), threadId: created[0].response.id, rootId: created[0].response.activityId, createActivityId: String(activity.id) };
}

export function sessionIdOf(card: Card): string {
  const action = ((card.actions ?? []) as { data?: { sessionId?: string } }[]).find((a) => a.data?.sessionId);
  assert.ok(action?.data?.sessionId, 'the card carries its session id');
  return action.data.sessionId;
}

/** An answer click on the shared card in the session's thread. */
export function answerActivity(serviceUrl: string, s: StartedSession, from: Person, texts: Record<string, unknown>, o: { id?: string; channel?: string; team?: string; locale?: string } = {}) {
  return executeActivity(
    'session.answer',
    { sessionId: s.sessionId, ...texts },
    { serviceUrl, from, conversationId: s.threadId, replyToId: s.rootId, channel: o.channel, team: o.team, id: o.id, locale: o.locale },
  );
}

export function closeActivity(serviceUrl: string, s: StartedSession, from: Person = FACILITATOR) {
  return executeActivity('session.close', { sessionId: s.sessionId }, { serviceUrl, from, conversationId: s.threadId, replyToId: s.rootId });
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Takes a session to its end as the facilitator would: end the answers, end the proposals (too few
 * for a vote, so it goes straight to the result), and write the result.
 */
export async function finishSession(botUrl: string, serviceUrl: string, s: StartedSession, idle: () => Promise<void>): Promise<void> {
  for (let step = 0; step < 3; step++) {
    const res = await invoke(botUrl, closeActivity(serviceUrl, s));
    await idle();
    if (/Skriv det aftalte resultat|Write the agreed result/.test(res.text)) break;
  }
  const done = await invoke(botUrl, executeActivity('session.result', { sessionId: s.sessionId, formulation: 'Afsluttet' }, { serviceUrl, conversationId: s.threadId, replyToId: s.rootId }));
  assert.match(done.text, /Resultatet er gemt|The result is saved/, done.text);
  await idle();
}
