import assert from 'node:assert/strict';
import type { TableClient } from '@azure/data-tables';
import type { Session } from '../../domain/session';
import { fromJsonProperties } from '../../storage/entity-json';
import { MARKER } from '../../storage/session-index';
import { flatness, reportTicks, requestsPerDay } from '../../bench/ticks-report';
import { runTicksSize, type SizeResult, type Timed } from '../../bench/ticks-run';
import { settledIndexEntries } from '../../bench/ticks-settled';

/** Every row of `tables` as the index's own columns (no ETag, time or write clock), sorted. */
async function indexRowsOf(...tables: TableClient[]): Promise<string[]> {
  const out: string[] = [];
  for (const table of tables) {
    for await (const row of table.listEntities<Record<string, unknown>>()) {
      const { etag: _etag, timestamp: _timestamp, at: _at, ...columns } = row;
      if (row.partitionKey !== MARKER.partitionKey) out.push(JSON.stringify(Object.fromEntries(Object.entries(columns).sort())));
    }
  }
  return out.sort();
}

/**
 * The ticks benchmark's machinery at a tiny size, so it cannot rot between the (long) bench runs:
 * a real Azurite filled through the real stores, every job and listing timed before and after the
 * index's migration. Nothing here judges speed; that is `npm run bench:ticks`.
 */
describe('bench: npm run bench:ticks at a tiny size', function () {
  this.timeout(120_000);
  let result: SizeResult;
  let indexRows: string[];
  let settledRows: string[];
  let settledRun: SizeResult;

  before(async () => {
    result = await runTicksSize(400, {
      samples: 1,
      inspect: async ({ sessions, index, now }) => {
        indexRows = await indexRowsOf(index.live, index.history);
        const all: Session[] = [];
        for await (const row of sessions.listEntities<Record<string, unknown>>({ queryOptions: { filter: "RowKey eq 'session'" } })) all.push(JSON.parse(fromJsonProperties(row)) as Session);
        settledRows = all
          .flatMap((s) => settledIndexEntries(s, now))
          .map((e) => JSON.stringify(Object.fromEntries(Object.entries({ ...e }).sort())))
          .sort();
      },
    });
    settledRun = await runTicksSize(400, { samples: 1, settled: true });
  });

  it('fills the table with closed sessions and their answers, and a few open ones', () => {
    assert.ok(result.filled.rows >= 350 && result.filled.rows <= 500, `rows ${result.filled.rows}`);
    assert.ok(result.filled.sessions >= 10, `sessions ${result.filled.sessions}`);
  });

  it('before the index the jobs scan the table; through it they read only their partitions', () => {
    for (const job of ['deadline watcher', 'retention sweep', 'status', 'uninstall (listing)'] as const) {
      assert.ok(result.scan[job]!.scans >= 1, `${job} scanned before`);
      assert.equal(result.index[job]!.scans, 0, `${job} scans no more`);
      assert.equal(result.index[job]!.failed, 0, `${job} samples`);
    }
    assert.equal(result.index['deadline watcher']!.requests, 1, 'the watcher asks one range query');
    assert.equal(result.index['deadline watcher']!.rowsRead, 0, 'nothing is due');
    assert.equal(result.index['status']!.rowsRead, 2 * 9, "the home channel's nine index rows and its nine sessions, nothing else");
  });

  it('reports every job at every size, and the requests per day for one and three instances', () => {
    const text = reportTicks([result, result]).join('\n');
    for (const name of ['deadline watcher', 'scheduler', 'retention sweep', 'status', 'planer', 'slet data (listing)', 'uninstall (listing)', 'point query', 'migration'])
      assert.match(text, new RegExp(name.replace(/[()]/g, '\\$&')));
    assert.match(text, /3 instances/);
    assert.equal(requestsPerDay(result, 'index'), result.index['deadline watcher']!.requests * 5760 + result.index.scheduler!.requests * 5760 + result.index['retention sweep']!.requests * 24);
    assert.ok(flatness([result, result]).every((line) => line.startsWith('FLAT')));
  });

  it('reports a job whose time or rows read grow with the table as growing', () => {
    const times = (t: Timed | undefined, by: number): Timed => ({ ...t!, ms: t!.ms * by + 1, rowsRead: t!.rowsRead * by + 3 });
    const grown: SizeResult = { ...result, index: { ...result.index, 'retention sweep': times(result.index['retention sweep'], 10) } };
    const lines = flatness([result, grown]);
    assert.match(
      lines.find((l) => l.includes('retention sweep'))!,
      /^GROWS retention sweep/,
    );
    assert.ok(
      lines.filter((l) => !l.includes('retention sweep')).every((l) => l.startsWith('FLAT')),
      lines.join('\n'),
    );
  });

  it('the index rows written for the big sizes are those the migration and the first sweep leave', () => {
    assert.ok(result.firstSweep && result.migrationSeconds !== undefined, 'this size runs both steps');
    assert.ok(
      settledRows.some((r) => r.includes('~sweep|later')),
      'some sessions were put off',
    );
    assert.deepEqual(indexRows, settledRows);
    assert.equal(settledRun.firstSweep, undefined);
    for (const [job, timed] of Object.entries(result.index)) assert.equal(settledRun.index[job as keyof SizeResult['index']]!.rowsRead, timed.rowsRead, `${job} reads as much`);
  });
});
