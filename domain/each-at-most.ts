/**
 * Runs `work` over `items`, at most `limit` at a time, and resolves when all are done.
 *
 * @example await eachAtMost(8, ids, async (id) => void (await sessions.get(id)))
 */
export async function eachAtMost<T>(limit: number, items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
