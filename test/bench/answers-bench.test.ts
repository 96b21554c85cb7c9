import assert from 'node:assert/strict';
import { runCell, type CellResult } from '../../bench/answers-run';
import { reportTables, slowPath, verdicts } from '../../bench/answers-report';
import { percentile, runPool } from '../../bench/pool';
import type { RunningAzurite } from '../../storage/azurite-process';
import { freshAccount } from '../support/shared-azurite';
import { slowedAccount, tablePortOf, type SlowProxy } from '../support/slow-proxy';

/**
 * An account of its own on the test run's shared Azurite (test/support/shared-azurite.ts), instead
 * of an Azurite started per cell; with `slow`, reached through slowedAccount().
 */
function onSharedAzurite(slow?: (proxy: SlowProxy) => void): () => Promise<RunningAzurite> {
  return async () => {
    const account = await freshAccount();
    const slowed = slow ? await slowedAccount(account.connectionString) : undefined;
    if (slowed) slow?.(slowed.proxy);
    const connectionString = slowed?.connectionString ?? account.connectionString;
    return {
      connectionString,
      connectionStringFor: () => connectionString,
      port: tablePortOf(account.connectionString),
      stop: async () => {
        await slowed?.proxy.stop();
        await account.release();
      },
    };
  };
}

/**
 * The answers benchmark's machinery at a tiny size, so it cannot rot between the (long) bench
 * runs: a real bot process, real Azurite, real HTTP, every ceiling and the naive baseline.
 * Nothing here judges speed; that is `npm run bench:answers`.
 */
describe('bench: npm run bench:answers at a tiny size', function () {
  this.timeout(60_000);
  let cell: CellResult;

  before(async () => {
    // 20 warm-up answers, not the benchmark's 200: the machinery is what is tested here, not the warm JIT.
    cell = await runCell({ n: 20, concurrency: 4, sessions: 2, warmUp: 20, storage: onSharedAzurite() });
  });

  it('the bot confirms every answer, and storage holds exactly the answers sent', () => {
    assert.deepEqual(cell.bot.refused, {});
    assert.equal(cell.bot.confirmed, 20);
    assert.deepEqual([cell.bot.slow, cell.bot.warmUp.slow, cell.bot.warmUp.confirmed], [0, 0, 20]);
    assert.equal(cell.bot.storedRows, 20, 'answer rows');
    assert.equal(cell.bot.storedCounted, 20, "the gates' counters");
  });

  it('the naive baseline keeps at most what was sent, and says how many it lost', () => {
    assert.ok(cell.naive, 'the naive baseline ran');
    assert.ok(cell.naive.stored >= 1 && cell.naive.stored <= 20, `kept ${cell.naive.stored}`);
    // The report's last line: N, concurrency, answers/s, then sent, kept, lost and lost %.
    const lost = 20 - cell.naive.stored;
    assert.deepEqual(reportTables([cell]).at(-1)!.trim().split(/\s+/).slice(3), ['20', String(cell.naive.stored), String(lost), ((100 * lost) / 20).toFixed(1)]);
  });

  it("measures the ceilings, the bot's own figures, and reports them", () => {
    for (const kind of ['insert', 'transaction', 'answerBox'] as const) assert.ok(cell.ceilings[kind]!.perSecond > 0, kind);
    assert.ok(cell.bot.perSecond > 0 && cell.bot.p99 >= cell.bot.p50);
    assert.ok(cell.bot.peakRssMb > 30, `peak RSS ${cell.bot.peakRssMb} MB is the bot's, not nothing`);
    // Each answer is one batch (gate, participation, answer); the reads around it are counted too.
    const batches = cell.bot.requestsPerAnswer.byKind['storage POST $batch'] ?? 0;
    assert.ok(batches >= 1 && batches < 1.5, `batches per answer: ${batches}`);
    assert.ok(cell.bot.requestsPerAnswer.storage > batches, `storage requests per answer: ${cell.bot.requestsPerAnswer.storage}`);
    const text = reportTables([cell]).join('\n');
    assert.match(text, /20\/20/);
    assert.equal(verdicts([cell])[0].pass, true);
  });
});

/**
 * A loaded machine once made a warm-up answer outlast the 4 s deadline ("Gemmer …", saved later),
 * and the whole benchmark aborted. Storage 4 s slow through the warm-up and the timed pass: every
 * answer takes the slow path, and the run finishes and reports them.
 */
describe('bench: answers that take the slow path ("Gemmer …") are reported, not fatal', function () {
  this.timeout(120_000);
  let cell: CellResult;
  // Set once the proxy exists (in `storage`), called as the bot's run enters each phase.
  let cellPhase: (phase: string) => void = () => undefined;

  before(async function () {
    this.timeout(120_000);
    cell = await runCell({
      n: 2,
      concurrency: 2,
      sessions: 1,
      warmUp: 2,
      ceilings: [],
      naive: false,
      storage: onSharedAzurite((proxy) => {
        const slowDuring = new Set(['warm-up', 'pass']);
        cellPhase = (phase) => (proxy.delayMs = slowDuring.has(phase) ? 4_000 : 0);
      }),
      onPhase: (phase) => cellPhase(phase),
    });
  });
  it('counts the slow answers of the warm-up and of the timed pass, and stores every answer once', () => {
    assert.deepEqual(cell.bot.warmUp, { sent: 2, confirmed: 0, slow: 2, refused: {} });
    assert.deepEqual([cell.bot.confirmed, cell.bot.slow, cell.bot.refused], [0, 2, {}]);
    assert.equal(cell.bot.storedRows, 2, 'the timed answers are stored');
    assert.equal(cell.bot.savedLater, 4, 'each slow answer was confirmed in personal chat');
  });

  it('reports them in the table and the slow-path lines, and no participant counts as refused', () => {
    assert.match(reportTables([cell])[2], /\b2 \| 2\b/);
    assert.deepEqual(slowPath([cell]), [
      'Slow path ("Gemmer …", saved later): 2 warm-up and 2 timed answers in 1 cells.',
      '  N=2 c=2: warm-up 2 of 2, pass 2 of 2; 4 confirmed later in personal chat.',
    ]);
    const told = verdicts([cell]).find((v) => v.target.startsWith('every participant'))!;
    assert.equal(told.pass, true, told.value);
  });
});

describe('bench: the pool and percentiles', () => {
  it('never has more than `concurrency` tasks in flight, and runs each once', async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    await runPool(25, 4, async (i) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 2));
      seen.push(i);
      inFlight--;
    });
    assert.equal(most, 4);
    assert.deepEqual(
      seen.sort((a, b) => a - b),
      Array.from({ length: 25 }, (_, i) => i),
    );
  });

  it('takes the nearest-rank percentile', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    assert.deepEqual([percentile(xs, 50), percentile(xs, 99), percentile(xs, 100), percentile([7], 99)], [50, 99, 100, 7]);
    assert.ok(Number.isNaN(percentile([], 50)));
  });
});
