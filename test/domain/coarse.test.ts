import assert from 'node:assert/strict';
import { clearChange, coarse, endsOnGrid, middleOf, pulledInEnd, roundTo, stepFor, withinReach } from '../../domain/anonymity/coarse';

const LIKERT = { min: 1, max: 5 };
const MEETING_TOTAL = { min: 0, max: 40 };

/** The @examples of domain/anonymity/coarse.ts, and the cases around its tie rules (docs/anonymity.md, "Figures across rounds"). */
describe('coarse: figures rounded so that two rounds cannot be subtracted', () => {
  it('stepFor: 1, 2 or 5 times a power of ten, at least the width over n; none for no width', () => {
    assert.deepEqual([stepFor(4, 6), stepFor(100, 12), stepFor(10, 40), stepFor(40, 6), stepFor(0, 6), stepFor(Number.NaN, 6)], [1, 10, 0.5, 10, 0, 0]);
  });

  it('coarse: the grid from the middle, an end only when everyone is there, half a step inside otherwise', () => {
    assert.deepEqual(coarse(3.4, LIKERT, 6), { value: 3, step: 1 });
    assert.deepEqual(coarse(4.7, LIKERT, 6), { value: 4.5, step: 1 });
    assert.deepEqual(coarse(67, { min: 0, max: 100 }, 6), { value: 70, step: 20 });
    assert.deepEqual(coarse(50, { min: 0, max: 100 }, 6), { value: 50, step: 20 });
    assert.deepEqual(coarse(100, { min: 0, max: 100 }, 6), { value: 100, step: 20 });
  });

  it('roundTo: a mean exactly on a pulled-in end figure is shown as it; any other tie goes toward the middle', () => {
    // 0–40 in steps of 10: 0, 10, 20, 30, 40, with the ends pulled in to 5 and 35 for means short of them.
    assert.deepEqual(
      [35, 34.9, 35.1, 39.9, 40].map((v) => roundTo(v, MEETING_TOTAL, 10)),
      [35, 30, 35, 35, 40],
    );
    assert.deepEqual(
      [5, 5.1, 4.9, 0].map((v) => roundTo(v, MEETING_TOTAL, 10)),
      [5, 10, 5, 0],
    );
    assert.deepEqual(
      [2.5, 3.5, 4.5, 1.5].map((v) => roundTo(v, LIKERT, 1)),
      [3, 3, 4.5, 1.5],
    );
    assert.deepEqual(
      [25, 15].map((v) => roundTo(v, MEETING_TOTAL, 10)),
      [20, 20],
    );
    // Where the ends are not on the grid (0–100 in steps of 20: 10 … 90) nothing is pulled in, and 80 ties toward 70.
    assert.deepEqual(
      [80, 90, 99].map((v) => roundTo(v, { min: 0, max: 100 }, 20)),
      [70, 90, 90],
    );
  });

  it('endsOnGrid: an even number of steps across', () => {
    assert.deepEqual([endsOnGrid(MEETING_TOTAL, 10), endsOnGrid({ min: 0, max: 100 }, 20), endsOnGrid(LIKERT, 1), endsOnGrid({ min: 0, max: 10 }, 2)], [true, false, true, false]);
  });

  it('withinReach: what one person leaving or joining can move a mean of n, with a 50th of the width to spare', () => {
    assert.equal(withinReach(3.2, 3.7, LIKERT, 5), true);
    assert.equal(withinReach(2.5, 3.7, LIKERT, 5), false);
    assert.equal(withinReach(3.7 - 0.88, 3.7, LIKERT, 5), true, 'the edge itself is within reach');
    assert.equal(withinReach(3.7 - 0.89, 3.7, LIKERT, 5), false);
  });

  it('coarse beside an exact figure: within reach of it, the exact figure rounded; out of reach, its own', () => {
    assert.deepEqual(coarse(3.2, LIKERT, 5, 3.7), { value: 4, step: 1 });
    assert.deepEqual(coarse(2.2, LIKERT, 5, 3.7), { value: 2, step: 1 });
    assert.deepEqual(coarse(3.2, LIKERT, 5), { value: 3, step: 1 }, 'without an exact figure, as ever');
  });

  it('clearChange: only a move larger than the larger step', () => {
    assert.equal(clearChange({ value: 50, step: 20 }, { value: 70, step: 20 }), false);
    assert.equal(clearChange({ value: 50, step: 20 }, { value: 90, step: 20 }), true);
    assert.equal(clearChange({ value: 60, step: 20 }, { value: 75, step: 5 }), false);
  });

  it('middleOf: a grid figure stands for half a step either side, a pulled-in one for the way to its end, an end for itself', () => {
    const item = { min: 0, max: 10 };
    assert.equal(middleOf({ value: 30, step: 10 }, MEETING_TOTAL), 30);
    assert.equal(middleOf({ value: 35, step: 10 }, MEETING_TOTAL), 37.5);
    assert.equal(middleOf({ value: 5, step: 10 }, MEETING_TOTAL), 2.5);
    assert.equal(middleOf({ value: 40, step: 10 }, MEETING_TOTAL), 40);
    assert.equal(middleOf({ value: 9, step: 2 }, item), 9, 'odd grid: 9 is a grid figure (8–10), not pulled in');
    assert.equal(middleOf({ value: 9.5, step: 1 }, item), 9.75);
    assert.equal(middleOf({ value: 3.7, step: 0 }, item), 3.7);
  });

  it('pulledInEnd: one rule names the end a pulled-in figure stands for, for the rounding, the middle and the card', () => {
    assert.deepEqual(
      [pulledInEnd(35, MEETING_TOTAL, 10), pulledInEnd(5, MEETING_TOTAL, 10), pulledInEnd(30, MEETING_TOTAL, 10), pulledInEnd(40, MEETING_TOTAL, 10)],
      ['max', 'min', undefined, undefined],
    );
    assert.equal(pulledInEnd(90, { min: 0, max: 100 }, 20), undefined, 'odd grid: 90 is a plain figure');
    assert.equal(pulledInEnd(35, MEETING_TOTAL, 0), undefined, 'no step, no pulled-in figure');
    assert.equal(pulledInEnd(4.5, LIKERT, 1), 'max');
  });
});
