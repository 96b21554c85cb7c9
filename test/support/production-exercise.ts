import assert from 'node:assert/strict';
import { BOT, executeActivity, mentionActivity, type Person } from './activities';
import { cardText, CHANNEL, type Card } from './playground-client';
import type { ProductionStack } from './production-stack';
import { until } from './until';
import { openRoundSessions } from './open-rounds';

export interface Colleague extends Person {
  aadObjectId: string;
  email: string;
  givenName: string;
  surname: string;
}

const colleague = (n: number, givenName: string, surname: string, role: string): Colleague => ({
  id: `29:1${n}Xq8wLkPz${n}RtYv-${givenName.toLowerCase()}`,
  name: `${givenName} ${surname} (${role})`,
  aadObjectId: `6f1c2d3e-4a5b-4c6d-8e7f-00000000000${n}`,
  email: `${givenName.toLowerCase()}.${surname.toLowerCase()}@skovbakke.dk`,
  givenName,
  surname,
});

export const METTE = colleague(1, 'Mette', 'Holm', 'skoleleder');

/** Six colleagues with real-looking Teams ids, AAD ids, names and e-mails, to look for where they must not be. */
export const TEAM: readonly Colleague[] = [
  METTE,
  colleague(2, 'Jonas', 'Kristensen', 'lærer, TR'),
  colleague(3, 'Aisha', 'Rahimi', 'pædagog'),
  colleague(4, 'Lars', 'Mikkelsen', 'lærer'),
  colleague(5, 'Birgitte', 'Nørgaard', 'skolesekretær'),
  colleague(6, 'Søren', 'Østergaard', 'skolepsykolog'),
];

const FORM = {
  templateId: 'kerneopgave-tjek',
  cadence: 'weekly',
  weekday: 'MO',
  nth: '1',
  rrule: '',
  time: '09:00',
  timeZone: 'Europe/Copenhagen',
  startDate: '2027-03-01',
  roundAmount: '1',
  roundUnit: 'days',
  reminders: '2',
  k: '3',
  language: 'da',
  groups: '',
};

/** Where a click lands: a session's thread and its root card. */
export interface Thread {
  threadId: string;
  rootId: string;
}

/** What a whole production run used: its threads, and every text someone wrote. */
export interface ExerciseRun {
  sessionId: string;
  roundId: string;
  at: Thread;
  roundAt: Thread;
  texts: string[];
}

/** A card click through the real endpoint with a valid channel token; resolves with the clicker's card text. */
export async function click(stack: ProductionStack, from: Person, verb: string, data: Record<string, unknown>, at?: Thread): Promise<string> {
  const serviceUrl = stack.connector().serviceUrl;
  const res = await stack.post(executeActivity(verb, data, { serviceUrl, from, ...(at ? { conversationId: at.threadId, replyToId: at.rootId } : {}) }));
  assert.equal(res.status, 200, JSON.stringify(res.body));
  await stack.bot().idle();
  return cardText((res.body as { value: Card }).value);
}

/** "@Kernedialog <text>" in a thread, with a valid channel token. */
export async function say(stack: ProductionStack, from: Person, text: string, threadId: string): Promise<void> {
  const activity = {
    ...mentionActivity(text, { serviceUrl: stack.connector().serviceUrl, from, conversationId: threadId }),
    entities: [{ type: 'mention', mentioned: BOT, text: '<at>Kernedialog</at>' }],
  };
  assert.equal((await stack.post(activity)).status, 200);
  await stack.bot().idle();
}

/**
 * A whole production run: a session from its start through six answers that name colleagues,
 * close, proposals, vote and result; then a scheduled check-in round opened, reminded, answered,
 * with agreed actions and its summary. `setClock` moves the bot's clock (useProductionStack's `now`).
 */
export async function runProductionExercise(stack: ProductionStack, setClock: (at: Date) => void): Promise<ExerciseRun> {
  stack.connector().members = TEAM.map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId, email: p.email, userPrincipalName: p.email, givenName: p.givenName, surname: p.surname }));
  const texts: string[] = [];
  const { sessionId, at } = await session(stack, texts);
  const { roundId, roundAt } = await round(stack, setClock, texts);
  return { sessionId, roundId, at, roundAt, texts };
}

async function session(stack: ProductionStack, texts: string[]): Promise<{ sessionId: string; at: Thread }> {
  const { deps } = stack.bot();
  const since = stack.connector().calls.length;
  const create = { exerciseId: 'hvem-definerer', title: 'Logtjek', k: '5', language: 'da', distribution: 'all' };
  assert.match(await click(stack, METTE, 'session.create', create, { threadId: `${CHANNEL};messageid=1795367000001`, rootId: '1795367000001' }), /Øvelsen er startet/);
  const created = stack
    .connector()
    .since(since)
    .find((c) => c.op === 'createConversation')!;
  const at = { threadId: created.response.id as string, rootId: created.response.activityId as string };
  const sessionId = (await deps.sessions.openInChannel(CHANNEL))[0].id;
  const phase = (name: string) => until(`the ${name} phase`, async () => (await deps.sessions.get(sessionId))?.session.phase === name);
  for (const [i, p] of TEAM.entries()) {
    // Answers that name colleagues: if an answer ever got out, a scan would see it.
    const answer = {
      formal: `Læring for alle børn, siger ${TEAM[(i + 1) % 6].givenName} ${TEAM[(i + 1) % 6].surname}`,
      performed: `Vi underviser ${i}`,
      experienced: `Skriv til ${TEAM[(i + 2) % 6].email}`,
    };
    texts.push(...Object.values(answer));
    assert.match(await click(stack, p, 'session.answer', { sessionId, ...answer }, at), /dit svar er gemt/);
  }
  await click(stack, METTE, 'session.close', { sessionId }, at);
  await phase('proposals');
  for (const p of TEAM) {
    texts.push(`Mere tid til ${p.givenName}s elever`);
    assert.match(await click(stack, p, 'session.answer', { sessionId, proposal: texts.at(-1) }, at), /dit forslag er gemt/);
  }
  await click(stack, METTE, 'session.close', { sessionId }, at);
  await phase('vote');
  for (const p of TEAM) assert.match(await click(stack, p, 'session.answer', { sessionId, votes: '0' }, at), /din stemme er gemt/);
  await click(stack, METTE, 'session.close', { sessionId }, at);
  await phase('result');
  const result = { formulation: 'Læring og trivsel for alle børn.', action1: 'Tag den med til forældremødet', who1: 'Jonas Kristensen' };
  texts.push(result.formulation, result.action1);
  assert.match(await click(stack, METTE, 'session.result', { sessionId, ...result }, at), /Resultatet er gemt/);
  return { sessionId, at };
}

async function round(stack: ProductionStack, setClock: (at: Date) => void, texts: string[]): Promise<{ roundId: string; roundAt: Thread }> {
  const { deps } = stack.bot();
  assert.match(await click(stack, METTE, 'schedule.save', FORM), /Det faste tjek er gemt/);
  setClock(new Date('2027-03-01T08:00:05Z'));
  // The round's session exists a moment before its thread does: wait for the thread.
  await until('the round', async () => (await openRoundSessions(deps)).some((r) => r.place.threadId));
  const open = (await openRoundSessions(deps))[0];
  const roundAt = { threadId: open.place.threadId!, rootId: open.place.rootActivityId! };
  const answer = { clarity: '4', solved: '3', obstacles: `For mange møder med ${METTE.givenName}`, more: 'Tid med borgerne' };
  texts.push(answer.obstacles, answer.more);
  for (const p of TEAM.slice(1, 4)) assert.match(await click(stack, p, 'session.answer', { sessionId: open.id, ...answer }, roundAt), /dit svar er gemt/);
  setClock(new Date('2027-03-01T10:00:05Z'));
  await until('the reminder', async () => stack.connector().calls.some((c) => c.conversationId === roundAt.threadId && /Påmindelse/.test(JSON.stringify(c.body))));
  texts.push('Fast punkt på personalemødet', 'Færre interne møder');
  await say(stack, METTE, 'aftal Fast punkt på personalemødet; Færre interne møder', roundAt.threadId);
  setClock(new Date('2027-03-02T08:00:05Z'));
  await until('the round summary', async () => Boolean((await deps.sessions.get(open.id))?.session.summaryPostedAt));
  return { roundId: open.id, roundAt };
}
