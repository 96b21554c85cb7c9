import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import { SessionStore } from '../../storage/session-store';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { useAzurite } from '../support/azurite';
import { countRequests } from '../support/count-requests';
import { openSessionRecord } from '../support/session-record';
import { tempVault } from '../support/temp-vault';

describe('SessionStore.getOpen: the open session and its secret from a short memory, against Azurite', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  let table: TableClient;
  let sessions: SessionStore;

  beforeEach(async () => {
    table = tableClientFor(azurite.connectionString(), `open${randomBytes(4).toString('hex')}`);
    await ensureTable(table);
    sessions = new SessionStore(table, randomBytes(32), tempVault());
  });

  it('reads once for answers that arrive together, then serves them from memory', async () => {
    const session = openSessionRecord();
    await sessions.create(session);
    const seen = countRequests(table);
    const reads = await Promise.all(Array.from({ length: 10 }, () => sessions.getOpen(session.id, true)));
    assert.equal(seen.count, 2, 'one read of the session row and one of the secret');
    assert.ok(reads.every((r) => r?.secret?.length === 32 && r.session.id === session.id));
    assert.equal(reads.filter((r) => !r?.remembered).length, 1, 'all but the reader are told their copy is not fresh');
    await sessions.getOpen(session.id, true);
    assert.equal(seen.count, 2);
  });

  it('does not remember what it read while this process was writing the session', async () => {
    const session = openSessionRecord();
    await sessions.create(session);
    const stored = (await sessions.get(session.id))!;
    // The read reaches storage first and sees the session open, but its answer comes back only
    // after the close has landed: 100 ms before a write is sent, 300 ms before a read's answer returns.
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    table.pipeline.addPolicy({
      name: 'read-before-write-answer-after',
      sendRequest: async (req, next) => {
        if (req.method !== 'GET') await sleep(100);
        const res = await next(req);
        if (req.method === 'GET') await sleep(300);
        return res;
      },
    });
    const [, read] = await Promise.all([sessions.update({ ...stored.session, state: 'closed' }, stored.etag, { destroySecret: true }), sessions.getOpen(session.id, true)]);
    assert.equal(read?.session.state, 'open', 'the read itself saw the session before the close landed');
    const after = await sessions.getOpen(session.id, true);
    assert.equal(after?.remembered, false, 'read afresh');
    assert.equal(after?.session.state, 'closed');
    assert.equal(after?.secret, undefined, 'and the secret is gone');
  });

  it('counts the memory from when the read began, since storage may have served it at any time after', async () => {
    const brief = new SessionStore(table, randomBytes(32), tempVault(), { openMemoryMs: 300 });
    const session = openSessionRecord();
    await brief.create(session);
    table.pipeline.addPolicy({
      name: 'slow-read-answers',
      sendRequest: async (req, next) => {
        const res = await next(req);
        if (req.method === 'GET') await new Promise((r) => setTimeout(r, 200));
        return res;
      },
    });
    const began = performance.now();
    assert.equal((await brief.getOpen(session.id, true))?.remembered, false);
    assert.equal((await brief.getOpen(session.id, true))?.remembered, true, 'remembered for what was left of 300 ms');
    await new Promise((r) => setTimeout(r, Math.max(0, 400 - (performance.now() - began))));
    assert.equal((await brief.getOpen(session.id, true))?.remembered, false, 'gone 300 ms after the read began, not after it returned');
  });
});
