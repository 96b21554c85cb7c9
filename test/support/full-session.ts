import assert from 'node:assert/strict';
import type { ConnectorStandIn } from './connector-standin';
import { executeActivity, FACILITATOR, invoke, person, startSession, type Person, type StartedSession } from './activities';

const PEOPLE = ['user-jonas', 'user-aisha', 'user-lars'].map((id) => person(id));

/** Answers everyone gives: alike enough for themes with quotes at k = 3. */
const ANSWERS = [
  { formal: 'Læring og trivsel for alle børn', performed: 'Vi underviser og skaber trivsel i klassen', experienced: 'Et trygt sted at lære' },
  { formal: 'Læring og trivsel for børnene', performed: 'Vi underviser og skaber trivsel hver dag', experienced: 'Et trygt sted for børnene' },
  { formal: 'Trivsel og læring for alle børn', performed: 'Vi skaber trivsel og underviser', experienced: 'Et trygt og godt sted at lære' },
];

/**
 * A session through every phase over the bot's HTTP endpoint, with k = 3: three answers, the
 * summary, three proposals, a ballot, three votes, the tally and the facilitator's result. It
 * leaves every kind of row a closed session has (sealed answers, proposals and votes, gates,
 * the emptied secret, summary, ballot, tally, result).
 */
export async function fullSession(url: string, standIn: ConnectorStandIn, idle: () => Promise<void>, o: { title: string; channel?: string; team?: string }): Promise<StartedSession> {
  const s = await startSession(url, standIn, { title: o.title, k: '3', channel: o.channel, team: o.team });
  const act = (verb: string, data: Record<string, string>, from: Person = FACILITATOR) =>
    invoke(
      url,
      executeActivity(verb, { sessionId: s.sessionId, ...data }, { serviceUrl: standIn.serviceUrl, from, conversationId: s.threadId, replyToId: s.rootId, channel: o.channel, team: o.team }),
    );
  const answer = async (i: number, texts: Record<string, string>) => assert.match((await act('session.answer', texts, PEOPLE[i])).text, /(svar|forslag|stemme) er gemt/);
  const close = async () => {
    await act('session.close', {});
    await idle();
  };
  for (let i = 0; i < 3; i++) await answer(i, ANSWERS[i]);
  await close();
  for (let i = 0; i < 3; i++) await answer(i, { proposal: ['Fælles morgenmøde', 'Mindre dokumentation', 'Mere tid med børnene'][i] });
  await close();
  for (let i = 0; i < 3; i++) await answer(i, { votes: '0' });
  await close();
  const done = await act('session.result', { formulation: 'Læring og trivsel for alle børn.' });
  assert.match(done.text, /Resultatet er gemt|The result is saved/, done.text);
  await idle();
  return s;
}
