import type { TableClient } from '@azure/data-tables';
import { AnswerBox } from '../storage/answer-box';
import { executeInvoke, postInvoke, BENCH_CHANNEL, type Invoked } from './bench-activities';
import { runPool, type PoolRun } from './pool';
import type { TeamsSink } from './teams-sink';
import type { Participant } from './workload';

const FACILITATOR = { id: 'bench-facilitator', name: 'Bench Facilitator' };
/** The Danish confirmation (cards/strings/da.json "answer.savedTitle"): the bench sessions are in Danish. */
export const SAVED = 'Tak – dit svar er gemt';
/** "Gemmer …" (da.json "saving.title"): storage outlasted the deadline; the outcome follows privately. */
export const SAVING = 'Gemmer …';
/** How long a session.create answered with "Gemmer …" may take to make its thread (the bot's follow-up limit). */
const THREAD_WAIT_MS = 60_000;

export interface BenchSession {
  sessionId: string;
  threadId: string;
  rootId: string;
}

/**
 * The facilitator submits the setup form `count` times (invoke 'session.create', as
 * test/support/activities.ts startSession() does); each makes a new thread in the sink.
 *
 * @example
 * const sessions = await createSessions(bot.url, sink, 10);
 */
export async function createSessions(botUrl: string, sink: TeamsSink, count: number): Promise<BenchSession[]> {
  const out: BenchSession[] = [];
  for (let s = 0; s < count; s++) {
    const before = sink.threads.length;
    const data = { exerciseId: 'hvem-definerer', title: `Bench ${s + 1}`, k: '5', language: 'da', distribution: 'all' };
    const where = `${BENCH_CHANNEL};messageid=${Date.now()}${s}`;
    const res = await postInvoke(botUrl, executeInvoke('session.create', data, { serviceUrl: sink.serviceUrl, from: FACILITATOR, conversationId: where, replyToId: where.split('=')[1] }));
    // On slow storage the thread comes after "Gemmer …": a slow start is waited for, not a failure.
    if (res.status === 200 && res.text.includes(SAVING)) await threadAt(sink, before);
    const thread = sink.threads[before];
    if (res.status !== 200 || !thread) throw new Error(`createSessions(): session ${s + 1} was not started (HTTP ${res.status}): ${res.text}`);
    const sessionId = JSON.stringify(thread.card).match(/"sessionId":"([a-f0-9]{24})"/)?.[1];
    if (!sessionId) throw new Error("createSessions(): the new thread's card carries no session id.");
    out.push({ sessionId, threadId: thread.threadId, rootId: thread.rootId });
  }
  return out;
}

/** Polls until the sink holds thread number `index`, or THREAD_WAIT_MS have passed. */
async function threadAt(sink: TeamsSink, index: number): Promise<void> {
  const end = Date.now() + THREAD_WAIT_MS;
  while (!sink.threads[index] && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
}

export interface AnswerPass extends PoolRun {
  /** Invokes answered with the confirmation card. */
  confirmed: number;
  /** Invokes answered "Gemmer …" (the slow path: the outcome follows in personal chat). */
  slow: number;
  /** Everything else ("prøv igen", HTTP errors), by what the participant saw. */
  refused: Record<string, number>;
}

/**
 * Every participant clicks "Send" on their session's shared card: an Action.Execute invoke through
 * the bot's real /api/messages, `concurrency` in flight.
 *
 * @example
 * const pass = await answerPass(bot.url, sink, sessions, participants(500, 10), 16);
 */
export async function answerPass(botUrl: string, sink: TeamsSink, sessions: readonly BenchSession[], people: readonly Participant[], concurrency: number): Promise<AnswerPass> {
  const results: Invoked[] = new Array(people.length);
  const run = await runPool(people.length, concurrency, async (i) => {
    const p = people[i];
    const s = sessions[p.session];
    const activity = executeInvoke(
      'session.answer',
      { sessionId: s.sessionId, ...p.texts },
      { serviceUrl: sink.serviceUrl, from: { id: p.userId, name: p.name }, conversationId: s.threadId, replyToId: s.rootId },
    );
    results[i] = await postInvoke(botUrl, activity);
  });
  const refused: Record<string, number> = {};
  let confirmed = 0;
  let slow = 0;
  for (const r of results) {
    if (r.status === 200 && r.text.includes(SAVED)) confirmed++;
    else if (r.status === 200 && r.text.includes(SAVING)) slow++;
    else {
      const what = `HTTP ${r.status}: ${r.text.split('\n').slice(0, 2).join(' ').slice(0, 80)}`;
      refused[what] = (refused[what] ?? 0) + 1;
    }
  }
  return { ...run, confirmed, slow, refused };
}

/**
 * What storage holds after the run, counted two ways: the gates' counters (AnswerBox.count) and
 * the answer rows themselves ('a|…'). They are written in one transaction, so they must agree.
 *
 * @example
 * const { rows } = await countStored(table, sessions); // rows === sent, or an answer was lost
 */
export async function countStored(table: TableClient, sessions: readonly BenchSession[]): Promise<{ counted: number; rows: number }> {
  const box = new AnswerBox(table);
  let counted = 0;
  let rows = 0;
  for (const s of sessions) {
    counted += await box.count(s.sessionId);
    const filter = `PartitionKey eq '${s.sessionId}' and RowKey ge 'a|' and RowKey lt 'a}'`;
    for await (const _ of table.listEntities({ queryOptions: { filter, select: ['RowKey'] } })) rows++;
  }
  return { counted, rows };
}
