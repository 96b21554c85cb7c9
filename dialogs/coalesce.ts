/**
 * Runs `work` for a key at most once at a time: calls that arrive while it runs ask for one more
 * run after it, however many they are. Fifty answers arriving together then refresh the shared
 * card two times, not fifty, and the last run still sees every answer.
 *
 * @example
 * const refresh = coalescer();
 * await Promise.all([refresh('s1', work), refresh('s1', work), refresh('s1', work)]); // work runs twice
 */
export function coalescer(): (key: string, work: () => Promise<void>) => Promise<void> {
  const running = new Map<string, { again: boolean; done: Promise<void> }>();
  return (key, work) => {
    const current = running.get(key);
    if (current) {
      current.again = true;
      return current.done;
    }
    const entry = { again: false, done: Promise.resolve() };
    entry.done = (async () => {
      try {
        do {
          entry.again = false;
          await work();
        } while (entry.again);
      } finally {
        running.delete(key);
      }
    })();
    running.set(key, entry);
    return entry.done;
  };
}
