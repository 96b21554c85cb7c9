import assert from 'node:assert/strict';
import { suppressSmallGroups, type GroupCount } from '../../domain/anonymity/suppress';

const groups = (counts: Record<string, number>): GroupCount[] => Object.entries(counts).map(([id, count]) => ({ id, count }));
const sorted = (xs: string[]) => [...xs].sort();

describe('suppressSmallGroups: small groups and complementary suppression', () => {
  it('hides nothing when every group has at least k', () => {
    const result = suppressSmallGroups(groups({ a: 10, b: 5, c: 7 }), 5);
    assert.deepEqual(result.hidden, []);
    assert.deepEqual(result.shown, groups({ a: 10, b: 5, c: 7 }));
  });

  it('hides a group below k and also the smallest shown group, so it cannot be found by subtraction', () => {
    const result = suppressSmallGroups(groups({ a: 10, b: 8, c: 2 }), 5);
    assert.deepEqual(sorted(result.hidden), ['b', 'c']);
    assert.deepEqual(result.shown, [{ id: 'a', count: 10 }]);
  });

  it('picks the smallest shown group as the complement, whatever the order', () => {
    const result = suppressSmallGroups(groups({ big: 20, small: 6, tiny: 1, mid: 9 }), 5);
    assert.deepEqual(sorted(result.hidden), ['small', 'tiny']);
  });

  it('leaves two hidden groups that together reach k as they are', () => {
    const result = suppressSmallGroups(groups({ a: 10, b: 4, c: 3 }), 5);
    assert.deepEqual(sorted(result.hidden), ['b', 'c']);
    assert.deepEqual(result.shown, [{ id: 'a', count: 10 }]);
  });

  it('hides more when the hidden groups together stay below k', () => {
    const result = suppressSmallGroups(groups({ a: 10, b: 2, c: 2 }), 5);
    assert.deepEqual(sorted(result.hidden), ['a', 'b', 'c']);
    assert.deepEqual(result.shown, []);
  });

  it('hides everything when only one other group could cover the small one', () => {
    const result = suppressSmallGroups(groups({ a: 6, b: 1 }), 5);
    assert.deepEqual(sorted(result.hidden), ['a', 'b']);
    assert.deepEqual(result.shown, []);
  });

  it('hides everything when all groups are below k', () => {
    const result = suppressSmallGroups(groups({ a: 1, b: 2, c: 4 }), 5);
    assert.deepEqual(sorted(result.hidden), ['a', 'b', 'c']);
  });

  it('treats a group of exactly k as large enough', () => {
    assert.deepEqual(suppressSmallGroups(groups({ a: 5, b: 5 }), 5).hidden, []);
  });

  it('returns nothing for no groups', () => {
    assert.deepEqual(suppressSmallGroups([], 5), { shown: [], hidden: [] });
  });

  it('never leaves a hidden group that can be derived, over many random group sizes', () => {
    let seed = 42;
    const rand = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    for (let run = 0; run < 500; run++) {
      const k = 3 + rand(6);
      const input = Array.from({ length: 1 + rand(5) }, (_, i) => ({ id: `g${i}`, count: rand(15) }));
      const { shown, hidden } = suppressSmallGroups(input, k);
      const label = JSON.stringify({ k, input });
      assert.equal(shown.length + hidden.length, input.length, label);
      assert.ok(
        shown.every((g) => g.count >= k),
        `a shown group below k: ${label}`,
      );
      const hiddenSum = input.filter((g) => hidden.includes(g.id)).reduce((s, g) => s + g.count, 0);
      const safe = hidden.length === 0 || hidden.length === input.length || (hidden.length >= 2 && hiddenSum >= k);
      assert.ok(safe, `hidden ${JSON.stringify(hidden)} can be derived: ${label}`);
    }
  });
});
