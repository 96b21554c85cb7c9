/**
 * Teams' per-tenant limit (50 sends a second per app and tenant) is the app's, not one
 * process's: the send queue (bot/send-queue.ts) asks a budget for each send to a tenant. One
 * process keeps it in memory (bot/tenant-budget.ts); several instances share it through storage
 * (storage/send-budget.ts). Here, so that neither side depends on the other.
 */
export interface TenantBudget {
  /** Resolves once one more send to `tenant` fits the limit, and counts that send. */
  slot(tenant: string): Promise<void>;
}

/** The clock a budget and the send queue wait on: injected, so unit tests run on fake timers. */
export interface BudgetClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** Looks up Date.now and setTimeout at each call, so fake timers installed later apply too. */
export const realClock: BudgetClock = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };
