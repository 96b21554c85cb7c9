/**
 * Runs `work` for a key at most once at a time: calls that arrive while it runs ask for one more
 * run after it, however many they are. Fifty answers arriving together then refresh the shared
 * card two times, not fifty, and the last run still sees every answer.
 *
 * With `restMs`, a key also rests that long after each run: calls during the rest wait for one
 * run at its end. So a steady stream of calls runs the work about once per `restMs`, while a
 * lone call still runs at once. Each call's promise settles after the run that covers it.
 *
 * @example
 * const refresh = coalescer();
 * await Promise.all([refresh('s1', work), refresh('s1', work), refresh('s1', work)]); // work runs twice
 */
export function coalescer(restMs = 0): (key: string, work: () => Promise<void>) => Promise<void> {
  const slots = new Map<string, Slot>();
  return (key, work) => {
    // A key has a slot exactly while its pump runs (and rests).
    const running = slots.get(key);
    const slot = running ?? { work };
    slot.work = work;
    slot.next ??= waiting();
    const covered = slot.next.promise; // before pump(), which takes slot.next at once
    if (!running) {
      slots.set(key, slot);
      void pump(key, slot);
    }
    return covered;
  };

  async function pump(key: string, slot: Slot): Promise<void> {
    while (slot.next) {
      const run = slot.next;
      slot.next = undefined;
      try {
        await slot.work();
        run.resolve();
      } catch (err) {
        run.reject(err);
      }
      if (restMs > 0) await new Promise((r) => setTimeout(r, restMs).unref());
    }
    slots.delete(key);
  }
}

interface Slot {
  work: () => Promise<void>;
  next?: Waiting;
}

interface Waiting {
  promise: Promise<void>;
  resolve: () => void;
  reject: (err: unknown) => void;
}

function waiting(): Waiting {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  // A failed run is reported to the callers that wait for it; no unhandled rejection if none do.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
