import assert from 'node:assert/strict';
import { exactFigures } from '../../../domain/checkins/exact-figures';
import type { RoundFigures } from '../../../domain/checkins/trends';

const at = (month: number) => `2027-${String(month).padStart(2, '0')}-01T08:00:00.000Z`;

describe('exactFigures: the figures earlier rounds showed before rounding existed', () => {
  it('takes each figure from the latest earlier round that showed it exactly, past rounded rounds', () => {
    const history: RoundFigures[] = [
      { dueAt: at(1), metK: true, figures: { trust: 58, fairness: 40 } },
      { dueAt: at(2), metK: true, figures: { trust: 63 } },
      { dueAt: at(3), metK: true, figures: { trust: 70, fairness: 50 }, steps: { trust: 20, fairness: 20 } },
    ];
    assert.deepEqual(exactFigures(history, at(4)), { trust: 63, fairness: 40 });
  });

  it('ignores rounds below k, rounds at or after this one, and rounds filed with steps', () => {
    const history: RoundFigures[] = [
      { dueAt: at(1), metK: false, figures: { trust: 10 } },
      { dueAt: at(4), metK: true, figures: { trust: 90 } },
      { dueAt: at(5), metK: true, figures: { trust: 30 } },
      { dueAt: at(2), metK: true, figures: { trust: 70 }, steps: { trust: 20 } },
    ];
    assert.deepEqual(exactFigures(history, at(4)), {});
    assert.deepEqual(exactFigures([], at(4)), {});
  });
});
