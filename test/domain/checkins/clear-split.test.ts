import assert from 'node:assert/strict';
import { clearSplit } from '../../../domain/checkins/clear-split';
import { twoCamps } from '../../../domain/summary/two-camps';

const counts = (...c: number[]) => c.map((count, i) => ({ value: i + 1, count }));

describe('clearSplit: two camps by more than one person', () => {
  it('holds when any one answer could be taken away and the camps would still be there', () => {
    assert.equal(clearSplit(counts(3, 1, 0, 1, 3)), true);
    assert.equal(clearSplit(counts(3, 1, 0, 3, 0)), true);
  });

  it('does not hold where one person makes the split: a camp of two, or a side of just a quarter', () => {
    // 1 2 2 | 4 4 5: two camps, but without one of the 2s the lower peak is a single answer.
    assert.ok(twoCamps(counts(1, 2, 0, 2, 1)));
    assert.equal(clearSplit(counts(1, 2, 0, 2, 1)), false);
    // Eight answers, two at the top: a quarter, and one fewer is not.
    assert.ok(twoCamps(counts(4, 1, 1, 0, 2)));
    assert.equal(clearSplit(counts(4, 1, 1, 0, 2)), false);
  });

  it('does not hold where there are no camps', () => {
    assert.equal(clearSplit(counts(0, 1, 4, 1, 0)), false);
    assert.equal(clearSplit(counts(0, 0, 0, 0, 0)), false);
  });
});
