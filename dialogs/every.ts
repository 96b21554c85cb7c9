/**
 * Runs `run` now and then every `everyMs`, never two at once: a tick while one runs gets that
 * run's promise. The timer does not keep the process alive. `tick()` runs it on demand (tests).
 *
 * @example const sweep = every(3_600_000, () => sweepOnce(deps)); … sweep.stop();
 */
export function every<T>(everyMs: number, run: () => Promise<T>): { stop(): void; tick(): Promise<T> } {
  let running: Promise<T> | undefined;
  const tick = () => {
    running ??= run().finally(() => (running = undefined));
    return running;
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  void tick();
  return { stop: () => clearInterval(timer), tick };
}
