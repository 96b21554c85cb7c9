import assert from 'node:assert/strict';
import { meetingFigures, scoreMeeting, underTheLine } from '../../../domain/checkins/score-meeting';

const rating = (relationship: number, goals: number, approach: number, overall: number) => ({
  relationship: String(relationship),
  goals: String(goals),
  approach: String(approach),
  overall: String(overall),
});
const tens = (n: number) => Array.from({ length: n }, () => rating(10, 10, 10, 10));

describe('scoreMeeting', () => {
  it('shows nothing below k complete ratings', () => {
    const incomplete = { relationship: '9', goals: '9', approach: '9' };
    assert.deepEqual(scoreMeeting([...tens(4), incomplete], 5), { kind: 'meetingRating', shown: false, k: 5 });
  });

  it('gives the mean total and the mean per item, each rounded to its step, and no share of people under the line', () => {
    // Six ratings: steps of 40 / 6 → 10 and 10 / 6 → 2, each grid laid out from the scale's middle.
    // Total 235 / 6 = 39.2: nearest figure 40 (20 + 2 × 10) is the end, which only a mean of 40 shows, so half a step inside: 35.
    // Items 9.7 to 9.8 on 1, 3, 5, 7, 9 → 9.
    assert.deepEqual(scoreMeeting([rating(9, 8, 9, 9), ...tens(5)], 5), {
      kind: 'meetingRating',
      shown: true,
      k: 5,
      n: 6,
      meanTotal: 35,
      items: { relationship: 9, goals: 9, approach: 9, overall: 9 },
      steps: { total: 10, item: 2 },
      discuss: false,
    });
  });

  it('gives means that differ per item once enough rate for a fine step', () => {
    // Ten ratings: steps of 5 and 1. Goals 70 / 10 = 7, approach 88 / 10 = 8.8 → 9, overall 82 / 10 = 8.2 → 8; total 34 → 35.
    const s = scoreMeeting([...tens(4), ...Array.from({ length: 6 }, () => rating(10, 5, 8, 7))], 5);
    assert.ok(s.shown);
    assert.deepEqual([s.meanTotal, s.items, s.steps], [35, { relationship: 10, goals: 7, approach: 9, overall: 8 }, { total: 5, item: 1 }]);
  });

  describe("a person's rating is flagged at a total of 36 or less, or any item below 9", () => {
    const cases: [string, ReturnType<typeof rating>, boolean][] = [
      ['37 with every item at 9 or more', rating(10, 9, 9, 9), false],
      ['36 exactly', rating(9, 9, 9, 9), true],
      ['38 with one item at 8', rating(10, 10, 10, 8), true],
      ['40', rating(10, 10, 10, 10), false],
      ['an item of 0', rating(10, 10, 10, 0), true],
    ];
    for (const [what, r, flagged] of cases) {
      it(`${what}: ${flagged ? 'flagged' : 'not flagged'}`, () => {
        assert.equal(underTheLine([r.relationship, r.goals, r.approach, r.overall].map(Number)), flagged);
      });
    }
  });

  describe("the team's discuss flag applies the same rule to the means", () => {
    it('is raised by a mean total of 36 or less, not by one above it, though both read 35', () => {
      // Five ratings: the total's step is 10 (grid 0, 10, 20, 30, 40 from the middle 20). 36 and 37 are both nearest 40, the
      // end, which only a mean of 40 shows, so both read 35; the flag is on the unrounded 36 and 37.
      const s = scoreMeeting(
        Array.from({ length: 5 }, () => rating(9, 9, 9, 9)),
        5,
      );
      assert.ok(s.shown);
      assert.deepEqual([s.meanTotal, s.steps.total, s.discuss], [35, 10, true]);
      const above = scoreMeeting(
        Array.from({ length: 5 }, () => rating(10, 9, 9, 9)),
        5,
      );
      assert.ok(above.shown);
      assert.deepEqual([above.meanTotal, above.steps.total, above.discuss], [35, 10, false]);
    });

    it("is raised by one item's mean below 9, even when the total is high", () => {
      // Goals: 10, 10, 10, 8, 6 → 8.8, shown as 9 to a step of 2 (1, 3, 5, 7, 9); total 38.8, above 36, nearest 40 (the end,
      // step 10) → 35.
      const s = scoreMeeting([rating(10, 10, 10, 10), rating(10, 10, 10, 10), rating(10, 10, 10, 10), rating(10, 8, 10, 10), rating(10, 6, 10, 10)], 5);
      assert.ok(s.shown);
      assert.deepEqual([s.meanTotal, s.items.goals, s.steps, s.discuss], [35, 9, { total: 10, item: 2 }, true]);
    });

    it('uses the unrounded mean: 8.96 is below 9 though it reads 9', () => {
      // Goals: 24 × 9 and one 8 = 224 / 25 = 8.96.
      const answers = [...Array.from({ length: 24 }, () => rating(10, 9, 10, 10)), rating(10, 8, 10, 10)];
      const s = scoreMeeting(answers, 5);
      assert.ok(s.shown);
      // Twenty-five ratings: an item's step is 10 / 25 → 0.5.
      assert.deepEqual([s.items.goals, s.steps.item, s.discuss], [9, 0.5, true]);
    });

    it('is not raised when only some people flag the meeting', () => {
      const s = scoreMeeting([rating(8, 10, 10, 10), ...tens(5)], 5);
      assert.ok(s.shown);
      assert.equal(s.discuss, false);
      assert.ok(!('flaggedShare' in s), 'no share of people under the line: two meetings would tell whether one who left was');
    });
  });

  it('ignores ratings with a value off the 0–10 scale', () => {
    const s = scoreMeeting([...tens(5), rating(11, 0, 0, 0), { relationship: '-1', goals: '0', approach: '0', overall: '0' }], 5);
    assert.ok(s.shown);
    assert.deepEqual([s.n, s.meanTotal], [5, 40]);
  });

  it('gives trends the total and each item', () => {
    assert.deepEqual(meetingFigures(scoreMeeting(tens(5), 5)), {
      total: { value: 40, step: 10 },
      relationship: { value: 10, step: 2 },
      goals: { value: 10, step: 2 },
      approach: { value: 10, step: 2 },
      overall: { value: 10, step: 2 },
    });
    assert.deepEqual(meetingFigures(scoreMeeting(tens(4), 5)), {});
  });
});
