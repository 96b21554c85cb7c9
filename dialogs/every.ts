/** A job `every()` runs: `tick()` runs it now (or joins the run under way); `stop()` ends the timer and waits for that run. */
export interface Repeating<T> {
  stop(): Promise<void>;
  tick(): Promise<T>;
}

/**
 * Runs `run` now and then every `everyMs`, never two at once: a tick while one runs gets that
 * run's promise. The timer does not keep the process alive. `tick()` runs it on demand (tests).
 * `stop()` resolves when the run under way has ended, so a stopping bot does not cut one short.
 *
 * @example const sweep = every(3_600_000, () => sweepOnce(deps)); … await sweep.stop();
 */
export function every<T>(everyMs: number, run: () => Promise<T>): Repeating<T> {
  let running: Promise<T> | undefined;
  const tick = () => {
    running ??= run().finally(() => (running = undefined));
    return running;
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  void tick();
  const stop = async () => {
    clearInterval(timer);
    // The runs catch and log their own failures; a stop only waits.
    await running?.catch(() => undefined);
  };
  return { stop, tick };
}

/**
 * Each job in turn runs a whole check begun after this call: a tick while one runs only joins the
 * run under way, which began before the call, so each is ticked twice.
 *
 * @example await checkAfterNow([watcher, scheduler]) // both have looked once since now
 */
export async function checkAfterNow(jobs: readonly Repeating<unknown>[]): Promise<void> {
  for (const job of jobs) for (let i = 0; i < 2; i++) await job.tick();
}
