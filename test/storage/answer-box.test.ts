import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import { AnswerBox, GATE_COUNT } from '../../storage/answer-box';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { useAzurite } from '../support/azurite';
import { countRequests } from '../support/count-requests';

const texts = (i: number) => ({ q1: `svar ${i}` });

describe('AnswerBox against Azurite: the one-request save and its fall-backs', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  let table: TableClient;
  let sessionId: string;
  const secret = randomBytes(32);

  beforeEach(async () => {
    table = tableClientFor(azurite.connectionString(), `box${randomBytes(4).toString('hex')}`);
    await ensureTable(table);
    sessionId = randomBytes(12).toString('hex');
    await new AnswerBox(table).openGates(sessionId, 'answer');
  });

  async function answerRows(): Promise<number> {
    let n = 0;
    for await (const _ of table.listEntities({ queryOptions: { filter: `PartitionKey eq '${sessionId}' and RowKey ge 'a|' and RowKey lt 'a}'` } })) n += 1;
    return n;
  }

  it('saves with one request after the first, and counts each answer once', async () => {
    const box = new AnswerBox(table);
    const requests = countRequests(table);
    assert.equal(await box.saveAnswer(sessionId, secret, 'user-0', 'act-0', texts(0)), 'saved');
    assert.equal(requests.count, 3, 'the first reads the gate and the participation row, then writes');
    requests.count = 0;
    for (let i = 1; i < 11; i++) assert.equal(await box.saveAnswer(sessionId, secret, `user-${i}`, `act-${i}`, texts(i)), 'saved');
    assert.equal(requests.count, 10, 'one batch per answer, no reads');
    assert.equal(await box.count(sessionId), 11);
    assert.equal(await answerRows(), 11);
  });

  it('counts the facilitators who took part once, keeps the count unreadable without the secret, and gives the same count after sealing', async () => {
    const box = new AnswerBox(table);
    for (const who of ['mette', 'jonas', 'aisha']) assert.equal(await box.saveAnswer(sessionId, secret, who, `act-${who}`, texts(0)), 'saved');
    await box.shut(sessionId);
    assert.equal(await box.facilitatorsIn(sessionId, secret, ['mette', 'jonas', 'lars']), 2);
    const row = await table.getEntity<Record<string, unknown>>(sessionId, 'facilitators');
    assert.doesNotMatch(JSON.stringify(row), /mette|jonas|"2"|:2[,}]/, 'the count is stored encrypted, under the phase secret');
    await box.seal(sessionId, secret);
    assert.equal(await box.facilitatorsIn(sessionId, secret, ['mette', 'jonas', 'lars']), 2, 'a repeated close after sealing reads the first count');
    await assert.rejects(() => box.facilitatorsIn(sessionId, randomBytes(32), ['mette']), 'another secret cannot read it');
  });

  it('counts every facilitator when the phase was sealed before any count was kept (a close begun by an older version)', async () => {
    const box = new AnswerBox(table);
    for (const who of ['jonas', 'aisha', 'lars']) assert.equal(await box.saveAnswer(sessionId, secret, who, `act-${who}`, texts(0)), 'saved');
    await box.shut(sessionId);
    await box.seal(sessionId, secret);
    assert.equal(await box.facilitatorsIn(sessionId, secret, ['mette', 'jonas']), 2);
  });

  it('tells a redelivery from a second click after a one-request save', async () => {
    const box = new AnswerBox(table);
    for (let i = 0; i < 40; i++) await box.saveAnswer(sessionId, secret, `user-${i}`, `act-${i}`, texts(i));
    assert.equal(await box.saveAnswer(sessionId, secret, 'user-3', 'act-3', texts(99)), 'alreadySaved');
    assert.equal(await box.saveAnswer(sessionId, secret, 'user-3', 'act-other', texts(99)), 'alreadyAnswered');
    assert.equal(await box.count(sessionId), 40);
    assert.equal(await answerRows(), 40);
  });

  it('keeps exact counts when two instances write the same gates (stale remembered ETags)', async () => {
    const [a, b] = [new AnswerBox(table), new AnswerBox(table)];
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).saveAnswer(sessionId, secret, `user-${i}`, `act-${i}`, texts(i))));
    assert.deepEqual(new Set(results), new Set(['saved']));
    // Both now remember gates the other has since moved: every save must still land once.
    const more = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? b : a).saveAnswer(sessionId, secret, `late-${i}`, `late-${i}`, texts(i))));
    assert.deepEqual(new Set(more), new Set(['saved']));
    assert.equal(await a.count(sessionId), 100);
    assert.equal(await answerRows(), 100);
  });

  it('lets no answer in after another instance shut the gates, though this one remembers them open', async () => {
    const [taker, closer] = [new AnswerBox(table), new AnswerBox(table)];
    for (let i = 0; i < 40; i++) await taker.saveAnswer(sessionId, secret, `user-${i}`, `act-${i}`, texts(i));
    await closer.shut(sessionId);
    for (let i = 0; i < GATE_COUNT * 2; i++) assert.equal(await taker.saveAnswer(sessionId, secret, `late-${i}`, `late-${i}`, texts(i)), 'closed');
    assert.equal(await answerRows(), 40);
  });

  it('answers "closed" rather than failing when the session\'s rows were deleted under it', async () => {
    const box = new AnswerBox(table);
    for (let i = 0; i < 40; i++) await box.saveAnswer(sessionId, secret, `user-${i}`, `act-${i}`, texts(i));
    for await (const row of table.listEntities({ queryOptions: { filter: `PartitionKey eq '${sessionId}'` } })) await table.deleteEntity(sessionId, String(row.rowKey));
    assert.equal(await box.saveAnswer(sessionId, secret, 'late', 'late', texts(1)), 'closed');
    assert.equal(await answerRows(), 0);
  });
});
