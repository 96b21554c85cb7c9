import assert from 'node:assert/strict';
import { flatness, reportTicks, requestsPerDay } from '../../bench/ticks-report';
import { runTicksSize, type SizeResult } from '../../bench/ticks-run';

/**
 * The ticks benchmark's machinery at a tiny size, so it cannot rot between the (long) bench runs:
 * a real Azurite filled through the real stores, every job and listing timed before and after the
 * index's migration. Nothing here judges speed; that is `npm run bench:ticks`.
 */
describe('bench: npm run bench:ticks at a tiny size', function () {
  this.timeout(120_000);
  let result: SizeResult;

  before(async () => {
    result = await runTicksSize(400, { samples: 1 });
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
});
