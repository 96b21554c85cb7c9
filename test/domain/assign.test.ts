import assert from 'node:assert/strict';
import { assignBalanced } from '../../domain/anonymity/assign';

const IDS = ['formal', 'performed', 'experienced'];

describe('assignBalanced: one question per participant, spread evenly', () => {
  it('gives the least-assigned question', () => {
    for (let i = 0; i < 50; i++) {
      assert.equal(assignBalanced(IDS, { formal: 2, performed: 1, experienced: 3 }), 'performed');
    }
  });

  it('counts a question that has not been assigned yet as 0', () => {
    for (let i = 0; i < 50; i++) {
      assert.equal(assignBalanced(IDS, { formal: 1, performed: 1 }), 'experienced');
    }
  });

  it('picks at random among the tied least-assigned, never another', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) seen.add(assignBalanced(IDS, { formal: 4, performed: 4, experienced: 5 }));
    assert.deepEqual([...seen].sort(), ['formal', 'performed']);
  });

  it('can give any question at the start', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) seen.add(assignBalanced(IDS, {}));
    assert.deepEqual([...seen].sort(), [...IDS].sort());
  });

  it('keeps counts within one of each other when used repeatedly', () => {
    const counts: Record<string, number> = {};
    for (let i = 0; i < 31; i++) {
      const id = assignBalanced(IDS, counts);
      counts[id] = (counts[id] ?? 0) + 1;
      const values = IDS.map((q) => counts[q] ?? 0);
      assert.ok(Math.max(...values) - Math.min(...values) <= 1, JSON.stringify(counts));
    }
  });

  it('throws when there is no question to assign', () => {
    assert.throws(() => assignBalanced([], {}), /no question/);
  });
});
