import { KEPT_ROWS, keptSummary } from '../domain/retention/kept-rows';
import { markSwept } from '../domain/lifecycle/end';
import { isRefusal } from '../domain/lifecycle/transition';
import type { DialogDeps } from './deps';

/**
 * Clears one closed session whose retention is over: its summary keeps counts and labels only (no
 * quotes, no theme members: keptSummary), every row but those in KEPT_ROWS is deleted, and the
 * session is marked swept so the sweep never reads it again.
 * Each step is safe to repeat, so a sweep cut short, or two instances sweeping the same session,
 * end in the same state. Returns how many rows went, or undefined when there was nothing to do.
 *
 * @example await sweepSession(deps, 'a1b2…') // 19: sealed answers, proposals, ballots, gates, the emptied secret
 */
export async function sweepSession(deps: DialogDeps, id: string): Promise<number | undefined> {
  const before = await deps.sessions.get(id);
  // The lifecycle says whether it is due: closed and not yet swept.
  if (!before || isRefusal(markSwept(deps.now())(before.session))) return undefined;
  const summary = await deps.sessions.summary(id);
  if (summary !== undefined) await deps.sessions.saveSummary(id, keptSummary(summary));
  const deleted = await deps.sessions.deleteRowsExcept(id, KEPT_ROWS);
  // Left unmarked (busy), it is simply found and swept (harmlessly) again next time.
  await deps.sessions.change(id, markSwept(deps.now()));
  return deleted;
}
