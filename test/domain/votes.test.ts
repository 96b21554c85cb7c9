import assert from "node:assert/strict";
import { tallyVotes, type VoteTally } from "../../domain/summary/votes";

const PROPOSALS = [
  "Fælles morgenmøde hver mandag",
  "Ny vagtplan med faste makkerpar",
  "Mindre dokumentation, mere tid hos borgerne",
  "Kerneopgaven på tavlen i personalestuen",
];

function shown(t: VoteTally) {
  assert.equal(t.shown, true, JSON.stringify(t));
  if (!t.shown) throw new Error("unreachable");
  return t;
}

const rows = (t: VoteTally) => shown(t).ranked.map((r) => [r.index, r.votes, r.rank]);

describe("tallyVotes", () => {
  it("shows nothing but the threshold below k voters", () => {
    assert.deepEqual(tallyVotes(PROPOSALS, ["0,2", "2", "1,2", "2,3"], 2, 5), { shown: false, k: 5 });
    assert.deepEqual(tallyVotes(PROPOSALS, [], 2, 3), { shown: false, k: 3 });
  });

  it("does not count a ballot without a single valid vote as a voter", () => {
    const ballots = ["0,2", "2", "1,2", "2,3", "", "9", "x,-1", " , "];
    assert.deepEqual(tallyVotes(PROPOSALS, ballots, 2, 5), { shown: false, k: 5 });
    assert.equal(shown(tallyVotes(PROPOSALS, [...ballots, "3"], 2, 5)).voters, 5);
  });

  it("ranks the proposals by votes, showing only counts of at least k", () => {
    const t = shown(tallyVotes(PROPOSALS, ["2,0", "2", "2,3", "2,0", "2,1", "2,0", "3,0"], 2, 5));
    assert.equal(t.voters, 7);
    assert.deepEqual(rows(t), [
      [2, 6, 1],
      [0, undefined, 2], // 4 votes: fewer than k
      [3, undefined, 3], // 2 votes
      [1, undefined, 4], // 1 vote
    ]);
    assert.deepEqual(t.ranked[0], { index: 2, text: "Mindre dokumentation, mere tid hos borgerne", votes: 6, rank: 1 });
  });

  it("shows a count of exactly k, and hides k − 1 and 0", () => {
    const t = shown(tallyVotes(PROPOSALS, ["0,1", "0,1", "0,1", "0,1", "0"], 2, 5));
    assert.deepEqual(rows(t), [
      [0, 5, 1],
      [1, undefined, 2],
      [2, undefined, 3],
      [3, undefined, 3],
    ]);
  });

  it("orders hidden counts by their true counts, not by index", () => {
    const t = shown(tallyVotes(PROPOSALS, ["3", "3", "3", "1", "2,3"], 1, 5));
    // votesPerPerson 1: "2,3" counts only 2. Counts: 0→0, 1→1, 2→1, 3→3.
    assert.deepEqual(rows(t), [
      [3, undefined, 1],
      [1, undefined, 2],
      [2, undefined, 2],
      [0, undefined, 4],
    ]);
  });

  it("gives equal counts the same rank, lists them by index and skips the next rank", () => {
    const t = shown(tallyVotes(PROPOSALS, ["3,1", "3,1", "1,3", "3,1", "1,3", "0"], 2, 5));
    assert.deepEqual(rows(t), [
      [1, 5, 1],
      [3, 5, 1],
      [0, undefined, 3],
      [2, undefined, 4],
    ]);
  });

  it("ignores invalid indices and repeats within a ballot", () => {
    const t = shown(tallyVotes(PROPOSALS, ["1,1", "1, 1", "4,1", "1.0,1", "-1,1", " 1 ", "a,b"], 2, 5));
    assert.equal(t.voters, 6);
    assert.deepEqual(rows(t)[0], [1, 6, 1]);
    assert.equal(t.ranked.filter((r) => r.votes !== undefined).length, 1);
  });

  it("counts only the first votesPerPerson distinct valid votes of an over-long ballot", () => {
    const ballots = ["3,3,x,0,1,2", "3,0,1", "3,0,2", "3,0", "3,0,1,2"];
    const t = shown(tallyVotes(PROPOSALS, ballots, 2, 5));
    assert.deepEqual(rows(t), [
      [0, 5, 1],
      [3, 5, 1],
      [1, undefined, 3],
      [2, undefined, 3],
    ]);
  });

  it("counts nothing with no votes per person", () => {
    assert.deepEqual(tallyVotes(PROPOSALS, ["0", "1", "2", "3", "0"], 0, 5), { shown: false, k: 5 });
  });

  it("masks e-mail addresses in proposal texts", () => {
    const t = shown(tallyVotes(["Spørg jens@odense.dk om budgettet", "Mere tid"], ["0", "0", "1", "0", "1"], 1, 5));
    assert.deepEqual(t.ranked.map((r) => r.text), ["Spørg [e-mail] om budgettet", "Mere tid"]);
  });
});
