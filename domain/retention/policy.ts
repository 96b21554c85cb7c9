import type { Checked } from '../validation/problem';

/**
 * How long raw answers are kept after a session closes, and how long a team's data outlives an
 * uninstall (docs/data.md, "How long, and how each deletion works"). The service's values come from the environment (config/options.ts); a
 * team's facilitators may choose their own number of days within [RETENTION_MIN_DAYS, maxDays].
 */
export interface RetentionPolicy {
  /** Days after close for teams that chose nothing (RETENTION_DAYS). */
  defaultDays: number;
  /** The most a team may choose (RETENTION_MAX_DAYS): the municipality's ceiling. */
  maxDays: number;
  /** Days between an uninstall and the deletion of the team's data (UNINSTALL_GRACE_DAYS). */
  uninstallGraceDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { defaultDays: 90, maxDays: 365, uninstallGraceDays: 30 };

/**
 * No team goes below a week: a slip of the keyboard ("opbevaring 1") must not erase a session
 * closed an hour ago (deleting now is what "slet data" is for), and a TR or MED-udvalg checking
 * storage after a session (docs/anonymity.md) needs the sealed rows to still be there.
 */
export const RETENTION_MIN_DAYS = 7;

export const DAY_MS = 86_400_000;

/**
 * The days a facilitator typed after "opbevaring", checked against the policy.
 *
 * @example checkRetentionDays('30', DEFAULT_RETENTION) // { ok: true, value: 30 }
 * @example checkRetentionDays('400', DEFAULT_RETENTION) // { ok: false, problems: [{ key: 'retention.error.range', vars: { min: 7, max: 365 } }] }
 */
export function checkRetentionDays(text: string, policy: Pick<RetentionPolicy, 'maxDays'>): Checked<number> {
  const days = /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (Number.isInteger(days) && days >= RETENTION_MIN_DAYS && days <= policy.maxDays) return { ok: true, value: days };
  return { ok: false, problems: [{ key: 'retention.error.range', vars: { min: RETENTION_MIN_DAYS, max: policy.maxDays } }] };
}

/**
 * Whether a session closed at `closedAt` has outlived `days` of retention at `now`.
 *
 * @example isPastRetention('2027-01-01T10:00:00Z', 30, new Date('2027-01-31T10:00:00Z')) // true
 * @example isPastRetention('2027-01-01T10:00:00Z', 30, new Date('2027-01-31T09:59:59Z')) // false
 */
export function isPastRetention(closedAt: string, days: number, now: Date): boolean {
  const closed = Date.parse(closedAt);
  return Number.isFinite(closed) && closed + days * DAY_MS <= now.getTime();
}
