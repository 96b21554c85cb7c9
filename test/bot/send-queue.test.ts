import assert from 'node:assert/strict';
import sinon from 'sinon';
import { SlidingWindows, TEAMS_LIMITS, withMargin } from '../../bot/send-limits';
import { retryAfterMs, SendQueue } from '../../bot/send-queue';
import { LocalTenantBudget, splitAcross } from '../../bot/tenant-budget';
import type { TenantBudget } from '../../storage/send-budget-port';
import { busiest } from '../support/busiest';

/** An error like the Bot Framework connector's RestError. */
function httpError(statusCode: number, retryAfter?: string): Error {
  return Object.assign(new Error(`HTTP ${statusCode}`), { statusCode, response: { headers: { get: (h: string) => (h === 'retry-after' ? retryAfter : undefined) } } });
}

describe('SlidingWindows', () => {
  it('says how long until one more send fits every window', () => {
    const l = new SlidingWindows([
      { count: 2, ms: 1000 },
      { count: 3, ms: 10_000 },
    ]);
    l.record('t', 0);
    l.record('t', 100);
    assert.equal(l.waitMs('t', 200), 800);
    assert.equal(l.waitMs('t', 1000), 0);
    l.record('t', 1000);
    assert.equal(l.waitMs('t', 1500), 8500, 'the ten-second window is full until the first send leaves it');
    assert.equal(l.waitMs('other', 1500), 0, 'keys are independent');
  });

  it('forgets a key once its sends have left the longest window', () => {
    const l = new SlidingWindows([{ count: 2, ms: 1000 }]);
    l.record('a', 0);
    l.record('b', 0);
    assert.equal(l.size, 2);
    l.waitMs('a', 5000);
    l.waitMs('b', 5000);
    assert.equal(l.size, 0);
  });
});

describe('SendQueue', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ now: 1_000_000 })));
  afterEach(() => clock.restore());

  it('sends at most 7 a second, 8 in 2 seconds and 60 in 30 seconds to one thread, in the order they came', async () => {
    const queue = new SendQueue();
    const starts: number[] = [];
    const order: number[] = [];
    const all = Promise.all(Array.from({ length: 70 }, (_, i) => queue.send({ thread: 'th', tenant: 'T' }, async () => void (starts.push(Date.now()), order.push(i)))));
    await clock.tickAsync(60_000);
    await all;
    assert.equal(starts.length, 70);
    assert.ok(busiest(starts, 1000) <= 7, `busiest second: ${busiest(starts, 1000)}`);
    assert.ok(busiest(starts, 2000) <= 8, `busiest 2 s: ${busiest(starts, 2000)}`);
    assert.ok(busiest(starts, 30_000) <= 60, `busiest 30 s: ${busiest(starts, 30_000)}`);
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
    );
    assert.ok(Math.max(...starts) - Math.min(...starts) >= 30_000, 'the 61st send waited for the 30-second window');
  });

  it("keeps Teams' 8 sends in 2 seconds per thread: a burst of 16 is spread over more than 2.2 s, the 9th waits for the 1st", async () => {
    const queue = new SendQueue();
    const starts: number[] = [];
    const all = Promise.all(Array.from({ length: 16 }, () => queue.send({ thread: 'th', tenant: 'T' }, async () => void starts.push(Date.now()))));
    await clock.tickAsync(10_000);
    await all;
    assert.ok(busiest(starts, 2000) <= 8, `busiest 2 s: ${busiest(starts, 2000)}`);
    assert.ok(starts[8] - starts[0] >= 2200, `the 9th went ${starts[8] - starts[0]} ms after the 1st: the 2-second window with its tenth of margin`);
    assert.ok(busiest(starts, 1000) <= 7, 'the 1-second window still holds');
    assert.deepEqual(
      TEAMS_LIMITS.perThread.find((w) => w.ms === 2000),
      { count: 8, ms: 2000 },
    );
  });

  it('sends at most 50 a second per tenant across threads, and does not hold back another tenant', async () => {
    const queue = new SendQueue();
    const starts: Record<string, number[]> = { T: [], U: [] };
    const sends = Array.from({ length: 150 }, (_, i) => queue.send({ thread: `th-${i}`, tenant: 'T' }, async () => void starts.T.push(Date.now())));
    sends.push(queue.send({ thread: 'u', tenant: 'U' }, async () => void starts.U.push(Date.now())));
    const all = Promise.all(sends);
    await clock.tickAsync(5_000);
    await all;
    assert.ok(busiest(starts.T, 1000) <= 50, `busiest second: ${busiest(starts.T, 1000)}`);
    assert.ok(Math.max(...starts.T) - Math.min(...starts.T) >= 2000, '150 sends need three seconds');
    assert.equal(starts.U[0], 1_000_000, 'the other tenant went at once');
  });

  it('honours Retry-After on 429, then succeeds', async () => {
    const queue = new SendQueue();
    const tries: number[] = [];
    const sent = queue.send({ thread: 'th', tenant: 'T' }, async () => {
      tries.push(Date.now());
      if (tries.length === 1) throw httpError(429, '3');
      return 'ok';
    });
    await clock.tickAsync(10_000);
    assert.equal(await sent, 'ok');
    assert.deepEqual(
      tries.map((t) => t - tries[0]),
      [0, 3000],
    );
  });

  it('retries 502, 503, 504 and 412 with a jittered, doubling delay, up to four tries', async () => {
    const retries: { status: number; delayMs: number }[] = [];
    const queue = new SendQueue({ random: () => 0.5, onRetry: (r) => retries.push(r) });
    let tries = 0;
    const sent = queue.send({ thread: 'th', tenant: 'T' }, async () => {
      tries += 1;
      throw httpError([412, 502, 503, 504][tries - 1]);
    });
    const failed = assert.rejects(sent, /HTTP 504/);
    await clock.tickAsync(60_000);
    await failed;
    assert.equal(tries, 4);
    assert.deepEqual(
      retries.map((r) => r.status),
      [412, 502, 503],
    );
    assert.deepEqual(
      retries.map((r) => r.delayMs),
      [750, 1500, 3000],
      'half the cap plus half of it at random (0.5)',
    );
  });

  it("tells how long each try waited for room, on the queue's clock (for telemetry)", async () => {
    const waits: number[] = [];
    const queue = new SendQueue({ onWait: ({ waitedMs }) => waits.push(waitedMs) });
    const all = Promise.all(Array.from({ length: 9 }, () => queue.send({ thread: 'th', tenant: 'T' }, async () => Date.now())));
    await clock.tickAsync(10_000);
    const sentAt = await all;
    assert.equal(waits.length, 9);
    assert.equal(waits[0], 0, 'the first send found room at once');
    assert.deepEqual(
      waits,
      sentAt.map((t) => t - 1_000_000),
      'each wait is the time from the call to the send',
    );
    assert.ok(waits[8] >= 1100, `the ninth send waited for the second window: ${waits[8]} ms`);
  });

  it('tells when it gives up on a transient failure, and not for a 403 it never retries', async () => {
    const gaveUp: { status: number; attempts: number }[] = [];
    const retried: number[] = [];
    const queue = new SendQueue({ attempts: 2, onGiveUp: (g) => gaveUp.push(g), onRetry: (r) => retried.push(r.status) });
    const throttled = assert.rejects(
      queue.send({ thread: 'th', tenant: 'T' }, async () => {
        throw httpError(429, '1');
      }),
      /HTTP 429/,
    );
    await clock.tickAsync(5_000);
    await throttled;
    await assert.rejects(
      queue.send({ thread: 'th-2', tenant: 'T' }, async () => {
        throw httpError(403);
      }),
      /HTTP 403/,
    );
    assert.deepEqual(retried, [429]);
    assert.deepEqual(gaveUp, [{ status: 429, attempts: 2 }]);
  });

  it('fails at once on 403 and on errors without a status', async () => {
    const queue = new SendQueue();
    let tries = 0;
    await assert.rejects(
      queue.send(
        { thread: 'th', tenant: 'T' },
        async () =>
          void (
            tries++,
            (() => {
              throw httpError(403);
            })()
          ),
      ),
      /HTTP 403/,
    );
    await assert.rejects(
      queue.send(
        { thread: 'th-2', tenant: 'T2' },
        async () =>
          void (
            tries++,
            (() => {
              throw new Error('bug');
            })()
          ),
      ),
      /bug/,
    );
    assert.equal(tries, 2);
  });
});

/** A budget that hands out one slot per `everyMs` on the fake clock, and records who asked when. */
function fakeBudget(everyMs: number): TenantBudget & { asked: { tenant: string; at: number }[] } {
  let next = 0;
  const asked: { tenant: string; at: number }[] = [];
  return {
    asked,
    async slot(tenant) {
      asked.push({ tenant, at: Date.now() });
      const at = Math.max(next, Date.now());
      next = at + everyMs;
      await new Promise((resolve) => setTimeout(resolve, at - Date.now()));
    },
  };
}

describe('SendQueue with a tenant budget', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ now: 1_000_000 })));
  afterEach(() => clock.restore());

  it('asks the budget for each send with its tenant, and sends only when the budget gives the slot', async () => {
    const budget = fakeBudget(100);
    const queue = new SendQueue({ budget });
    const sentAt: number[] = [];
    const all = Promise.all(Array.from({ length: 5 }, (_, i) => queue.send({ thread: `th-${i}`, tenant: 'T' }, async () => void sentAt.push(Date.now()))));
    await clock.tickAsync(1_000);
    await all;
    assert.deepEqual(
      budget.asked.map((a) => a.tenant),
      ['T', 'T', 'T', 'T', 'T'],
    );
    assert.deepEqual(
      sentAt.map((t) => t - 1_000_000),
      [0, 100, 200, 300, 400],
      "the budget's pace, not the queue's own 50 a second",
    );
  });

  it('asks again for every retry, and keeps the per-thread windows in this process', async () => {
    const budget = fakeBudget(0);
    const queue = new SendQueue({ budget });
    let tries = 0;
    const sent = queue.send({ thread: 'th', tenant: 'T' }, async () => {
      if (++tries === 1) throw httpError(429, '1');
      return 'ok';
    });
    const burst = Promise.all(Array.from({ length: 8 }, () => queue.send({ thread: 'busy', tenant: 'T' }, async () => Date.now())));
    await clock.tickAsync(5_000);
    assert.equal(await sent, 'ok');
    const starts = await burst;
    assert.equal(budget.asked.filter((a) => a.tenant === 'T').length, 2 + 8, 'one slot per try');
    assert.ok(busiest(starts, 1000) <= 7, `a budget with room to spare still keeps 7 a second per thread: ${busiest(starts, 1000)}`);
  });
});

describe('LocalTenantBudget and splitAcross', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ now: 1_000_000 })));
  afterEach(() => clock.restore());

  it('splits 50 a second so that the row and the others without storage stay within it together', () => {
    assert.deepEqual(splitAcross(TEAMS_LIMITS.perTenant[0], 1), { slotMs: 22, fallback: [{ count: 50, ms: 1000 }] }, 'alone: the whole limit either way');
    assert.deepEqual(splitAcross(TEAMS_LIMITS.perTenant[0], 3), { slotMs: 23, fallback: [{ count: 1, ms: 1000 }] });
    for (const n of [2, 3, 5, 10, 20]) {
      const { slotMs } = splitAcross(TEAMS_LIMITS.perTenant[0], n);
      // In any second: the row's slots, plus one from each other instance on its fallback.
      const worst = Math.floor(1000 / slotMs) + 1 + (n - 1);
      assert.ok(worst <= 50, `${n} instances: ${worst} in a second`);
    }
    assert.throws(() => splitAcross({ count: 2, ms: 1000 }, 5), /cannot share/);
  });

  it('keeps the fallback share of one send a second', async () => {
    const budget = new LocalTenantBudget(splitAcross(TEAMS_LIMITS.perTenant[0], 3).fallback, { now: Date.now, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) });
    const starts: number[] = [];
    const all = Promise.all(Array.from({ length: 5 }, () => budget.slot('T').then(() => starts.push(Date.now()))));
    await clock.tickAsync(6_000);
    await all;
    assert.equal(busiest(starts, 1000), 1);
    assert.ok(Math.max(...starts) - Math.min(...starts) >= 4 * 1100, 'five sends one per 1.1 s');
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, and caps a long pause at five minutes', () => {
    assert.equal(retryAfterMs(httpError(429, '2'), 0), 2000);
    assert.equal(retryAfterMs(httpError(429, new Date(61_000).toUTCString()), 1000), 60_000);
    assert.equal(retryAfterMs(httpError(429, '86400'), 0), 300_000);
    assert.equal(retryAfterMs(httpError(429), 0), undefined);
    assert.equal(retryAfterMs(httpError(429, 'soon'), 0), undefined);
  });
});

describe('withMargin', () => {
  it('stretches each window by a tenth and adds an even pace within the shortest', () => {
    assert.deepEqual(
      withMargin([
        { count: 7, ms: 1000 },
        { count: 60, ms: 30_000 },
      ]),
      [
        { count: 7, ms: 1100 },
        { count: 60, ms: 33_000 },
        { count: 1, ms: 158 },
      ],
    );
  });
});
