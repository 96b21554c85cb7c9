import assert from 'node:assert/strict';
import { thresholdWith } from '../../domain/anonymity/facilitators';
import { tallyVotes } from '../../domain/summary/votes';

describe('facilitators do not count toward k', () => {
  it('asks for k people besides the facilitators who took part', () => {
    assert.equal(thresholdWith(3, 0), 3);
    assert.equal(thresholdWith(3, 2), 5);
  });

  it("hides a vote of k ballots when one is a facilitator's", () => {
    assert.deepEqual(tallyVotes(['Fælles morgenmøde'], ['0', '0', '0'], 2, thresholdWith(3, 1)), { shown: false, k: 4 });
    assert.equal(tallyVotes(['Fælles morgenmøde'], ['0', '0', '0', '0'], 2, thresholdWith(3, 1)).shown, true);
  });
});
