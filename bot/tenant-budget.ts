import { SlidingWindows, withMargin, type Window } from './send-limits';
import { realClock, type BudgetClock, type TenantBudget } from '../storage/send-budget-port';

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
 * How instances that share a limit through storage split it, so that the total stays within it
 * however many of them lose storage: an instance without storage keeps to one send per window,
 * and the shared row paces the rest, with withMargin's margin (docs/data.md). Alone, an instance
 * keeps the whole limit either way.
 *
 * @example splitAcross({ count: 50, ms: 1000 }, 3) // { slotMs: 23, fallback: [{ count: 1, ms: 1000 }] }
 */
export function splitAcross(limit: Window, instances: number): { slotMs: number; fallback: Window[] } {
  const others = Math.max(0, Math.floor(instances) - 1);
  const [window, pace] = withMargin([{ count: limit.count - others, ms: limit.ms }]);
  if (window.count < 1) throw new Error(`${instances} instances cannot share ${limit.count} sends per ${limit.ms} ms`);
  return { slotMs: pace.ms, fallback: others === 0 ? [limit] : [{ count: 1, ms: limit.ms }] };
}
