import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import { TEAMS_LIMITS } from '../../bot/send-limits';
import { LocalTenantBudget, splitAcross } from '../../bot/tenant-budget';
import type { TenantBudget } from '../../storage/send-budget-port';
import { findFreePort } from '../../storage/azurite-child';
import { azuriteConnectionString } from '../../storage/azurite-process';
import { SharedSendBudget } from '../../storage/send-budget';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { useAzurite } from '../support/azurite';
import { busiest } from '../support/busiest';
import { countRequests } from '../support/count-requests';
import { slowedAccount, type SlowProxy } from '../support/slow-proxy';

/** A fallback that gives every slot at once and counts them: the tests see when it was used. */
function countingFallback(): TenantBudget & { used: string[] } {
  const used: string[] = [];
  return { used, slot: async (tenant) => void used.push(tenant) };
}

/** Fails when `promise` has not settled after `ms`: a deadline, not a wait. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not done after ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Teams' 50 sends a second per app and tenant, kept by several instances through one row per
 * tenant in real Azurite: each SharedSendBudget here stands for one instance.
 */
describe('storage: the shared per-tenant send budget, against Azurite', function () {
  this.timeout(60_000);
  const azurite = useAzurite();
  let table: TableClient;

  /** This test's table behind a SlowProxy of its own. */
  async function slowedTable(): Promise<{ proxy: SlowProxy; slow: TableClient }> {
    const { proxy, connectionString } = await slowedAccount(azurite.connectionString());
    return { proxy, slow: tableClientFor(connectionString, table.tableName) };
  }

  beforeEach(async () => {
    table = tableClientFor(azurite.connectionString(), `sendbudget${randomBytes(4).toString('hex')}`);
    await ensureTable(table);
  });

  it('three instances asking for 240 slots at once never hand out more than 50 in any second, and waste little', async () => {
    const fallback = countingFallback();
    const fallbacks: unknown[] = [];
    const instances = Array.from({ length: 3 }, () => new SharedSendBudget(table, { slotMs: 22, fallback, onFallback: (f) => fallbacks.push(f) }));
    const given: number[] = [];
    const started = Date.now();
    await Promise.all(instances.flatMap((budget) => Array.from({ length: 80 }, () => budget.slot('tenant-a').then(() => given.push(Date.now())))));
    const seconds = (Date.now() - started) / 1000;
    assert.equal(given.length, 240);
    assert.deepEqual([fallback.used.length, fallbacks], [0, []], 'storage answered: no fallback share');
    assert.ok(busiest(given, 1000) <= 50, `busiest second: ${busiest(given, 1000)}`);
    // 240 slots 22 ms apart take 5.3 s; claims and a loaded machine add some, dropped late slots more.
    assert.ok(seconds >= 4.7 && seconds < 5.3 * 1.5, `240 slots in ${seconds.toFixed(1)} s`);
    console.log(`      240 slots in ${seconds.toFixed(2)} s (22 ms slots: 5.28 s); busiest second ${busiest(given, 1000)}`);
  });

  it('two instances on the row and one without storage keep 50 in any second together', async () => {
    const { slotMs, fallback } = splitAcross(TEAMS_LIMITS.perTenant[0], 3);
    const onRow = Array.from({ length: 2 }, () => new SharedSendBudget(table, { slotMs, fallback: countingFallback() }));
    const dead = tableClientFor(azuriteConnectionString('127.0.0.1', await findFreePort('127.0.0.1')), 'sendbudget');
    const told: unknown[] = [];
    const cutOff = new SharedSendBudget(dead, { slotMs, fallback: new LocalTenantBudget(fallback), onFallback: (f) => told.push(f) });
    const given: number[] = [];
    let rowDone = false;
    // The cut-off instance sends as fast as its share lets it for as long as the others do.
    const alone = (async () => {
      while (!rowDone) await cutOff.slot('tenant-a').then(() => given.push(Date.now()));
    })();
    await Promise.all(onRow.flatMap((budget) => Array.from({ length: 100 }, () => budget.slot('tenant-a').then(() => given.push(Date.now())))));
    rowDone = true;
    await alone;
    assert.equal(told.length, 1, 'the cut-off instance fell back once and stayed on its share');
    const most = busiest(given, 1000);
    assert.ok(given.length > 200 + 2, `the cut-off instance sent too: ${given.length - 200}`);
    assert.ok(most <= 50, `busiest second: ${most}`);
    console.log(`      ${given.length} sends, ${given.length - 200} of them without storage; busiest second ${most}`);
  });

  it('waits out a contended row instead of leaving it: claims lost to others for a second never fall back', async () => {
    // 30 ms more per request for this instance: others' writes land between its read and its write.
    const { proxy, slow } = await slowedTable();
    proxy.delayMs = 30;
    const fallback = countingFallback();
    const told: unknown[] = [];
    const budget = new SharedSendBudget(slow, { slotMs: 23, fallback, onFallback: (f) => told.push(f) });
    const others = tableClientFor(azurite.connectionString(), table.tableName);
    let writes = 0;
    let waited = 0;
    try {
      await budget.slot('tenant-a');
      // Others claiming back to back: the row answers, but each of this instance's writes finds it changed.
      const end = Date.now() + 1_500;
      const busy = (async () => {
        for (; Date.now() < end; writes++) await others.upsertEntity({ partitionKey: 'tenant-a', rowKey: 'next', next: { value: Date.now(), type: 'Double' } }, 'Replace');
      })();
      const asked = Date.now();
      await budget.slot('tenant-a');
      waited = Date.now() - asked;
      await busy;
    } finally {
      await proxy.stop();
    }
    assert.deepEqual([fallback.used.length, told], [0, []], 'the row answered throughout: the send waited for it, not the fallback');
    console.log(`      others wrote the row ${writes} times; the send waited ${waited} ms for its slot`);
  });

  it('claims the next block while the held slots are used: 150 ms claims leave no gap between blocks', async () => {
    const { proxy, slow } = await slowedTable();
    try {
      const budget = new SharedSendBudget(slow, { slotMs: 23, fallback: countingFallback() });
      await budget.slot('tenant-a'); // the row is known: a claim is one write from here
      proxy.delayMs = 150;
      const given: number[] = [];
      await Promise.all(Array.from({ length: 40 }, () => budget.slot('tenant-a').then(() => given.push(Date.now()))));
      const span = Math.max(...given) - Math.min(...given);
      // 40 slots are 39 × 23 = 897 ms apart at the least; a claim made only once the held slots
      // are used would add at least 190 ms (its round trip and lead) at each of three block ends.
      assert.ok(span < 897 + 300, `40 sends over ${span} ms`);
      console.log(`      40 sends over ${span} ms with 150 ms claims (897 ms of slots)`);
    } finally {
      proxy.delayMs = 0;
      await proxy.stop();
    }
  });

  it("keeps tenants apart: one tenant's queue does not hold back another's first send", async () => {
    const budget = new SharedSendBudget(table, { slotMs: 22, fallback: countingFallback() });
    const busy = Promise.all(Array.from({ length: 60 }, () => budget.slot('tenant-a')));
    await new Promise((r) => setTimeout(r, 50));
    const asked = Date.now();
    await budget.slot('tenant-b');
    assert.ok(Date.now() - asked < 500, `tenant-b waited ${Date.now() - asked} ms`);
    await busy;
  });

  it('keeps one row per tenant with the next free time and nothing about people', async () => {
    const budget = new SharedSendBudget(table, { slotMs: 22, fallback: countingFallback() });
    await Promise.all([budget.slot('tenant-a'), budget.slot('tenant-a'), budget.slot('tenant-b')]);
    const rows = [];
    for await (const row of table.listEntities()) rows.push(row);
    assert.deepEqual(rows.map((r) => [r.partitionKey, r.rowKey]).sort(), [
      ['tenant-a', 'next'],
      ['tenant-b', 'next'],
    ]);
    for (const row of rows) {
      assert.deepEqual(
        Object.keys(row).filter((k) => !['partitionKey', 'rowKey', 'etag', 'timestamp', 'odata.metadata'].includes(k)),
        ['next'],
      );
      assert.ok(Math.abs(Number(row.next) - Date.now()) < 10_000, `next is a time near now: ${String(row.next)}`);
    }
  });

  it('costs one storage request per claim while no other instance claims in between, and reads again when one did', async () => {
    const budget = new SharedSendBudget(table, { slotMs: 22, fallback: countingFallback() });
    const seen = countRequests(table);
    for (let i = 0; i < 5; i++) await budget.slot('tenant-a');
    // Five claims; on a loaded machine a block can come back already past and cost one more
    // claim, so the invariant is in the kinds of request: one read, then only writes.
    assert.equal(seen.methods[0], 'GET', 'the first claim reads (none yet)');
    assert.deepEqual(
      seen.methods.slice(1).filter((m) => m === 'GET'),
      [],
      `each later claim only writes: ${seen.methods.join(' ')}`,
    );
    assert.ok(seen.count >= 2 + 4 && seen.count <= 2 + 4 + 2, `one write per claim: ${seen.count} requests`);
    const other = new SharedSendBudget(tableClientFor(azurite.connectionString(), table.tableName), { slotMs: 22, fallback: countingFallback() });
    await other.slot('tenant-a');
    seen.methods.length = 0;
    await budget.slot('tenant-a');
    assert.deepEqual(seen.methods.slice(0, 3), ['PUT', 'GET', 'PUT'], 'its copy was old: the write is refused (412), then a read and a write');
    assert.deepEqual(
      seen.methods.slice(3).filter((m) => m === 'GET'),
      [],
      'and no read after that',
    );
  });

  it('sends within a bound when every storage request takes 1.4 s (slow, but under the claim timeout)', async () => {
    const { proxy, slow } = await slowedTable();
    try {
      const fallback = countingFallback();
      const told: { reason: string }[] = [];
      const budget = new SharedSendBudget(slow, { slotMs: 23, fallback, onFallback: (f) => told.push(f) });
      await budget.slot('tenant-a'); // quick while storage is: the row is known, a claim is one write
      proxy.delayMs = 1_400;
      for (let i = 0; i < 2; i++) {
        const asked = Date.now();
        await within(budget.slot('tenant-a'), 10_000, `send ${i + 1} under slow storage`);
        const took = Date.now() - asked;
        // A write takes 1.4 s: one claim that comes back too late, then one placed far enough ahead.
        assert.ok(took < 5_000, `send ${i + 1} took ${took} ms`);
        console.log(`      send ${i + 1} under 1.4 s storage: ${took} ms; fallback: ${told.map((t) => t.reason).join(', ') || 'none'}, used ${fallback.used.length}`);
      }
    } finally {
      proxy.delayMs = 0;
      await proxy.stop();
    }
  });

  it('takes the fallback for a while when claims come back later and later, each block already past', async () => {
    const { proxy, slow } = await slowedTable();
    try {
      const fallback = countingFallback();
      const told: { reason: string }[] = [];
      const budget = new SharedSendBudget(slow, { slotMs: 23, fallback, onFallback: (f) => told.push(f) });
      await budget.slot('tenant-a'); // quick while storage is: the row is known, a claim is one write
      // Each answer (each chunk of one) twice as slow as the last, under the 2 s timeout.
      let delay = 150;
      Object.defineProperty(proxy, 'delayMs', { get: () => (delay = Math.min(delay * 2, 1_800)) });
      const asked = Date.now();
      await within(budget.slot('tenant-a'), 10_000, 'the send');
      assert.deepEqual(
        told.map((t) => t.reason),
        ['slow'],
      );
      assert.deepEqual(fallback.used, ['tenant-a']);
      assert.ok(Date.now() - asked < 5_000, `sent after ${Date.now() - asked} ms`);
      const seen = countRequests(slow);
      await budget.slot('tenant-a');
      assert.deepEqual([seen.count, fallback.used.length], [0, 2], 'the next send went straight to the fallback, without asking storage');
    } finally {
      await proxy.stop();
    }
  });

  it('falls back to its own share when storage cannot be reached, and does not ask storage again at once', async () => {
    const dead = tableClientFor(azuriteConnectionString('127.0.0.1', await findFreePort('127.0.0.1')), 'sendbudget');
    const fallback = countingFallback();
    const told: { status?: number; reason: string }[] = [];
    const budget = new SharedSendBudget(dead, { slotMs: 22, fallback, onFallback: (f) => told.push(f) });
    await budget.slot('tenant-a');
    const seen = countRequests(dead);
    await budget.slot('tenant-a');
    assert.equal(seen.count, 0, 'the second send went straight to the fallback, without asking storage');
    assert.deepEqual(fallback.used, ['tenant-a', 'tenant-a']);
    assert.deepEqual(
      told.map((t) => t.reason),
      ['unreachable'],
    );
  });
});
