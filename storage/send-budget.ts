import type { TableClient } from '@azure/data-tables';
import { realClock, type BudgetClock, type TenantBudget } from './send-budget-port';
import { encodeKey } from './encode-key';
import { statusCodeOf } from './storage-errors';

export interface SharedBudgetOptions {
  /** One send per slot: 22 ms for one instance, 23 ms for three, leaving room for fallback shares (bot/tenant-budget.ts splitAcross). */
  slotMs: number;
  /** Slots claimed at most at a time: fewer claims, at the price of slots left unused by a quiet instance. */
  blockSlots?: number;
  /** A slot used later than this is dropped: sends released late would bunch with the next instances' slots. */
  lateMs?: number;
  /** Where sends go when storage cannot be reached: small enough that with the row's slots the limit holds (bot/tenant-budget.ts splitAcross). */
  fallback: TenantBudget;
  /** How long to stay on the fallback after storage failed, before asking it again. */
  retryStorageAfterMs?: number;
  /** A claim taking longer than this counts as storage out of reach; a block is placed at most this far ahead. */
  claimTimeoutMs?: number;
  clock?: BudgetClock;
  random?: () => number;
  /** Told when storage failed and the fallback share is used (status only, for the log). */
  onFallback?: (info: { status?: number; reason: 'unreachable' | 'slow' }) => void;
}

/** Lost races back off by up to this many slots (jittered): the row answers, so it is only waited for. */
const MAX_BACKOFF_SLOTS = 10;
/** A row further ahead than this was written with a clock that is off: not honoured. */
const MAX_AHEAD_MS = 5_000;
/** A block starts this many claim times ahead: a claim a little slower than the last ones still comes back in time. */
const LEAD_FACTOR = 1.25;
/** Blocks in a row that came back already past before storage counts as too slow and the fallback is used. */
const PAST_BLOCKS = 2;
/** Held slots within this many of running out, a claim for the sends beyond them is made at the latest. */
const AHEAD_SLOTS = 4;
const ROW_KEY = 'next';

interface KnownRow {
  next: number;
  etag: string;
}

interface TenantSlots {
  /** Claimed slot times, ms since the epoch, ascending. */
  slots: number[];
  waiting: number;
  /** The last caller's turn: slots handed out in order. */
  turn: Promise<void>;
  /** A claim made while slots were still held: its round trip overlaps their sends. One at a time. */
  claiming?: Promise<void>;
}

/**
 * Teams' per-tenant limit shared by every instance of the app through one table row per tenant
 * (`sendbudget`, docs/data.md), holding the next free send time. An instance claims a block of
 * slots (`slotMs` apart) by moving that time forward with an ETag-checked write, and hands them
 * out to its own sends; so across instances no two sends share a slot, and in any second there
 * are at most 1000/slotMs. Clocks are assumed to agree within the 10 % margin, about 100 ms
 * (App Service instances' do, to milliseconds; docs/data.md). If storage cannot be reached, this instance keeps to its fallback share for a
 * while rather than stop sending; a row others keep winning is waited for, never left, since
 * the others send at the row's pace meanwhile.
 *
 * @example
 * const budget = new SharedSendBudget(tableClientFor(storage, 'sendbudget'), { slotMs: 23, fallback: new LocalTenantBudget([{ count: 1, ms: 1000 }]) });
 * await budget.slot(tenantId); // then send
 */
export class SharedSendBudget implements TenantBudget {
  private readonly tenants = new Map<string, TenantSlots>();
  private readonly o: Required<Omit<SharedBudgetOptions, 'onFallback'>> & Pick<SharedBudgetOptions, 'onFallback'>;
  private unreachableUntil = 0;
  /** Per tenant, the row as this instance last wrote it. */
  private readonly known = new Map<string, KnownRow>();
  /**
   * How long a claim takes: up at once to a slower one, down slowly (a moving average). A block
   * starts that far ahead, so it is not past when it arrives.
   */
  private claimMs = 0;
  /** Claims in a row whose block came back entirely past: storage answers, but too late to use. */
  private pastInARow = 0;

  constructor(
    private readonly table: TableClient,
    options: SharedBudgetOptions,
  ) {
    this.o = {
      blockSlots: 10,
      lateMs: 2 * options.slotMs,
      retryStorageAfterMs: 30_000,
      claimTimeoutMs: 2_000,
      clock: realClock,
      random: Math.random,
      ...options,
    };
  }

  async slot(tenant: string): Promise<void> {
    const state = this.tenants.get(tenant) ?? { slots: [], waiting: 0, turn: Promise.resolve() };
    this.tenants.set(tenant, state);
    state.waiting++;
    const previous = state.turn;
    let release!: () => void;
    state.turn = new Promise((resolve) => (release = resolve));
    try {
      await previous;
      await this.take(tenant, state);
    } finally {
      state.waiting--;
      release();
      if (state.waiting === 0 && state.slots.length === 0 && !state.claiming) this.tenants.delete(tenant);
    }
  }

  /** The next claimed slot that is not past, claiming a block when there is none; waits until its time. */
  private async take(tenant: string, state: TenantSlots): Promise<void> {
    for (;;) {
      const now = this.o.clock.now();
      while (state.slots.length > 0 && state.slots[0] < now - this.o.lateMs) state.slots.shift();
      if (state.slots.length === 0) {
        if (state.claiming) {
          await state.claiming;
          continue;
        }
        // As many as are waiting here now: a claim for one send leaves no slots unused.
        const claimed = await this.claim(tenant, Math.min(this.o.blockSlots, state.waiting));
        if (!claimed) return this.o.fallback.slot(tenant);
        state.slots = claimed;
        continue;
      }
      // More sends wait here than slots are held: claim theirs while the held ones are used, so the
      // row stays ahead of the clock instead of falling behind by a round trip per block; but only
      // once the held ones run out within about two claims, so that one claim covers the sends that
      // came meanwhile: fewer, larger claims, and fewer writes refused because another instance's came first.
      const short = state.waiting - state.slots.length;
      const runsOutIn = state.slots[state.slots.length - 1] - now;
      if (short > 0 && !state.claiming && runsOutIn <= Math.max(2 * this.claimMs, AHEAD_SLOTS * this.o.slotMs)) state.claiming = this.claimAhead(tenant, state, Math.min(this.o.blockSlots, short));
      const at = state.slots[0];
      if (at > now) {
        await this.o.clock.sleep(at - now);
        continue;
      }
      state.slots.shift();
      return;
    }
  }

  /** Adds `count` more slots to those held; a failed claim adds none, and the next claim, once they are used, finds out. */
  private async claimAhead(tenant: string, state: TenantSlots, count: number): Promise<void> {
    try {
      const claimed = await this.claim(tenant, count);
      if (claimed) state.slots = [...state.slots, ...claimed].sort((a, b) => a - b);
    } finally {
      state.claiming = undefined;
    }
  }

  /**
   * `count` slots from the tenant's next free time, or undefined when storage failed or was too
   * slow. The row as this instance last wrote it is kept: while no other instance has claimed
   * since, one ETag-checked write is the whole claim.
   */
  private async claim(tenant: string, count: number): Promise<number[] | undefined> {
    if (this.o.clock.now() < this.unreachableUntil) return undefined;
    const partitionKey = encodeKey(tenant);
    for (let attempt = 1; ; attempt++) {
      const asked = this.o.clock.now();
      const abortSignal = AbortSignal.timeout(this.o.claimTimeoutMs);
      const cached = this.known.get(tenant);
      try {
        const row = cached ?? (await this.read(partitionKey, abortSignal));
        const now = this.o.clock.now();
        // Not before this claim is likely back: a block already past would be dropped. A read just
        // made times one round trip, the write is a second: a first claim has no other measure.
        const expected = Math.max(this.claimMs, cached ? 0 : 2 * (now - asked));
        const earliest = asked + Math.round(Math.min(expected * LEAD_FACTOR, this.o.claimTimeoutMs));
        const stored = row?.next ?? NaN;
        const start = stored > earliest && stored <= now + MAX_AHEAD_MS ? stored : Math.max(earliest, now);
        const next = start + count * this.o.slotMs;
        // A Double holds whole milliseconds exactly, and reads back as a plain number.
        const entity = { partitionKey, rowKey: ROW_KEY, next: { value: next, type: 'Double' as const } };
        const written = row ? await this.table.updateEntity(entity, 'Replace', { etag: row.etag, abortSignal }) : await this.table.createEntity(entity, { abortSignal });
        if (written.etag) this.known.set(tenant, { next, etag: written.etag });
        const back = this.o.clock.now();
        const took = back - asked;
        this.claimMs = took > this.claimMs ? took : 0.7 * this.claimMs + 0.3 * took;
        const slots = Array.from({ length: count }, (_, i) => start + i * this.o.slotMs);
        if (slots[count - 1] >= back - this.o.lateMs) {
          this.pastInARow = 0;
          return slots;
        }
        // Every slot is past: a failed claim, though storage answered. Again, further ahead, or
        // if that keeps happening, the fallback for a while rather than claiming without end.
        if (++this.pastInARow < PAST_BLOCKS) continue;
        this.pastInARow = 0;
        this.unreachableUntil = back + this.o.retryStorageAfterMs;
        this.o.onFallback?.({ reason: 'slow' });
        return undefined;
      } catch (err) {
        this.known.delete(tenant);
        const status = statusCodeOf(err);
        // Another instance claimed in between (412), or created the row first (409): read again,
        // at once if only our copy was old, after a jittered pause if we lost a race.
        if (status === 412 || status === 409) {
          if (!cached) await this.o.clock.sleep(Math.round(this.o.random() * this.o.slotMs * Math.min(attempt, MAX_BACKOFF_SLOTS)));
          continue;
        }
        this.unreachableUntil = this.o.clock.now() + this.o.retryStorageAfterMs;
        this.o.onFallback?.({ status, reason: 'unreachable' });
        return undefined;
      }
    }
  }

  /** The tenant's row: its next free time and ETag; undefined before its first claim. */
  private async read(partitionKey: string, abortSignal: AbortSignal): Promise<KnownRow | undefined> {
    try {
      const row = await this.table.getEntity<{ next: number }>(partitionKey, ROW_KEY, { abortSignal });
      return { next: Number(row.next), etag: row.etag };
    } catch (err) {
      if (statusCodeOf(err) === 404) return undefined;
      throw err;
    }
  }
}
