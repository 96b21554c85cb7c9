/**
 * A small per-process memory whose entries leave by themselves after `ttlMs` (by a timer, not on
 * the next read), so what it holds is gone on time even if nobody asks again. At most `max`
 * entries; the oldest leaves first.
 *
 * @example
 * const memory = new ShortMemory<number>(5_000);
 * memory.set('s1', 3); memory.get('s1'); // 3, and undefined 5 s later
 */
export class ShortMemory<T> {
  private readonly entries = new Map<string, { value: T; timer: NodeJS.Timeout }>();

  constructor(
    private readonly ttlMs: number,
    private readonly max = 2_000,
  ) {}

  get(key: string): T | undefined {
    return this.entries.get(key)?.value;
  }

  /** Remembers `value` for the memory's time, or for `ttlMs` if shorter (e.g. what is left of it). */
  set(key: string, value: T, ttlMs = this.ttlMs): void {
    this.forget(key);
    if (this.entries.size >= this.max) this.forget(this.entries.keys().next().value as string);
    const timer = setTimeout(() => this.entries.delete(key), Math.min(ttlMs, this.ttlMs));
    timer.unref();
    this.entries.set(key, { value, timer });
  }

  forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.entries.delete(key);
  }

  /** Forgets every key the test accepts, e.g. all of one session's gates. */
  forgetWhere(test: (key: string) => boolean): void {
    for (const key of [...this.entries.keys()]) if (test(key)) this.forget(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
