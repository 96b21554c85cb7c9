/**
 * The door for turns: open while the bot serves, closed once it is stopping. Counts the turns
 * under way, so a stop can wait for them: an answer whose "Tak – dit svar er gemt" (or "Gemmer …")
 * is on its way is saved before the process ends, and nothing starts after the door closed.
 *
 * @example
 * const intake = new Intake();
 * const done = intake.track(() => adapter.process(req, res, logic)); // undefined once closed: answer 503
 * intake.close();
 * await intake.drained(); // every tracked turn has ended
 */
export class Intake {
  private closed = false;
  private readonly underWay = new Set<Promise<void>>();

  /** False once close() was called. */
  get open(): boolean {
    return !this.closed;
  }

  /** How many turns are running now (for the stop's log line). */
  get running(): number {
    return this.underWay.size;
  }

  /** Runs `turn` and counts it until it settles; undefined, and nothing run, once closed. */
  track(turn: () => Promise<void>): Promise<void> | undefined {
    if (this.closed) return undefined;
    const running = turn();
    const counted = running.then(
      () => undefined,
      () => undefined,
    );
    this.underWay.add(counted);
    void counted.finally(() => this.underWay.delete(counted));
    return running;
  }

  /** No turn is taken after this. */
  close(): void {
    this.closed = true;
  }

  /** Resolves when every turn taken so far has ended, successfully or not. */
  async drained(): Promise<void> {
    while (this.underWay.size > 0) await Promise.all([...this.underWay]);
  }
}
