import assert from 'node:assert/strict';
import { CHANNEL, cardText, firstCard, type Card, type PlaygroundClient } from './playground-client';

export interface StartedSession {
  thread: string;
  root: string;
  sessionId: string;
  rootCard: Card;
}

/** Mette starts "Hvem definerer kerneopgaven?" from the catalogue with these settings. */
export async function startExercise(pg: PlaygroundClient, settings: Record<string, string>): Promise<StartedSession> {
  const sent = await pg.mention('start');
  const catalogue = await pg.waitFor((e) => e.actionConversationId === sent.postConversationId && !!firstCard(e));
  const before = pg.events.length;
  const title = settings.title ?? `Øvelse ${Math.random().toString(36).slice(2, 8)}`;
  const started = await pg.execute('user-mette', sent.postConversationId, catalogue.message.messageId, 'session.create', {
    exerciseId: 'hvem-definerer', k: '5', language: 'da', distribution: 'all', ...settings, title,
  });
  assert.match(cardText(started), /Øvelsen er startet|The exercise has started/, cardText(started));
  const rootEvent = await pg.waitFor((e) => e.actionConversationId === CHANNEL && cardText(firstCard(e)).includes(title), { since: before });
  const rootCard = firstCard(rootEvent)!;
  const action = (rootCard.actions as { data?: { sessionId?: string } }[]).find((a) => a.data?.sessionId);
  assert.ok(action?.data?.sessionId, 'the root card carries its session id');
  const root = rootEvent.message.messageId;
  return { thread: `${CHANNEL};messageid=${root}`, root, sessionId: action.data.sessionId, rootCard };
}

/** The facilitator closes the session; resolves with the summary card posted in the thread. */
export async function closeAndReadSummary(pg: PlaygroundClient, s: StartedSession): Promise<Card> {
  const since = pg.events.length;
  await pg.execute('user-mette', s.thread, s.root, 'session.close', { sessionId: s.sessionId });
  const summary = await pg.waitFor((e) => e.actionConversationId === s.thread && e.action !== 'updateMessage' && /Opsamling|Summary/.test(cardText(firstCard(e))), { since });
  return firstCard(summary)!;
}
