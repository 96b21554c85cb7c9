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
    exerciseId: 'hvem-definerer',
    k: '5',
    language: 'da',
    distribution: 'all',
    ...settings,
    title,
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

/** One proposal as the card sends it; with an owner, as the first owned item ("Tid til kerneopgaven"). */
const proposalData = (text: string, owner?: string): Record<string, string> => (owner ? { proposal1: text, owner1: owner } : { proposal: text });

const EVERYONE = ['user-mette', 'user-jonas', 'user-aisha', 'user-lars', 'user-birgitte', 'user-soeren'];

/**
 * From the open phase to the posted result: answers (if the phase is open), proposals from all
 * six, a vote, and the facilitator's result. Resolves with the texts of what was posted.
 */
export async function runToResult(
  pg: PlaygroundClient,
  s: StartedSession,
  opts: { answers?: Record<string, string>[]; proposals: string[]; result: Record<string, string>; owner?: string },
): Promise<{ summary?: string; tally: string; result: string }> {
  const posted = (since: number, match: RegExp) => pg.waitFor((e) => e.actionConversationId === s.thread && e.action !== 'updateMessage' && match.test(cardText(firstCard(e))), { since });
  const root = (since: number, match: RegExp) => pg.waitFor((e) => e.message.messageId === s.root && match.test(cardText(firstCard(e))), { since });
  const act = (who: string, verb: string, data: Record<string, string>) => pg.execute(who, s.thread, s.root, verb, { sessionId: s.sessionId, ...data });
  let summary: string | undefined;
  if (opts.answers) {
    for (const [i, who] of EVERYONE.entries()) assert.match(cardText(await act(who, 'session.answer', opts.answers[i % opts.answers.length])), /dit svar er gemt/);
    const since = pg.events.length;
    await act('user-mette', 'session.close', {});
    summary = cardText(firstCard(await posted(since, /Opsamling/)));
    await root(since, /Forslag/);
  }
  for (const [i, who] of EVERYONE.entries()) assert.match(cardText(await act(who, 'session.answer', proposalData(opts.proposals[i % opts.proposals.length], opts.owner))), /dit forslag er gemt/);
  let since = pg.events.length;
  await act('user-mette', 'session.close', {});
  const ballot = firstCard(await root(since, /Afstemning/))!;
  const first = JSON.stringify(ballot).match(/"value":"(\d+)"/)?.[1] ?? '0';
  for (const who of EVERYONE) assert.match(cardText(await act(who, 'session.answer', { votes: first })), /din stemme er gemt/);
  since = pg.events.length;
  await act('user-mette', 'session.close', {});
  const tally = cardText(firstCard(await posted(since, /Afstemning:/)));
  assert.match(cardText(await act('user-mette', 'session.close', {})), /Skriv det aftalte resultat/);
  since = pg.events.length;
  assert.match(cardText(await act('user-mette', 'session.result', opts.result)), /Resultatet er gemt/);
  const result = cardText(firstCard(await posted(since, /Resultat:/)));
  return { summary, tally, result };
}
