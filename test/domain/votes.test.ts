import assert from 'node:assert/strict';
import { tallyVotes, type VoteTally } from '../../domain/summary/votes';

const PROPOSALS = ['Fælles morgenmøde hver mandag', 'Ny vagtplan med faste makkerpar', 'Mindre dokumentation, mere tid hos borgerne', 'Kerneopgaven på tavlen i personalestuen'];

function shown(t: VoteTally) {
  assert.equal(t.shown, true, JSON.stringify(t));
  if (!t.shown) throw new Error('unreachable');
  return t;
}

const rows = (t: VoteTally) => shown(t).ranked.map((r) => [r.index, r.votes, r.rank]);

describe('tallyVotes', () => {
  it('shows nothing but the threshold below k voters', () => {
    assert.deepEqual(tallyVotes(PROPOSALS, ['0,2', '2', '1,2', '2,3'], 2, 5), { shown: false, k: 5 });
    assert.deepEqual(tallyVotes(PROPOSALS, [], 2, 3), { shown: false, k: 3 });
  });

  it('does not count a ballot without a single valid vote as a voter', () => {
    const ballots = ['0,2', '2', '1,2', '2,3', '', '9', 'x,-1', ' , '];
    assert.deepEqual(tallyVotes(PROPOSALS, ballots, 2, 5), { shown: false, k: 5 });
    assert.equal(shown(tallyVotes(PROPOSALS, [...ballots, '3'], 2, 5)).voters, 5);
  });

  it('ranks the proposals by votes, showing only counts of at least k', () => {
    const t = shown(tallyVotes(PROPOSALS, ['2,0', '2', '2,3', '2,0', '2,1', '2,0', '3,0'], 2, 5));
    assert.equal(t.voters, 7);
    assert.deepEqual(rows(t), [
      [2, 6, 1],
      [0, undefined, 2], // 4 votes: fewer than k
      [1, undefined, 2], // 1 vote: same rank, ballot order
      [3, undefined, 2], // 2 votes
    ]);
    assert.deepEqual(t.ranked[0], { index: 2, text: 'Mindre dokumentation, mere tid hos borgerne', votes: 6, rank: 1 });
  });

  it('shows a count of exactly k, and hides k − 1 and 0', () => {
    const t = shown(tallyVotes(PROPOSALS, ['0,1', '0,1', '0,1', '0,1', '0'], 2, 5));
    assert.deepEqual(rows(t), [
      [0, 5, 1],
      [1, undefined, 2],
      [2, undefined, 2],
      [3, undefined, 2],
    ]);
  });

  it('gives every hidden count one rank, in ballot order, whatever the true counts', () => {
    const t = shown(tallyVotes(PROPOSALS, ['3', '3', '3', '1', '2,3'], 1, 5));
    // votesPerPerson 1: "2,3" counts only 2. Counts: 0→0, 1→1, 2→1, 3→3, all fewer than k.
    assert.deepEqual(rows(t), [
      [0, undefined, 1],
      [1, undefined, 1],
      [2, undefined, 1],
      [3, undefined, 1],
    ]);
  });

  it('says nothing about hidden counts: swapping them leaves the tally the same', () => {
    // Counts 6, 4, 1, 0 and 6, 0, 1, 4: the shown proposal is the same, the hidden ones are not.
    const a = shown(tallyVotes(PROPOSALS, ['2,0', '2,0', '2,0', '2,0', '2,1', '2'], 2, 5));
    const b = shown(tallyVotes(PROPOSALS, ['2,3', '2,3', '2,3', '2,3', '2,1', '2'], 2, 5));
    assert.deepEqual(rows(a), [
      [2, 6, 1],
      [0, undefined, 2],
      [1, undefined, 2],
      [3, undefined, 2],
    ]);
    assert.deepEqual(rows(b), rows(a));
  });

  it('ranks hidden proposals after tied shown ones, counting the shown ones', () => {
    const t = shown(tallyVotes(PROPOSALS, ['3,1', '3,1', '1,3', '3,1', '1,3', '0,2', '2'], 2, 5));
    assert.deepEqual(rows(t), [
      [1, 5, 1],
      [3, 5, 1],
      [0, undefined, 3],
      [2, undefined, 3],
    ]);
  });

  it('gives equal counts the same rank, lists them by index and skips the next rank', () => {
    const t = shown(tallyVotes(PROPOSALS, ['3,1', '3,1', '1,3', '3,1', '1,3', '0'], 2, 5));
    assert.deepEqual(rows(t), [
      [1, 5, 1],
      [3, 5, 1],
      [0, undefined, 3],
      [2, undefined, 3],
    ]);
  });

  it('ignores invalid indices and repeats within a ballot', () => {
    const t = shown(tallyVotes(PROPOSALS, ['1,1', '1, 1', '4,1', '1.0,1', '-1,1', ' 1 ', 'a,b'], 2, 5));
    assert.equal(t.voters, 6);
    assert.deepEqual(rows(t)[0], [1, 6, 1]);
    assert.equal(t.ranked.filter((r) => r.votes !== undefined).length, 1);
  });

  it('counts only the first votesPerPerson distinct valid votes of an over-long ballot', () => {
    const ballots = ['3,3,x,0,1,2', '3,0,1', '3,0,2', '3,0', '3,0,1,2'];
    const t = shown(tallyVotes(PROPOSALS, ballots, 2, 5));
    assert.deepEqual(rows(t), [
      [0, 5, 1],
      [3, 5, 1],
      [1, undefined, 3],
      [2, undefined, 3],
    ]);
  });

  it('counts nothing with no votes per person', () => {
    assert.deepEqual(tallyVotes(PROPOSALS, ['0', '1', '2', '3', '0'], 0, 5), { shown: false, k: 5 });
  });

  it('masks e-mail addresses in proposal texts', () => {
    const t = shown(tallyVotes(['Spørg jens@odense.dk om budgettet', 'Mere tid'], ['0', '0', '1', '0', '1'], 1, 5));
    assert.deepEqual(
      t.ranked.map((r) => r.text),
      ['Spørg [e-mail] om budgettet', 'Mere tid'],
    );
  });
});
