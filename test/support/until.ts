/**
 * Polls until `done()` holds, every 100 ms; fails after `ms`, naming `what` it waited for.
 *
 * @example await until('the round summary', async () => Boolean((await deps.sessions.get(id))?.session.summaryPostedAt));
 */
export async function until(what: string, done: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > end) throw new Error(`until(): timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
