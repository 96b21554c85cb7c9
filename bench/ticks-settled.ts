import { DAY_MS, DEFAULT_RETENTION, RETENTION_MIN_DAYS } from '../domain/retention/policy';
import type { Session } from '../domain/session';
import { indexEntriesOf, indexPartition, type IndexEntry } from '../storage/session-index';
import { deferredSweepEntries } from '../storage/session-store';

/**
 * The index rows a closed session has once the migration and the first sweep after it are done:
 * its rows from indexEntriesOf, with a sweep row that is due put off to its team's retention (the
 * default; bench teams choose none) and the pointer to it, as SessionStore.deferSweep writes them.
 * On Azurite both steps cost the square of the sessions (every write into the one sweep partition
 * reads that partition), so the big sizes write this state directly; test/bench/ticks-bench.test.ts
 * holds it against the real steps.
 *
 * @example settledIndexEntries(closedSession, new Date()).map((e) => e.partitionKey) // ['~due|sweep', '~place|…', '~team|…', '~sweep|later']
 */
export function settledIndexEntries(session: Session, now: Date): IndexEntry[] {
  const sweep = indexPartition('sweep');
  const closedAt = Date.parse(session.closedAt ?? '');
  const due = session.state === 'closed' && session.sweptAt === undefined && closedAt <= now.getTime() - RETENTION_MIN_DAYS * DAY_MS;
  if (!due) return indexEntriesOf(session);
  const [pointer, row] = deferredSweepEntries(session.id, new Date(closedAt + (DEFAULT_RETENTION.defaultDays - RETENTION_MIN_DAYS) * DAY_MS));
  return [...indexEntriesOf(session).map((e) => (e.partitionKey === sweep ? { ...e, rowKey: row.rowKey } : e)), pointer];
}
