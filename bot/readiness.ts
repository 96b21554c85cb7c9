import type { TableClient } from '@azure/data-tables';
import { statusCodeOf } from '../storage/storage-errors';

/** What GET /readyz answers: ready, or why not in a few words that name nobody and nothing secret. */
export type Readiness = { ready: true } | { ready: false; reason: string };

export interface ReadinessChecks {
  /** Resolves when storage answered; rejects when it did not (within its own timeout). */
  storage(): Promise<void>;
  /** True when the anonymity key is in memory. */
  keyLoaded(): boolean;
  /** True once the bot is stopping: a load balancer should send new turns elsewhere. */
  stopping(): boolean;
}

/** How long a probe's answer is reused: a flood of /readyz costs storage one read a second, not one each. */
export const READY_CACHE_MS = 1_000;

/**
 * GET /readyz's check: not stopping, the key loaded, storage answering. Callers at the same time
 * share one storage probe, and its answer is reused for `cacheMs`.
 *
 * @example
 * const ready = readinessCheck({ storage: () => probeTable(table), keyLoaded: () => true, stopping: () => false });
 * await ready() // { ready: true }, or e.g. { ready: false, reason: 'storage answered 403' }
 */
export function readinessCheck(checks: ReadinessChecks, cacheMs = READY_CACHE_MS, now: () => number = () => performance.now()): () => Promise<Readiness> {
  let last: { at: number; answer: Promise<Readiness> } | undefined;
  const probe = async (): Promise<Readiness> => {
    try {
      await checks.storage();
      return { ready: true };
    } catch (err) {
      // The error may carry the account's address or a key: the reason is fixed words and a status.
      const status = statusCodeOf(err);
      return { ready: false, reason: status !== undefined ? `storage answered ${status}` : 'storage did not answer' };
    }
  };
  return async () => {
    if (checks.stopping()) return { ready: false, reason: 'shutting down' };
    if (!checks.keyLoaded()) return { ready: false, reason: 'anonymity key not loaded' };
    if (!last || now() - last.at >= cacheMs) last = { at: now(), answer: probe() };
    return last.answer;
  };
}

/** How long storage has to answer a readiness probe: a hung account shows as 503 in seconds, not after a proxy's own timeout. */
export const STORAGE_PROBE_MS = 2_000;

/**
 * The cheapest call that proves the table answers: a point read of a row that does not exist.
 * 404 is the expected answer; anything else, or nothing within `timeoutMs`, is a failure.
 *
 * @example await probeTable(tableClientFor(connectionString, 'sessions')) // throws if storage is down
 */
export async function probeTable(table: TableClient, timeoutMs = STORAGE_PROBE_MS): Promise<void> {
  try {
    await table.getEntity('readyz', 'probe', { abortSignal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    if (statusCodeOf(err) === 404) return;
    throw err;
  }
}
