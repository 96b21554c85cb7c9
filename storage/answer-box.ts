import { randomInt, randomUUID } from 'node:crypto';
import type { TableClient, TableEntityResult, TransactionAction } from '@azure/data-tables';
import { assignBalanced } from '../domain/anonymity/assign';
import { keyedHash, participationKey } from '../domain/anonymity/participation';
import type { AnswerTexts } from '../domain/validation/answer';
import { statusCodeOf } from './storage-errors';
import { toAsciiJson } from './entity-json';

/**
 * Answers and participation for one session, in that session's partition.
 *
 * - An answer row ('a|<random uuid>') holds only the texts: no author, no time of our own.
 * - A participation row ('p|<HMAC(secret, user id)>') stops double answers; it never names its answer.
 * - Each answer is written in one transaction with its participation row and one of GATE_COUNT
 *   gate rows, ETag-conditional on the gate. Closing flips every gate shut, so after close no
 *   answer can slip in, and the gates' counters give the count without reading answers.
 * - At close, answers are re-keyed ('s|<HMAC(secret, old key)>') and participation rows deleted,
 *   so nothing that remains can be joined by key, order or write time.
 */
export const GATE_COUNT = 8;
/**
 * Each phase of a session has its own gates, participation and answers. The answer phase keeps
 * the plain prefixes ('a|', 'p|', 's|', 'gate|'); later phases put theirs behind 'proposals:' etc.
 */
export const phasePrefix = (phase: string) => (phase === 'answer' ? '' : `${phase}:`);
export const gateKey = (i: number, phase = 'answer') => `${phasePrefix(phase)}gate|${i}`;
const MAX_ATTEMPTS = 30;
const BATCH = 100;

export type AnswerOutcome = 'saved' | 'alreadySaved' | 'alreadyAnswered' | 'closed' | 'notAssigned';
export type Assignment = { kind: 'assigned'; questionId: string } | { kind: 'alreadyAnswered' } | { kind: 'closed' };

type Row = TableEntityResult<Record<string, unknown>>;

export class StorageBusyError extends Error {
  readonly statusCode = 503;
  constructor(what: string) {
    super(`AnswerBox: gave up on ${what} after ${MAX_ATTEMPTS} conflicting attempts; the participant is asked to try again.`);
  }
}

export class AnswerBox {
  constructor(private readonly table: TableClient) {}

  /**
   * Saves one participant's answer exactly once. A redelivery of the same activity answers
   * 'alreadySaved' (the confirmation is shown again); another click by the same person answers
   * 'alreadyAnswered'. With `requiredQuestion`, the person must have been assigned that question.
   */
  async saveAnswer(sessionId: string, secret: Buffer, userId: string, activityId: string, texts: AnswerTexts, requiredQuestion?: string, phase = 'answer'): Promise<AnswerOutcome> {
    const pre = phasePrefix(phase);
    const pKey = `${pre}p|${participationKey(secret, userId)}`;
    const via = keyedHash(secret, 'activity', activityId);
    return this.retrying('saving an answer', async () => {
      // Both reads at once: they do not depend on each other, and the answer waits for each.
      const [gate, p] = await Promise.all([this.gate(sessionId, randomInt(GATE_COUNT), phase), this.maybe(sessionId, pKey)]);
      if (gate.closed) return 'closed';
      if (p?.answered) return p.via === via ? 'alreadySaved' : 'alreadyAnswered';
      if (requiredQuestion !== undefined && p?.assigned !== requiredQuestion) return 'notAssigned';
      const participation = { partitionKey: sessionId, rowKey: pKey, answered: true, via, ...(p?.assigned ? { assigned: p.assigned } : {}) };
      await this.table.submitTransaction([
        ['update', { partitionKey: sessionId, rowKey: String(gate.rowKey), closed: false, answers: Number(gate.answers) + 1, ...assignedCounts(gate) }, 'Replace', { etag: gate.etag }],
        p ? ['update', participation, 'Replace', { etag: p.etag }] : ['create', participation],
        ['create', { partitionKey: sessionId, rowKey: `${pre}a|${randomUUID()}`, json: toAsciiJson(texts) }],
      ]);
      return 'saved';
    });
  }

  /** Gives the participant one question, balanced across participants, and the same one if they ask again. */
  async assign(sessionId: string, secret: Buffer, userId: string, questionIds: readonly string[]): Promise<Assignment> {
    const pKey = `p|${participationKey(secret, userId)}`;
    return this.retrying('assigning a question', async () => {
      const p = await this.maybe(sessionId, pKey);
      if (p?.answered) return { kind: 'alreadyAnswered' };
      if (typeof p?.assigned === 'string') return { kind: 'assigned', questionId: p.assigned };
      const gates = await this.gates(sessionId);
      if (gates.some((g) => g.closed)) return { kind: 'closed' };
      const totals: Record<string, number> = {};
      for (const g of gates) for (const [id, n] of Object.entries(assignedCounts(g))) totals[id.slice(9)] = (totals[id.slice(9)] ?? 0) + n;
      const questionId = assignBalanced(questionIds, totals);
      const gate = gates[randomInt(gates.length)];
      const counts = assignedCounts(gate);
      counts[`assigned_${questionId}`] = (counts[`assigned_${questionId}`] ?? 0) + 1;
      await this.table.submitTransaction([
        ['update', { partitionKey: sessionId, rowKey: String(gate.rowKey), closed: false, answers: Number(gate.answers), ...counts }, 'Replace', { etag: gate.etag }],
        ['create', { partitionKey: sessionId, rowKey: pKey, answered: false, assigned: questionId }],
      ]);
      return { kind: 'assigned', questionId };
    });
  }

  /** Opens a phase: creates its gates, all or nothing. Opening an open phase again changes nothing. */
  async openGates(sessionId: string, phase: string): Promise<void> {
    try {
      await this.table.submitTransaction(Array.from({ length: GATE_COUNT }, (_, i): TransactionAction => ['create', { partitionKey: sessionId, rowKey: gateKey(i, phase), closed: false, answers: 0 }]));
    } catch (err) {
      if (statusCodeOf(err) !== 409) throw err;
    }
  }

  /** How many people have answered, from the gates' counters. */
  async count(sessionId: string, phase = 'answer'): Promise<number> {
    return (await this.gates(sessionId, phase)).reduce((sum, g) => sum + Number(g.answers), 0);
  }

  /** Shuts every gate; any answer racing with this fails its ETag check and sees 'closed' on retry. */
  async shut(sessionId: string, phase = 'answer'): Promise<void> {
    for (let i = 0; i < GATE_COUNT; i++) {
      await this.retrying('closing a gate', async () => {
        const gate = await this.gate(sessionId, i, phase);
        if (gate.closed) return;
        await this.table.updateEntity({ ...entityOf(gate), closed: true }, 'Replace', { etag: gate.etag });
      });
    }
  }

  /**
   * Re-keys every open answer under the secret and deletes participation, in transactions of one
   * partition. Safe to run again after a crash: keys are derived, so a second run rewrites the same rows.
   */
  async seal(sessionId: string, secret: Buffer, phase = 'answer'): Promise<void> {
    // Another closer may be sealing the same rows (a 404 on delete): then list again and go on.
    for (let pass = 0; pass < 5; pass++) {
      try {
        await this.sealOnce(sessionId, secret, phase);
        return;
      } catch (err) {
        if (statusCodeOf(err) !== 404) throw err;
      }
    }
    throw new Error(`AnswerBox.seal(): session ${sessionId} kept changing under five sealing passes.`);
  }

  private async sealOnce(sessionId: string, secret: Buffer, phase: string): Promise<void> {
    const pre = phasePrefix(phase);
    const open = await this.rows(sessionId, `${pre}a|`);
    for (let i = 0; i < open.length; i += BATCH / 2) {
      const actions: TransactionAction[] = [];
      for (const row of open.slice(i, i + BATCH / 2)) {
        actions.push(['upsert', { partitionKey: sessionId, rowKey: `${pre}s|${keyedHash(secret, 'seal', String(row.rowKey))}`, json: row.json }, 'Replace']);
        actions.push(['delete', { partitionKey: sessionId, rowKey: String(row.rowKey) }]);
      }
      await this.table.submitTransaction(actions);
    }
    const participation = await this.rows(sessionId, `${pre}p|`);
    for (let i = 0; i < participation.length; i += BATCH) {
      await this.table.submitTransaction(participation.slice(i, i + BATCH).map((r): TransactionAction => ['delete', { partitionKey: sessionId, rowKey: String(r.rowKey) }]));
    }
  }

  /** The sealed answers, in key order (which, after sealing, is a random order). */
  async sealedAnswers(sessionId: string, phase = 'answer'): Promise<AnswerTexts[]> {
    return (await this.rows(sessionId, `${phasePrefix(phase)}s|`)).map((r) => JSON.parse(String(r.json)) as AnswerTexts);
  }

  private async retrying<T>(what: string, attempt: () => Promise<T>): Promise<T> {
    for (let n = 0; n < MAX_ATTEMPTS; n++) {
      try {
        return await attempt();
      } catch (err) {
        const code = statusCodeOf(err);
        // 412: a gate or participation row moved under us; 409: a double click created it first.
        if (code !== 412 && code !== 409) throw err;
        await new Promise((r) => setTimeout(r, randomInt(5, 20 + n * 10)));
      }
    }
    throw new StorageBusyError(what);
  }

  private async gate(sessionId: string, i: number, phase = 'answer'): Promise<Row> {
    return this.table.getEntity(sessionId, gateKey(i, phase));
  }

  private async gates(sessionId: string, phase = 'answer'): Promise<Row[]> {
    const gates = await this.rows(sessionId, `${phasePrefix(phase)}gate|`);
    if (gates.length !== GATE_COUNT) throw new Error(`AnswerBox: session ${sessionId} has ${gates.length} gates, expected ${GATE_COUNT}; is the session id right?`);
    return gates;
  }

  private async maybe(sessionId: string, rowKey: string): Promise<Row | undefined> {
    try {
      return await this.table.getEntity(sessionId, rowKey);
    } catch (err) {
      if (statusCodeOf(err) === 404) return undefined;
      throw err;
    }
  }

  private async rows(sessionId: string, prefix: string): Promise<Row[]> {
    const end = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
    const filter = `PartitionKey eq '${sessionId}' and RowKey ge '${prefix}' and RowKey lt '${end}'`;
    const out: Row[] = [];
    for await (const row of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) out.push(row);
    return out;
  }
}

function assignedCounts(row: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(row)) if (key.startsWith('assigned_')) out[key] = Number(value);
  return out;
}

function entityOf(row: Row): Record<string, unknown> & { partitionKey: string; rowKey: string } {
  const { etag: _etag, timestamp: _timestamp, ...rest } = row as Row & { timestamp?: string };
  return { ...rest, partitionKey: String(row.partitionKey), rowKey: String(row.rowKey) };
}
