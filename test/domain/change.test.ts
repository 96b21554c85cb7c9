import assert from 'node:assert/strict';
import type { ScaleQuestion } from '../../domain/exercise';
import { scaleChange } from '../../domain/summary/change';
import { summariseScale } from '../../domain/summary/distribution';

const KLARHED: ScaleQuestion = { kind: 'scale', id: 'klarhed', labelKey: 'q.klarhed', min: 1, max: 5, minLabelKey: 'scale.agree.min', maxLabelKey: 'scale.agree.max' };
const round = (values: string[], k = 5, q: ScaleQuestion = KLARHED) => summariseScale(q, values, k);

describe('scaleChange', () => {
  it('gives the change in median, mean and each step between two shown rounds', () => {
    const change = scaleChange(round(['2', '3', '3', '4', '2']), round(['3', '4', '4', '5', '3', '4']));
    assert.deepEqual(change, {
      shown: true,
      questionId: 'klarhed',
      n: { before: 5, after: 6 },
      median: { before: 3, after: 4, delta: 1 },
      mean: { before: 2.8, after: 3.8, delta: 1 },
      steps: [
        { value: 1, before: 0, after: 0, delta: 0, percentBefore: 0, percentAfter: 0 },
        { value: 2, before: 2, after: 0, delta: -2, percentBefore: 40, percentAfter: 0 },
        { value: 3, before: 2, after: 2, delta: 0, percentBefore: 40, percentAfter: 33 },
        { value: 4, before: 1, after: 3, delta: 2, percentBefore: 20, percentAfter: 50 },
        { value: 5, before: 0, after: 1, delta: 1, percentBefore: 0, percentAfter: 17 },
      ],
    });
  });

  it('takes the delta between the means as shown, without floating-point noise', () => {
    // 3.8 → 4.1 is +0.3 on the card, not 0.2999999999999998.
    const change = scaleChange(round(['4', '4', '4', '4', '3']), round(['4', '4', '4', '4', '4', '4', '4', '4', '4', '5']));
    assert.ok(change.shown);
    assert.deepEqual(change.mean, { before: 3.8, after: 4.1, delta: 0.3 });
    const down = scaleChange(round(['4', '4', '4', '4', '4', '4', '4', '4', '4', '5']), round(['4', '4', '4', '4', '3']));
    assert.ok(down.shown);
    assert.equal(down.mean.delta, -0.3);
    assert.equal(down.median.delta, 0);
  });

  it('shows nothing, not even n, when either round is below k', () => {
    const hidden = round(['4', '4', '4', '4']);
    const shown = round(['4', '4', '4', '4', '4']);
    assert.deepEqual(scaleChange(hidden, shown), { shown: false, questionId: 'klarhed' });
    assert.deepEqual(scaleChange(shown, hidden), { shown: false, questionId: 'klarhed' });
    assert.deepEqual(scaleChange(hidden, hidden), { shown: false, questionId: 'klarhed' });
  });

  it('applies each round\'s own k: a round shown at k = 3 compares with one shown at k = 5', () => {
    const change = scaleChange(round(['1', '2', '2'], 3), round(['2', '2', '3', '3', '3'], 5));
    assert.equal(change.shown, true);
  });

  it('refuses to compare different questions or a changed scale', () => {
    const other = round(['3', '3', '3', '3', '3'], 5, { ...KLARHED, id: 'tid' });
    assert.throws(() => scaleChange(round(['3', '3', '3', '3', '3']), other), /scaleChange\(\): the rounds answer different questions \('klarhed' and 'tid'\)/);
    const wider = round(['3', '3', '3', '3', '3'], 5, { ...KLARHED, min: 0, max: 10 });
    assert.throws(() => scaleChange(round(['3', '3', '3', '3', '3']), wider), /give it a new question id/);
  });
});
