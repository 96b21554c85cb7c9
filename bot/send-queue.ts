import { SlidingWindows, TEAMS_LIMITS, withMargin, type Window } from './send-limits';
import { LocalTenantBudget } from './tenant-budget';
import { realClock, type BudgetClock, type TenantBudget } from '../storage/send-budget-port';
import { statusCodeOf } from '../storage/storage-errors';

/** Where a send goes, for the limits: its thread (or channel, for a new thread) and its tenant. */
export interface SendKey {
  thread: string;
  tenant: string;
}

export interface SendQueueOptions {
  perThread?: readonly Window[];
  /** The per-tenant limit, shared by every instance (storage/send-budget.ts); default TEAMS_LIMITS.perTenant in this process alone. */
  budget?: TenantBudget;
  /** Tries per send, the first included. */
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** The queue's waits and its default budget's: one clock, so a test's fake timers move both. */
  clock?: BudgetClock;
  random?: () => number;
  /** Told about each retry, for the log: status and delay, never the payload. */
  onRetry?: (info: { status: number; attempt: number; delayMs: number }) => void;
  /** Told when a transient failure is not tried again (the tries are used up): for telemetry. */
  onGiveUp?: (info: { status: number; attempts: number }) => void;
  /** Told, for each try, how long it waited for its turn and for room in the windows. */
  onWait?: (info: { waitedMs: number }) => void;
}

type Hooks = 'onRetry' | 'onGiveUp' | 'onWait';

/** Statuses worth another try: throttled (429), a lost race on the activity (412), and a busy or broken gateway. */
const TRANSIENT = new Set([412, 429, 502, 503, 504]);

/**
 * One outbound queue for every proactive send, so that all of them keep within Teams' limits
 * together: a send waits until its thread has room in this process (TEAMS_LIMITS, with a margin
 * and an even pace: withMargin), then for a slot in its tenant's budget (the app's, across
 * instances when the budget is shared), and a transient
 * failure is tried again after the server's `Retry-After`, or after a jittered, doubling delay,
 * up to `attempts` tries. Anything else (403 above all) fails at once.
 *
 * The Bot Framework connector already retries 429 and 5xx three times inside one try (it honours
 * `Retry-After`); this queue's tries come on top, for outages longer than that.
 *
 * @example
 * const queue = new SendQueue();
 * await queue.send({ thread: threadId, tenant: tenantId }, () => port.reply(place, card));
 */
export class SendQueue {
  private readonly threads: SlidingWindows;
  private readonly o: Required<Omit<SendQueueOptions, 'perThread' | Hooks>> & Pick<SendQueueOptions, Hooks>;
  /** Per thread, the turn of the last send to claim a slot: sends to one thread leave in the order they came. */
  private readonly turns = new Map<string, Promise<void>>();

  constructor(options: SendQueueOptions = {}) {
    this.threads = new SlidingWindows(withMargin(options.perThread ?? TEAMS_LIMITS.perThread));
    const clock = options.clock ?? realClock;
    this.o = {
      budget: options.budget ?? new LocalTenantBudget(TEAMS_LIMITS.perTenant, clock),
      attempts: options.attempts ?? 4,
      baseDelayMs: options.baseDelayMs ?? 1_000,
      maxDelayMs: options.maxDelayMs ?? 30_000,
      clock,
      random: options.random ?? Math.random,
      onRetry: options.onRetry,
      onGiveUp: options.onGiveUp,
      onWait: options.onWait,
    };
  }

  async send<T>(key: SendKey, op: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      await this.slot(key);
      try {
        return await op();
      } catch (err) {
        const status = statusCodeOf(err);
        if (status === undefined || !TRANSIENT.has(status)) throw err;
        if (attempt >= this.o.attempts) {
          this.o.onGiveUp?.({ status, attempts: attempt });
          throw err;
        }
        const delayMs = retryAfterMs(err, this.o.clock.now()) ?? this.backoffMs(attempt);
        this.o.onRetry?.({ status, attempt, delayMs });
        await this.o.clock.sleep(delayMs);
      }
    }
  }

  /** Waits for this thread's turn, then until its windows have room, then for the tenant's slot, and counts the send. */
  private async slot(key: SendKey): Promise<void> {
    const previous = this.turns.get(key.thread) ?? Promise.resolve();
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    const chained = previous.then(() => mine);
    this.turns.set(key.thread, chained);
    const asked = this.o.clock.now();
    try {
      await previous;
      for (;;) {
        const wait = this.threads.waitMs(key.thread, this.o.clock.now());
        if (wait <= 0) break;
        await this.o.clock.sleep(wait);
      }
      // The thread's turn is still ours, so waiting for the tenant cannot fill the thread's windows.
      await this.o.budget.slot(key.tenant);
      const now = this.o.clock.now();
      this.threads.record(key.thread, now);
      this.o.onWait?.({ waitedMs: now - asked });
    } finally {
      done();
      if (this.turns.get(key.thread) === chained) this.turns.delete(key.thread);
    }
  }

  /** Full jitter on a doubling delay: spreads retries from many sends instead of bunching them. */
  private backoffMs(attempt: number): number {
    const cap = Math.min(this.o.maxDelayMs, this.o.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(cap / 2 + (this.o.random() * cap) / 2);
  }
}

/** Longer than this, and the send fails rather than wait: Teams would be asking for a pause, not a retry. */
const RETRY_AFTER_MAX_MS = 5 * 60_000;

/** `Retry-After` from the failed response, in seconds or as an HTTP date, at most five minutes. */
export function retryAfterMs(err: unknown, now: number): number | undefined {
  const ms = parseRetryAfter(err, now);
  return ms === undefined ? undefined : Math.min(ms, RETRY_AFTER_MAX_MS);
}

function parseRetryAfter(err: unknown, now: number): number | undefined {
  const headers = (err as { response?: { headers?: { get?: (name: string) => string | undefined } } })?.response?.headers;
  const value = headers?.get?.('retry-after');
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
