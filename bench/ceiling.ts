import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import { keyedHash, participationKey } from '../domain/anonymity/participation';
import { AnswerBox, GATE_COUNT, gateKey } from '../storage/answer-box';
import { toAsciiJson } from '../storage/entity-json';
import { ensureTable, tableClientFor } from '../storage/table-client';
import { runPool, type PoolRun } from './pool';

import { WARM_UP, warmUpParticipants, type Participant } from './workload';

/**
 * What `@azure/data-tables` alone achieves against the same Azurite, with the same concurrency,
 * partitions (one per session) and entities as the bot's answers. Three levels:
 * - 'insert': one createEntity of the answer row. The "raw insert rate", and the
 *   strictest ceiling: one HTTP request per answer, no batch, no reads.
 * - 'transaction': the answer's real write, a 3-operation batch (gate counter, participation row,
 *   answer row) of the same sizes, but unconditional and without the reads that precede it.
 * - 'answerBox': AnswerBox.saveAnswer itself, in process: the bot's storage path (gate and
 *   participation reads, the ETag-checked batch, retries on 412) minus HTTP, botbuilder, the
 *   session and secret reads and the progress updates. It shows where the bot's time goes.
 */
export type CeilingKind = 'insert' | 'transaction' | 'answerBox';

const partitionOf = (run: string, session: number) => `${run}${String(session).padStart(24 - run.length, '0')}`;

/**
 * Writes every participant's answer the `kind` way into a fresh table, `concurrency` at a time.
 *
 * @example
 * const run = await ceiling(azurite.connectionString, 'insert', people, 16, 10);
 * run.perSecond // raw inserts per second
 */
export async function ceiling(connectionString: string, kind: CeilingKind, people: readonly Participant[], concurrency: number, sessions: number): Promise<PoolRun> {
  const table = tableClientFor(connectionString, `ceiling${kind}${randomInt(1e9)}`);
  await ensureTable(table);
  const secret = randomBytes(32);
  const run = randomUUID().replace(/-/g, '').slice(0, 8);
  const box = new AnswerBox(table);
  const warm = `w${run.slice(1)}`;
  if (kind === 'answerBox') for (let s = 0; s < sessions; s++) await Promise.all([box.openGates(partitionOf(run, s), 'answer'), box.openGates(partitionOf(warm, s), 'answer')]);
  const write = writer(table, box, kind, secret);
  try {
    // Warm like the bot, into partitions the timed pass does not use.
    const warmPeople = warmUpParticipants(sessions);
    await runPool(WARM_UP, concurrency, (i) => write(partitionOf(warm, warmPeople[i].session), warmPeople[i]));
    return await runPool(people.length, concurrency, (i) => write(partitionOf(run, people[i].session), people[i]));
  } finally {
    await table.deleteTable();
  }
}

function writer(table: TableClient, box: AnswerBox, kind: CeilingKind, secret: Buffer): (partitionKey: string, p: Participant) => Promise<unknown> {
  const answer = (partitionKey: string, p: Participant) => ({ partitionKey, rowKey: `a|${randomUUID()}`, json: toAsciiJson(p.texts) });
  if (kind === 'insert') return (pk, p) => table.createEntity(answer(pk, p));
  if (kind === 'answerBox') return (pk, p) => box.saveAnswer(pk, secret, p.userId, randomUUID(), p.texts);
  return (pk, p) =>
    table.submitTransaction([
      ['upsert', { partitionKey: pk, rowKey: gateKey(randomInt(GATE_COUNT)), closed: false, answers: 1 }, 'Replace'],
      ['create', { partitionKey: pk, rowKey: `p|${participationKey(secret, p.userId)}`, answered: true, via: keyedHash(secret, 'activity', randomUUID()) }],
      ['create', answer(pk, p)],
    ]);
}

/**
 * Bytes of one answer row as the bot stores it (keys and the json property), averaged: the
 * "entity size" the ceiling writes too.
 *
 * @example answerRowBytes(participants(50, 10)) // ≈ 260
 */
export function answerRowBytes(people: readonly Participant[]): number {
  const total = people.reduce((sum, p) => sum + 24 + 2 + 36 + Buffer.byteLength(toAsciiJson(p.texts)), 0);
  return total / Math.max(1, people.length);
}
