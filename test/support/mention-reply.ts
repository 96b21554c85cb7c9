import assert from 'node:assert/strict';
import { mentionActivity, postActivity, type Person } from './activities';
import { ConnectorStandIn } from './connector-standin';
import { cardText, type Card } from './playground-client';

/**
 * Posts "@Kernedialog <text>" in a channel and returns the card the bot answered with in the
 * channel (everyone sees it), as the stand-in for the Teams connector received it.
 */
export async function mentionReply(
  url: string,
  standIn: ConnectorStandIn,
  text: string,
  o: { from: Person; channel?: string; team?: string },
): Promise<{ card: Card; text: string; conversationId: string }> {
  const since = standIn.calls.length;
  const activity = mentionActivity(text, { serviceUrl: standIn.serviceUrl, ...o });
  const res = await postActivity(url, activity);
  assert.ok(res.status < 300, `the message got HTTP ${res.status}`);
  const call = standIn.since(since).find((c) => c.op === 'replyToActivity' || c.op === 'sendToConversation');
  assert.ok(call, `the bot answered "${text}"`);
  const card = ConnectorStandIn.cardsOf(call)[0] as Card;
  return { card, text: cardText(card), conversationId: (activity.conversation as { id: string }).id };
}
