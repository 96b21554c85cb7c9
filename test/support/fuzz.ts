/**
 * A small seeded generator of hostile JSON for fuzzing: the same seed gives the same run, so a
 * failure can be replayed by its seed.
 */
export class Fuzz {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32: tiny, fast and good enough to pick mutations. */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(max: number): number {
    return Math.floor(this.next() * max);
  }

  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }

  /** A value of a random kind, some of them nasty: huge, deep, prototype keys, odd strings. */
  value(depth = 0): unknown {
    const kinds = ['null', 'num', 'bool', 'str', 'str', 'weird', 'arr', 'obj', 'proto', 'big', 'deep'];
    switch (this.pick(depth > 3 ? kinds.slice(0, 6) : kinds)) {
      case 'null':
        return this.pick([null, undefined]);
      case 'num':
        return this.pick([0, -1, 1e308, NaN, 3.14, Number.MAX_SAFE_INTEGER + 2]);
      case 'bool':
        return this.next() < 0.5;
      case 'str':
        return this.pick(['', 'a', 'æøå ÆØÅ', '<b>x</b>', '**bold** [link](http://evil)', '${{x}}', '../../etc/passwd', "'; DROP TABLE --", 'session.answer', '0123456789abcdef01234567']);
      case 'weird':
        return String.fromCharCode(...Array.from({ length: 1 + this.int(20) }, () => this.int(0xd800)));
      case 'arr':
        return Array.from({ length: this.int(5) }, () => this.value(depth + 1));
      case 'obj':
        return Object.fromEntries(Array.from({ length: this.int(5) }, () => [this.pick(['a', 'verb', 'sessionId', 'type', 'id', 'text']), this.value(depth + 1)]));
      case 'proto':
        return JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');
      case 'big':
        return 'x'.repeat(1 + this.int(40_000));
      default: {
        let v: unknown = 'bottom';
        for (let i = 0; i < 60; i++) v = { v };
        return v;
      }
    }
  }

  /** `template` with a few fields replaced, removed or added, at any depth. */
  mutate(template: Record<string, unknown>): Record<string, unknown> {
    const copy = JSON.parse(JSON.stringify(template)) as Record<string, unknown>;
    for (let n = 1 + this.int(3); n > 0; n--) {
      const path = this.pathIn(copy);
      const parent = path.slice(0, -1).reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, copy);
      const key = path[path.length - 1];
      const roll = this.next();
      if (roll < 0.3) delete parent[key];
      else if (roll < 0.9) parent[key] = this.value();
      else parent[this.pick(['__proto__', 'constructor', 'extra', 'value'])] = this.value();
    }
    return copy;
  }

  private pathIn(o: Record<string, unknown>): string[] {
    const path: string[] = [];
    let here: unknown = o;
    while (here && typeof here === 'object' && !Array.isArray(here)) {
      const keys = Object.keys(here);
      if (keys.length === 0) break;
      const key = this.pick(keys);
      path.push(key);
      if (this.next() < 0.5) break;
      here = (here as Record<string, unknown>)[key];
    }
    return path.length ? path : ['type'];
  }
}
