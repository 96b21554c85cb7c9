import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import { beginClose, finishPhase } from '../../domain/lifecycle/close';
import { showProgress } from '../../domain/lifecycle/progress';
import { guardedChange } from '../../storage/guarded-change';
import { SessionStore } from '../../storage/session-store';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { useAzurite } from '../support/azurite';
import { openSessionRecord } from '../support/session-record';
import { tempVault } from '../support/temp-vault';

describe('the one guarded write: change(key, edit), against Azurite', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  let table: TableClient;
  let sessions: SessionStore;

  beforeEach(async () => {
    table = tableClientFor(azurite.connectionString(), `guard${randomBytes(4).toString('hex')}`);
    await ensureTable(table);
    sessions = new SessionStore(table, randomBytes(32), tempVault());
  });

  it('applies every one of 12 concurrent edits to the newest record, none lost to a conflict', async () => {
    const session = openSessionRecord();
    await sessions.create(session);
    // Each adds itself to the co-facilitators: a lost update would drop one.
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => sessions.change(session.id, (s) => ({ ...s, coFacilitators: [...(s.coFacilitators ?? []), { id: `u${i}`, name: `U${i}` }] }))),
    );
    assert.ok(
      results.every((r) => r?.changed),
      JSON.stringify(results.map((r) => r?.refused)),
    );
    assert.equal((await sessions.get(session.id))!.session.coFacilitators!.length, 12);
  });

  it('tells exactly one of two concurrent closers that it made the change: that one posts', async () => {
    const session = openSessionRecord();
    await sessions.create(session);
    const now = new Date();
    const [a, b] = await Promise.all([sessions.change(session.id, beginClose(now, 'facilitator')), sessions.change(session.id, beginClose(now, 'deadline'))]);
    assert.deepEqual([a!.changed, b!.changed].sort(), [false, true]);
    assert.equal([a, b].find((r) => !r!.changed)!.refused, 'notOpen');
  });

  it('destroys the secret in the write that closes the session, and not before', async () => {
    const session = openSessionRecord();
    await sessions.create(session);
    const now = new Date();
    await sessions.change(session.id, beginClose(now, 'facilitator'));
    assert.ok(await sessions.secret(session.id), 'closing is not closed');
    const closed = await sessions.change(session.id, finishPhase(now, 'answer', undefined));
    assert.equal(closed!.session.state, 'closed');
    assert.equal(await sessions.secret(session.id), undefined);
  });

  it('changes a closed session without writing its secret row again (the sweep deletes it)', async () => {
    const session = openSessionRecord();
    await sessions.create(session);
    const now = new Date();
    await sessions.change(session.id, beginClose(now, 'facilitator'));
    await sessions.change(session.id, finishPhase(now, 'answer', undefined));
    await table.deleteEntity(session.id, 'secret');
    assert.equal((await sessions.change(session.id, (s) => ({ ...s, sweptAt: now.toISOString() })))!.changed, true);
    const rows: string[] = [];
    for await (const row of table.listEntities({ queryOptions: { filter: `PartitionKey eq '${session.id}'` } })) rows.push(String(row.rowKey));
    assert.ok(!rows.includes('secret'), rows.join(', '));
  });

  it('answers a refusal or "unchanged" without writing, and undefined for a session that is not there', async () => {
    const session = openSessionRecord();
    await sessions.create(session);
    const before = (await sessions.get(session.id))!.etag;
    assert.deepEqual(await sessions.change(session.id, showProgress('answer', 0)), { session: (await sessions.get(session.id))!.session, changed: false, refused: 'unchanged' });
    assert.deepEqual(await sessions.change(session.id, () => undefined), { session: (await sessions.get(session.id))!.session, changed: false, refused: 'unchanged' });
    assert.equal((await sessions.get(session.id))!.etag, before);
    assert.equal(await sessions.change('b'.repeat(24), showProgress('answer', 5)), undefined);
  });

  it('gives up as "busy" with the newest value after its tries, when another writer always gets in between', async () => {
    const session = openSessionRecord();
    await sessions.create(session);
    let writes = 0;
    const result = await guardedChange(
      {
        read: async () => {
          const stored = await sessions.get(session.id);
          return stored && { value: stored.session, etag: stored.etag };
        },
        write: async (next, _previous, etag) => {
          // A colleague's answer moves the card on between this read and this write, every time.
          const now = (await sessions.get(session.id))!;
          await sessions.update({ ...now.session, shownProgress: now.session.shownProgress + 1 }, now.etag);
          writes += 1;
          await sessions.update(next, etag);
        },
      },
      (s) => ({ ...s, title: 'x' }) as typeof s,
      3,
      async () => {},
    );
    assert.equal(writes, 3);
    assert.deepEqual([result!.changed, result!.refused, result!.value.shownProgress], [false, 'busy', 3]);
  });
});
