/** What a pool run measured: wall time, and each task's own time, sorted ascending. */
export interface PoolRun {
  wallMs: number;
  latenciesMs: number[];
  perSecond: number;
}

/**
 * Runs `task(0) … task(count - 1)` with at most `concurrency` in flight: each worker takes the
 * next index as soon as its last task is done, as independent participants clicking would.
 * A task's latency is timed around its promise, so it includes waiting for a free socket or
 * the event loop, as a client would see it.
 *
 * @example
 * const run = await runPool(500, 16, (i) => postInvoke(url, answers[i]));
 * percentile(run.latenciesMs, 99);
 */
export async function runPool(count: number, concurrency: number, task: (i: number) => Promise<unknown>): Promise<PoolRun> {
  const latencies: number[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const started = performance.now();
      await task(i);
      latencies[i] = performance.now() - started;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  const wallMs = performance.now() - started;
  return { wallMs, latenciesMs: latencies.sort((a, b) => a - b), perSecond: count / (wallMs / 1000) };
}

/**
 * The nearest-rank percentile of an ascending array (NaN when empty).
 *
 * @example percentile([1, 2, 3, 4], 50) // 2
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
