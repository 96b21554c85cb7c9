import { SlidingWindows, withMargin, type Window } from './send-limits';

/**
 * Teams' per-tenant limit (50 sends a second per app and tenant) is the app's, not one
 * process's: the send queue asks a budget for each send to a tenant. One process keeps it in
 * memory (LocalTenantBudget); several instances share it through storage (storage/send-budget.ts).
 */
export interface TenantBudget {
  /** Resolves once one more send to `tenant` fits the limit, and counts that send. */
  slot(tenant: string): Promise<void>;
}

/** The clock a budget waits on: injected, so unit tests run on fake timers. */
export interface BudgetClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export const realClock: BudgetClock = { now: Date.now, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

/**
 * The per-tenant windows kept in this process alone, with withMargin's margin and pace: right
 * for one instance, and the fallback share when the shared budget cannot be reached.
 *
 * @example
 * const budget = new LocalTenantBudget([{ count: 50, ms: 1000 }]);
 * await budget.slot(tenantId); // then send
 */
export class LocalTenantBudget implements TenantBudget {
  private readonly windows: SlidingWindows;

  constructor(
    limits: readonly Window[],
    private readonly clock: BudgetClock = realClock,
  ) {
    this.windows = new SlidingWindows(withMargin(limits));
  }

  async slot(tenant: string): Promise<void> {
    for (;;) {
      const wait = this.windows.waitMs(tenant, this.clock.now());
      if (wait <= 0) break;
      await this.clock.sleep(wait);
    }
    this.windows.record(tenant, this.clock.now());
  }
}

/**
 * This instance's share of a limit when `instances` share it and cannot agree: each window's
 * count divided evenly, at least one.
 *
 * @example shareOf([{ count: 50, ms: 1000 }], 3) // [{ count: 16, ms: 1000 }]
 */
export function shareOf(limits: readonly Window[], instances: number): Window[] {
  return limits.map((w) => ({ count: Math.max(1, Math.floor(w.count / Math.max(1, instances))), ms: w.ms }));
}
