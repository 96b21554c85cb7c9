import assert from 'node:assert/strict';
import { twoCamps } from '../../domain/summary/two-camps';

/** Counts per step of a scale from 1 to `max`, from the answers. */
const counts = (answers: number[], max = 5) => Array.from({ length: max }, (_, i) => ({ value: i + 1, count: answers.filter((a) => a === i + 1).length }));

describe('twoCamps', () => {
  it('finds two camps in 1, 2, 2 | 4, 4, 5, with the answers on each side', () => {
    assert.deepEqual(twoCamps(counts([1, 2, 2, 4, 4, 5])), { low: 3, high: 3 });
    assert.deepEqual(twoCamps(counts([1, 1, 1, 3, 5, 5, 5])), { low: 3, high: 3 }, 'the middle step is in neither camp');
  });

  it('finds none in answers around the middle, or all the same', () => {
    assert.equal(twoCamps(counts([1, 2, 3, 3, 4])), undefined);
    assert.equal(twoCamps(counts([3, 3, 3, 3, 3])), undefined);
    assert.equal(twoCamps(counts([5, 5, 5, 5, 5])), undefined);
    assert.equal(twoCamps(counts([])), undefined);
  });

  it('finds none when the middle is as full as a side', () => {
    assert.equal(twoCamps(counts([1, 1, 3, 3, 5, 5])), undefined);
    assert.equal(twoCamps(counts([1, 2, 3, 4, 5, 5])), undefined);
  });

  it('does not call one dissenter a camp, nor a side with no step chosen twice', () => {
    assert.equal(twoCamps(counts([1, 1, 1, 1, 1, 5])), undefined);
    assert.equal(twoCamps(counts([1, 2, 4, 4, 5])), undefined);
  });

  it('works on a scale with an even number of steps, where the modes must not be neighbours', () => {
    assert.deepEqual(twoCamps(counts([1, 1, 1, 4, 4, 4], 4)), { low: 3, high: 3 });
    assert.equal(twoCamps(counts([2, 2, 2, 3, 3, 3], 4)), undefined);
  });
});
