import assert from 'node:assert/strict';
import { asShownWith, thresholdWith } from '../../domain/anonymity/facilitators';
import { tallyVotes } from '../../domain/summary/votes';

describe('facilitators do not count toward k', () => {
  it('asks for k people besides the facilitators who took part', () => {
    assert.equal(thresholdWith(3, 0), 3);
    assert.equal(thresholdWith(3, 2), 5);
  });

  it('hides a vote of k ballots when one is a facilitator\'s, and names the session\'s own k', () => {
    const ballots = ['0', '0', '0'];
    const tally = asShownWith(tallyVotes(['Fælles morgenmøde'], ballots, 2, thresholdWith(3, 1)), 3);
    assert.deepEqual(tally, { shown: false, k: 3 });
  });

  it('replaces every k in a nested output and nothing else', () => {
    const shown = asShownWith({ k: 5, texts: { shown: false, k: 5 }, scales: [{ k: 5, values: [1, 2] }], key: 5 }, 3);
    assert.deepEqual(shown, { k: 3, texts: { shown: false, k: 3 }, scales: [{ k: 3, values: [1, 2] }], key: 5 });
  });
});
