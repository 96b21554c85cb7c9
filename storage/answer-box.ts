import { randomInt, randomUUID } from 'node:crypto';
import type { TableClient, TableEntity, TableEntityResult, TransactionAction } from '@azure/data-tables';
import { assignBalanced } from '../domain/anonymity/assign';
import { keyedHash, participationKey, unwrapSecret, wrapSecret } from '../domain/anonymity/participation';
import type { AnswerTexts } from '../domain/validation/answer';
import { statusCodeOf } from './storage-errors';
import { toAsciiJson } from './entity-json';
import { ShortMemory } from './short-memory';
import { prefixEnd } from './prefix-end';
import { deleteRowsWhere } from './partition-rows';

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
/** Long enough to span a busy round of answers; a stale ETag only costs a 412 and a read. */
const GATE_MEMORY_MS = 60_000;
const BATCH = 100;

export type AnswerOutcome = 'saved' | 'alreadySaved' | 'alreadyAnswered' | 'closed' | 'notAssigned';
export type Assignment = { kind: 'assigned'; questionId: string } | { kind: 'alreadyAnswered' } | { kind: 'closed' };

type Row = TableEntityResult<Record<string, unknown>>;
type TransactionEntity = TableEntity<Record<string, unknown>>;

export class StorageBusyError extends Error {
  readonly statusCode = 503;
  constructor(what: string) {
    super(`AnswerBox: gave up on ${what} after ${MAX_ATTEMPTS} conflicting attempts; the participant is asked to try again.`);
  }
}

export class AnswerBox {
  /** Gates as this process last wrote them, with their ETags (see memoryKey); a gate only holds counts. */
  private readonly lastWritten = new ShortMemory<Row>(GATE_MEMORY_MS, 4_000);
  /** How many answers in this process are using each gate right now. */
  private readonly inUse = new Map<string, number>();

  constructor(private readonly table: TableClient) {}

  /**
   * Saves one participant's answer exactly once. A redelivery of the same activity answers
   * 'alreadySaved' (the confirmation is shown again); another click by the same person answers
   * 'alreadyAnswered'. With `requiredQuestion`, the person must have been assigned that question.
   *
   * When this process wrote a gate last, the answer goes straight into the batch with that gate's
   * remembered ETag and a participation row that must not exist yet: one request. Any doubt (the
   * gate moved: 412; the person is already in: 409; the gate is gone: 404) falls back to reading
   * both rows first, which decides every outcome as before.
   */
  async saveAnswer(
    sessionId: string,
    secret: Buffer,
    userId: string,
    activityId: string,
    texts: AnswerTexts | readonly AnswerTexts[],
    requiredQuestion?: string,
    phase = 'answer',
  ): Promise<AnswerOutcome> {
    const rows = answerRows(sessionId, secret, userId, activityId, texts, phase);
    if (requiredQuestion === undefined && (await this.saveIfRemembered(sessionId, secret, rows, phase))) return 'saved';
    return this.retrying('saving an answer', () =>
      this.withGate(sessionId, phase, secret, async (i) => {
        // Both reads at once: they do not depend on each other, and the answer waits for each.
        const [gate, p] = await Promise.all([this.gate(sessionId, i, phase), this.maybe(sessionId, rows.participation.rowKey)]);
        if (gate.closed) return 'closed';
        if (p?.answered) return p.via === rows.participation.via ? 'alreadySaved' : 'alreadyAnswered';
        if (requiredQuestion !== undefined && p?.assigned !== requiredQuestion) return 'notAssigned';
        const assigned = p?.assigned ? { assigned: p.assigned } : {};
        await this.writeAnswer(gate, secret, [p ? ['update', { ...rows.participation, ...assigned }, 'Replace', { etag: p.etag }] : ['create', rows.participation], ...creates(rows.answers)]);
        return 'saved';
      }),
    );
  }

  /**
   * Only the one-request save: true if the answer was saved that way, false if saveAnswer() must
   * decide (nothing was written then). For a session taken from memory, whose secret may be out
   * of date: the gate's ETag was remembered from a write under this same secret, so a match proves
   * the session is still the one that secret belongs to, and still open.
   */
  async saveBlind(sessionId: string, secret: Buffer, userId: string, activityId: string, texts: AnswerTexts | readonly AnswerTexts[], phase = 'answer'): Promise<boolean> {
    return this.saveIfRemembered(sessionId, secret, answerRows(sessionId, secret, userId, activityId, texts, phase), phase);
  }

  private async saveIfRemembered(sessionId: string, secret: Buffer, rows: AnswerRows, phase: string): Promise<boolean> {
    return this.withGate(sessionId, phase, secret, (i) => this.writeBlind(sessionId, i, phase, secret, rows));
  }

  /** The one-request save; false when the remembered gate or the participation row says "look first". */
  private async writeBlind(sessionId: string, i: number, phase: string, secret: Buffer, rows: AnswerRows): Promise<boolean> {
    const key = memoryKey(sessionId, gateKey(i, phase), secret);
    const gate = this.lastWritten.get(key);
    if (!gate) return false;
    try {
      await this.writeAnswer(gate, secret, [['create', rows.participation], ...creates(rows.answers)]);
      return true;
    } catch (err) {
      const code = statusCodeOf(err);
      if (code !== 412 && code !== 409 && code !== 404) throw err;
      // A 409 (the person is in already) leaves the gate as it was: the batch applied nothing.
      if (code !== 409) this.lastWritten.forget(key);
      return false;
    }
  }

  /** Counts one more answer on the gate, ETag-checked, in one transaction with `rest`; remembers the gate's new ETag. */
  private async writeAnswer(gate: Row, secret: Buffer, rest: TransactionAction[]): Promise<void> {
    const sessionId = String(gate.partitionKey);
    const next = { partitionKey: sessionId, rowKey: String(gate.rowKey), closed: false, answers: Number(gate.answers) + 1, ...assignedCounts(gate) };
    const res = await this.table.submitTransaction([['update', next, 'Replace', { etag: gate.etag }], ...rest]);
    // The gate is the first operation; an update's sub-response carries its ETag but no row key.
    const etag = res.subResponses[0]?.etag;
    if (etag) this.lastWritten.set(memoryKey(sessionId, next.rowKey, secret), { ...next, etag });
  }

  /**
   * Runs `work` with one of the session's gates, preferring one no other answer in this process is
   * using, so that answers here do not collide on a gate's ETag among themselves. Instances that
   * share a session drift apart onto different gates, since a gate another one moved is forgotten.
   */
  private async withGate<T>(sessionId: string, phase: string, secret: Buffer, work: (i: number) => Promise<T>): Promise<T> {
    const busyKey = (i: number) => `${gateKey(i, phase)}@${sessionId}`;
    const free = Array.from({ length: GATE_COUNT }, (_, i) => i).filter((i) => !this.inUse.has(busyKey(i)));
    // A free gate this process wrote last can be written without reading it first.
    const known = free.filter((i) => this.lastWritten.get(memoryKey(sessionId, gateKey(i, phase), secret)) !== undefined);
    const from = known.length > 0 ? known : free;
    const i = from.length > 0 ? from[randomInt(from.length)] : randomInt(GATE_COUNT);
    this.inUse.set(busyKey(i), (this.inUse.get(busyKey(i)) ?? 0) + 1);
    try {
      return await work(i);
    } finally {
      const left = (this.inUse.get(busyKey(i)) ?? 1) - 1;
      if (left > 0) this.inUse.set(busyKey(i), left);
      else this.inUse.delete(busyKey(i));
    }
  }

  /** Gives the participant one question, balanced across participants, and the same one if they ask again. */
  async assign(sessionId: string, secret: Buffer, userId: string, questionIds: readonly string[]): Promise<Assignment> {
    const pKey = `p|${participationKey(secret, userId)}`;
    return this.retrying('assigning a question', async () => {
      const p = await this.maybe(sessionId, pKey);
      if (p?.answered) return { kind: 'alreadyAnswered' };
      if (typeof p?.assigned === 'string') return { kind: 'assigned', questionId: p.assigned };
      // Gates missing (the data was deleted) take no assignments, like shut ones.
      const gates = await this.allGates(sessionId);
      if (!gates || gates.some((g) => g.closed)) return { kind: 'closed' };
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
      await this.table.submitTransaction(
        Array.from({ length: GATE_COUNT }, (_, i): TransactionAction => ['create', { partitionKey: sessionId, rowKey: gateKey(i, phase), closed: false, answers: 0 }]),
      );
    } catch (err) {
      if (statusCodeOf(err) !== 409) throw err;
    }
  }

  /** How many people have answered, from the gates' counters. */
  async count(sessionId: string, phase = 'answer'): Promise<number> {
    const count = await this.countIfReady(sessionId, phase);
    if (count === undefined) throw new Error(`AnswerBox.count(): session ${sessionId} does not have its ${GATE_COUNT} ${phase} gates; is the session id right?`);
    return count;
  }

  /**
   * Like count(), but undefined while the phase's gates are not all there: a phase being opened
   * (the session names it before its gates exist) or data being deleted. For the progress card.
   */
  async countIfReady(sessionId: string, phase = 'answer'): Promise<number | undefined> {
    return (await this.allGates(sessionId, phase))?.reduce((sum, g) => sum + Number(g.answers), 0);
  }

  /** Shuts every gate; any answer racing with this fails its ETag check and sees 'closed' on retry. */
  async shut(sessionId: string, phase = 'answer'): Promise<void> {
    this.lastWritten.forgetWhere(ofSession(sessionId));
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
    await deleteRowsWhere(this.table, sessionId, (key) => key.startsWith(`${pre}p|`));
  }

  /**
   * How many of `people` (the session's facilitators) took part in the phase, counted once, after
   * the gates are shut and before sealing deletes participation, and kept for a repeated close in
   * one row encrypted under the phase's secret, so that it is unreadable once the secret is gone
   * (docs/anonymity.md, rule 4). The first closer's count stands; a later one reads it.
   */
  async facilitatorsIn(sessionId: string, secret: Buffer, people: readonly string[], phase = 'answer'): Promise<number> {
    const rowKey = `${phasePrefix(phase)}facilitators`;
    const kept = async () => {
      const row = await this.maybe(sessionId, rowKey);
      return row ? unwrapSecret(String(row.sealed), secret)[0] : undefined;
    };
    const known = await kept();
    if (known !== undefined) return known;
    const rows = await Promise.all(people.map((id) => this.maybe(sessionId, `${phasePrefix(phase)}p|${participationKey(secret, id)}`)));
    let counted = rows.filter((r) => r?.answered === true).length;
    // Sealed before this count existed (a close begun by an older version): participation is gone
    // though people answered, so nobody can tell; count every facilitator, the safe side.
    if (counted === 0 && ((await this.countIfReady(sessionId, phase)) ?? 0) > 0 && (await this.rows(sessionId, `${phasePrefix(phase)}p|`)).length === 0) counted = people.length;
    try {
      await this.table.createEntity({ partitionKey: sessionId, rowKey, sealed: wrapSecret(Buffer.from([counted]), secret) });
      return counted;
    } catch (err) {
      if (statusCodeOf(err) !== 409) throw err;
      return (await kept()) ?? counted;
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

  /** A gate that is not there (the session's data was deleted) takes no answers: it reads as closed. */
  private async gate(sessionId: string, i: number, phase = 'answer'): Promise<Row> {
    return (await this.maybe(sessionId, gateKey(i, phase))) ?? ({ partitionKey: sessionId, rowKey: gateKey(i, phase), closed: true, answers: 0, etag: '' } as Row);
  }

  /** The phase's gates, or undefined unless all GATE_COUNT are there (being opened, or deleted). */
  private async allGates(sessionId: string, phase = 'answer'): Promise<Row[] | undefined> {
    const gates = await this.rows(sessionId, `${phasePrefix(phase)}gate|`);
    return gates.length === GATE_COUNT ? gates : undefined;
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
    const filter = `PartitionKey eq '${sessionId}' and RowKey ge '${prefix}' and RowKey lt '${prefixEnd(prefix)}'`;
    const out: Row[] = [];
    for await (const row of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) out.push(row);
    return out;
  }
}

/**
 * Remembered gates are filed under the secret they were written with ('gate|3@<session>#<tag>'):
 * a session erased and created again under the same id has a new secret, so no ETag remembered
 * for the old one is ever tried with the new one's rows, or the other way round.
 */
const memoryKey = (sessionId: string, gateRowKey: string, secret: Buffer) => `${gateRowKey}@${sessionId}#${secretTag(secret)}`;
const ofSession = (sessionId: string) => (key: string) => key.includes(`@${sessionId}#`);
const secretTag = (secret: Buffer) => keyedHash(secret, 'gate-memory', '').slice(0, 16);

interface AnswerRows {
  participation: TransactionEntity;
  answers: TransactionEntity[];
}

/**
 * The participation row (keyed by the person under the secret) and the answer rows (no author).
 * Several items from one person ("Tid til kerneopgaven") are separate rows, each under its own
 * random key, with nothing in common but the transaction; sealing rewrites them apart
 * (docs/anonymity.md, "Proposals with several items"). The gate counts the person once.
 */
function answerRows(sessionId: string, secret: Buffer, userId: string, activityId: string, texts: AnswerTexts | readonly AnswerTexts[], phase: string): AnswerRows {
  const pre = phasePrefix(phase);
  const items: readonly AnswerTexts[] = Array.isArray(texts) ? texts : [texts as AnswerTexts];
  return {
    participation: { partitionKey: sessionId, rowKey: `${pre}p|${participationKey(secret, userId)}`, answered: true, via: keyedHash(secret, 'activity', activityId) },
    answers: items.map((item) => ({ partitionKey: sessionId, rowKey: `${pre}a|${randomUUID()}`, json: toAsciiJson(item) })),
  };
}

const creates = (rows: readonly TransactionEntity[]): TransactionAction[] => rows.map((row) => ['create', row]);

function assignedCounts(row: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(row)) if (key.startsWith('assigned_')) out[key] = Number(value);
  return out;
}

function entityOf(row: Row): Record<string, unknown> & { partitionKey: string; rowKey: string } {
  const { etag: _etag, timestamp: _timestamp, ...rest } = row as Row & { timestamp?: string };
  return { ...rest, partitionKey: String(row.partitionKey), rowKey: String(row.rowKey) };
}
