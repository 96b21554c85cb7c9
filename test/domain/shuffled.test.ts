import assert from 'node:assert/strict';
import { shuffled } from '../../domain/shuffled';

describe('domain: shuffled', () => {
  it('returns every item once, in a new array, and leaves the input as it was', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const out = shuffled(items);
    assert.notEqual(out, items);
    assert.deepEqual(
      [...out].sort((a, b) => a - b),
      items,
    );
    assert.deepEqual(
      items,
      Array.from({ length: 50 }, (_, i) => i),
    );
  });

  it('follows its random source: the same draws give the same order', () => {
    const draws = (seed: number) => () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    assert.deepEqual(shuffled(['a', 'b', 'c', 'd'], draws(7)), shuffled(['a', 'b', 'c', 'd'], draws(7)));
    assert.deepEqual(
      shuffled(['a', 'b', 'c'], () => 0.999),
      ['a', 'b', 'c'],
      'each item swapped with itself',
    );
    // A copy that kept the order would pass the lines above; a draw of 0 moves each item to the front.
    assert.deepEqual(
      shuffled(['a', 'b', 'c'], () => 0),
      ['b', 'c', 'a'],
    );
  });
});
