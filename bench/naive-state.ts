import { randomInt } from 'node:crypto';
import type { AnswerTexts } from '../domain/validation/answer';
import { TableStateStorage } from '../storage/table-state-storage';
import { runPool, type PoolRun } from './pool';
import type { Participant } from './workload';

export interface NaiveRun extends PoolRun {
  /** Answers in the session documents after the run (sent − stored were overwritten). */
  stored: number;
}

/**
 * The naive baseline: the answers kept the way many botbuilder samples keep them, one
 * ConversationState document per session (one per thread) holding an array of answers. Each
 * answer is a turn: read the document, push the answer, write it back with eTag '*'. That is what
 * BotState.saveChanges does (botbuilder-core/lib/botState.js sets `cached.state.eTag = '*'`
 * before storage.write), so the last writer wins and a concurrent answer read before it is lost.
 *
 * botbuilder is only imported under bot/, so this uses our TableStateStorage, which keeps
 * botbuilder's Storage semantics (eTag '*' = unconditional upsert). The gap between read and write
 * here is only our own code; in a real bot it is the whole turn, so the losses below are a floor.
 *
 * @example
 * const naive = await naiveBaseline(azurite.connectionString, people, 16, 10);
 * people.length - naive.stored // answers lost
 */
export async function naiveBaseline(connectionString: string, people: readonly Participant[], concurrency: number, sessions: number): Promise<NaiveRun> {
  const storage = await TableStateStorage.create(connectionString, `naivestate${randomInt(1e9)}`);
  const keys = Array.from({ length: sessions }, (_, s) => `msteams/conversations/bench-channel;messageid=${1_800_000_000_000 + s}/`);
  const run = await runPool(people.length, concurrency, async (i) => {
    const key = keys[people[i].session];
    const state = (await storage.read([key]))[key] ?? {};
    state.answers = [...((state.answers as AnswerTexts[] | undefined) ?? []), people[i].texts];
    state.eTag = '*';
    await storage.write({ [key]: state });
  });
  const docs = await storage.read(keys);
  const stored = Object.values(docs).reduce((sum, doc) => sum + ((doc.answers as unknown[] | undefined)?.length ?? 0), 0);
  return { ...run, stored };
}
