/** At most `count` sends in any `ms` milliseconds. */
export interface Window {
  count: number;
  ms: number;
}

/**
 * Teams' limits for proactive sends: per bot and thread 7 a second, 8 in 2 seconds, 60 in 30
 * seconds and 1,800 an hour; per app and tenant 50 a second. A new thread counts against its channel.
 * The 2-second window is the tightest one kept up: after a burst of 8, one send every 275 ms (with the margin).
 */
export const TEAMS_LIMITS = {
  perThread: [
    { count: 7, ms: 1_000 },
    { count: 8, ms: 2_000 },
    { count: 60, ms: 30_000 },
    { count: 1_800, ms: 3_600_000 },
  ],
  perTenant: [{ count: 50, ms: 1_000 }],
} as const satisfies Record<string, readonly Window[]>;

/**
 * The windows the queue keeps to: each Teams window 10 % longer, plus an even pace within the
 * shortest one (7 a second becomes one per 158 ms). Teams counts on arrival, and sends released
 * together as a window opens arrive bunched by network jitter; spreading them keeps the arrivals
 * within the limit, not only the departures.
 *
 * @example withMargin([{ count: 7, ms: 1000 }]) // [{ count: 7, ms: 1100 }, { count: 1, ms: 158 }]
 */
export function withMargin(windows: readonly Window[], margin = 0.1): Window[] {
  const longer = windows.map((w) => ({ count: w.count, ms: Math.ceil(w.ms * (1 + margin)) }));
  const shortest = longer.reduce((a, b) => (b.ms < a.ms ? b : a));
  return [...longer, { count: 1, ms: Math.ceil(shortest.ms / shortest.count) }];
}

/**
 * Sliding-window counters per key (a thread, a tenant). `waitMs` says how long until one more send
 * fits every window; `record` counts a send. Keys whose sends have all left the longest window are
 * forgotten, so memory follows the active threads, not every thread ever.
 *
 * @example
 * const l = new SlidingWindows([{ count: 2, ms: 1000 }]);
 * l.record('t', 0); l.record('t', 100);
 * l.waitMs('t', 200) // 800: the send at 0 leaves the window at 1000
 */
export class SlidingWindows {
  private readonly sends = new Map<string, number[]>();
  private readonly longest: number;

  constructor(private readonly windows: readonly Window[]) {
    this.longest = Math.max(...windows.map((w) => w.ms));
  }

  waitMs(key: string, now: number): number {
    const times = this.prune(key, now);
    let wait = 0;
    for (const w of this.windows) {
      // Sends within the window, oldest first; the one that must leave for a new send to fit.
      const inWindow = times.filter((t) => t > now - w.ms);
      if (inWindow.length >= w.count) wait = Math.max(wait, inWindow[inWindow.length - w.count] + w.ms - now);
    }
    return wait;
  }

  record(key: string, now: number): void {
    const times = this.prune(key, now);
    times.push(now);
    this.sends.set(key, times);
  }

  /** How many keys are remembered (for tests and leak checks). */
  get size(): number {
    return this.sends.size;
  }

  private prune(key: string, now: number): number[] {
    const times = (this.sends.get(key) ?? []).filter((t) => t > now - this.longest);
    if (times.length === 0) this.sends.delete(key);
    else this.sends.set(key, times);
    return times;
  }
}
