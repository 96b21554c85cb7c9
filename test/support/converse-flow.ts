import assert from 'node:assert/strict';
import type { AdaptiveCard } from '../../cards/render';
import { converse, type Conversation, type ConverseOptions } from './converse';

const METTE = { id: 'user-mette', name: 'Mette Holm' };
/** The Playground's six people, Mette first: the same team the e2e tests use. */
export const EVERYONE = [
  METTE,
  { id: 'user-jonas', name: 'Jonas Kristensen' },
  { id: 'user-aisha', name: 'Aisha Rahimi' },
  { id: 'user-lars', name: 'Lars Mikkelsen' },
  { id: 'user-birgitte', name: 'Birgitte Nørgaard' },
  { id: 'user-soeren', name: 'Søren Østergaard' },
];

export interface Started {
  talk: Conversation;
  sessionId: string;
  rootCard: AdaptiveCard;
}

/**
 * Mette starts an exercise with these settings (the setup form's fields) in a conversation of its
 * own (with `options`, e.g. the bot's clock); the default is "Hvem definerer kerneopgaven?" with k = 5.
 * Throws with the setup's refusal text when the form is sent back.
 */
export async function startExercise(connectionString: string, settings: Record<string, string>, options: ConverseOptions = {}): Promise<Started> {
  const talk = await converse(connectionString, 'flow', options);
  const title = settings.title ?? `Øvelse ${Math.random().toString(36).slice(2, 8)}`;
  const started = await talk.as(METTE).click('session.create', { exerciseId: 'hvem-definerer', k: '5', language: 'da', distribution: 'all', ...settings, title });
  if (!/Øvelsen er startet|The exercise has started/.test(started.text)) throw new Error(started.text);
  assert.ok(talk.thread.root, 'the exercise card is posted');
  return { talk, sessionId: await talk.sessionId(), rootCard: talk.thread.root };
}

/** One proposal as the card sends it; with an owner, as the first owned item ("Tid til kerneopgaven"). */
const proposalData = (text: string, owner?: string): Record<string, string> => (owner ? { proposal1: text, owner1: owner } : { proposal: text });

/**
 * From the open phase to the posted result, as test/support/session-flow.ts does it in the
 * Playground: answers from all six, or from `answering` (if the phase is open), proposals, a vote for the first item
 * on the ballot, and the facilitator's result. Resolves with the texts of what was posted.
 */
export async function runToResult(
  s: Started,
  opts: { answers?: Record<string, string>[]; answering?: typeof EVERYONE; proposals: string[]; result: Record<string, string>; owner?: string },
): Promise<{ summary?: string; tally: string; result: string }> {
  const { talk } = s;
  const act = (who: (typeof EVERYONE)[number], verb: string, data: Record<string, string>) => talk.as(who).click(verb, { sessionId: s.sessionId, ...data });
  let summary: string | undefined;
  if (opts.answers) {
    for (const [i, who] of (opts.answering ?? EVERYONE).entries()) (await act(who, 'session.answer', opts.answers[i % opts.answers.length])).expectPrivate(/dit svar er gemt/);
    const since = talk.thread.posts.length;
    await act(METTE, 'session.close', {});
    summary = talk.thread.text(/Opsamling/, since);
    talk.thread.expectRoot(/Forslag/);
  }
  for (const [i, who] of EVERYONE.entries()) (await act(who, 'session.answer', proposalData(opts.proposals[i % opts.proposals.length], opts.owner))).expectPrivate(/dit forslag er gemt/);
  await act(METTE, 'session.close', {});
  talk.thread.expectRoot(/Afstemning/);
  const first = JSON.stringify(talk.thread.root).match(/"value":"(\d+)"/)?.[1] ?? '0';
  for (const who of EVERYONE) (await act(who, 'session.answer', { votes: first })).expectPrivate(/din stemme er gemt/);
  let since = talk.thread.posts.length;
  await act(METTE, 'session.close', {});
  const tally = talk.thread.text(/Afstemning:/, since);
  (await act(METTE, 'session.close', {})).expectPrivate(/Skriv det aftalte resultat/);
  since = talk.thread.posts.length;
  (await act(METTE, 'session.result', opts.result)).expectPrivate(/Resultatet er gemt/);
  return { summary, tally, result: talk.thread.text(/Resultat:/, since) };
}
