import assert from 'node:assert/strict';
import { progressView, shownProgress } from '../../domain/anonymity/progress';

describe('progressView: what the shared card may say about how many have answered', () => {
  it("says only 'fewer than k' below k, without the count", () => {
    for (const count of [0, 1, 2, 3, 4]) {
      const view = progressView(count, 5);
      assert.deepEqual(view, { belowK: true, k: 5 }, `count ${count}`);
      assert.equal('atLeast' in view, false);
    }
  });

  it('shows k from exactly k answers on', () => {
    assert.deepEqual(progressView(5, 5), { belowK: false, k: 5, atLeast: 5 });
  });

  it('moves in steps of k, rounding down, so one new answer is not visible', () => {
    const k = 5;
    const expected: Record<number, number> = { 5: 5, 6: 5, 7: 5, 8: 5, 9: 5, 10: 10, 14: 10, 15: 15, 49: 45, 50: 50 };
    for (const [count, atLeast] of Object.entries(expected)) {
      assert.deepEqual(progressView(Number(count), k), { belowK: false, k, atLeast }, `count ${count}`);
    }
  });

  it("uses the session's own k, not the default", () => {
    assert.deepEqual(progressView(6, 7), { belowK: true, k: 7 });
    assert.deepEqual(progressView(7, 7), { belowK: false, k: 7, atLeast: 7 });
    assert.deepEqual(progressView(13, 7), { belowK: false, k: 7, atLeast: 7 });
    assert.deepEqual(progressView(14, 3), { belowK: false, k: 3, atLeast: 12 });
  });
});

describe('shownProgress: the figure on the card, used to decide when the card needs an update', () => {
  it('is 0 below k and the stepped figure from k on', () => {
    assert.equal(shownProgress(0, 5), 0);
    assert.equal(shownProgress(4, 5), 0);
    assert.equal(shownProgress(5, 5), 5);
    assert.equal(shownProgress(9, 5), 5);
    assert.equal(shownProgress(10, 5), 10);
  });

  it('changes only when the count reaches a multiple of k', () => {
    const k = 4;
    for (let count = 1; count <= 40; count++) {
      const changed = shownProgress(count, k) !== shownProgress(count - 1, k);
      assert.equal(changed, count % k === 0, `count ${count}`);
    }
  });

  it('never shows more than the real count, nor a figure below k', () => {
    for (let count = 0; count <= 60; count++) {
      const shown = shownProgress(count, 5);
      assert.ok(shown <= count, `count ${count} shows ${shown}`);
      assert.ok(shown === 0 || shown >= 5, `count ${count} shows ${shown}`);
    }
  });
});
