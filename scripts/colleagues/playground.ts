/** Where a session's shared card sits in the Playground: its thread and the card's message id. */
export interface CardPlace {
  threadId: string;
  rootActivityId: string;
}

/**
 * A click on an Action.Execute button by `from`, through the Playground's own HTTP API (what its
 * web page does), and the card the bot answered with.
 */
export async function clickAs(playground: string, from: string, place: CardPlace, verb: string, data: Record<string, unknown>): Promise<unknown> {
  const res = await fetch(`${playground}/_conversation/v1/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data: { ...data, verb } } },
      from: { id: from },
      conversation: { id: place.threadId },
      replyToId: place.rootActivityId,
    }),
  });
  if (!res.ok) throw new Error(`Playground'en svarede ${res.status} på et klik (${verb}): ${await res.text()}`);
  return ((await res.json()) as { value: unknown }).value;
}
