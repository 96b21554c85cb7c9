import assert from 'node:assert/strict';
import { discussShown, meetingFigures, scoreMeeting, underTheLine } from '../../../domain/checkins/score-meeting';
import { MEETING_ITEMS } from '../../../domain/checkins/templates/moedevurdering';
import { mulberry32 } from '../../../eval/baselines';

const rating = (relationship: number, goals: number, approach: number, overall: number) => ({
  relationship: String(relationship),
  goals: String(goals),
  approach: String(approach),
  overall: String(overall),
});
// Measured once, seeded: the rule on the means and the rule on the shown figures (docs/anonymity.md, "Figures across rounds").
const TALLY = { both: 2046, onlyMeans: 154, onlyShown: 41, neither: 759 };
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

  describe('discussShown: the flag read off the figures the card shows', () => {
    const items = (value: number, step: number) => Array.from({ length: 4 }, () => ({ value, step }));
    const cases: [string, { value: number; step: number }, { value: number; step: number }[], boolean][] = [
      ['total "mindst 35" (35–40), items 9', { value: 35, step: 10 }, items(9, 2), false],
      ['total 30 (25–35)', { value: 30, step: 10 }, items(9, 2), true],
      ['total 40, everyone at the end', { value: 40, step: 10 }, items(10, 2), false],
      ['an item 7 beside "mindst 35"', { value: 35, step: 10 }, [{ value: 7, step: 2 }, ...items(9, 2).slice(1)], true],
      ['items 9 on the odd grid of step 2 (8–10)', { value: 35, step: 10 }, items(9, 2), false],
      ['total 35 in steps of 5 (32.5–37.5)', { value: 35, step: 5 }, items(9, 1), true],
      ['total "mindst 37,5" in steps of 5', { value: 37.5, step: 5 }, items(9, 1), false],
      ['total 36 in steps of 2 (35–37): 36 or less', { value: 36, step: 2 }, items(9, 0.5), true],
      ['an item "mindst 9,5" in steps of 1', { value: 37.5, step: 5 }, items(9.5, 1), false],
      ['an item 8,5 in steps of 0,5', { value: 38, step: 2 }, [{ value: 8.5, step: 0.5 }, ...items(9, 0.5).slice(1)], true],
      ['an item "højst 2,5" in steps of 5', { value: 37.5, step: 5 }, [{ value: 2.5, step: 5 }, ...items(10, 5).slice(1)], true],
    ];
    for (const [what, total, shown, flagged] of cases) {
      it(`${what}: ${flagged ? 'flagged' : 'not flagged'}`, () => assert.equal(discussShown(total, shown), flagged));
    }
  });

  describe("the team's discuss flag follows the shown figures, not the unrounded means", () => {
    it('is not raised by a mean total of 36 that reads "mindst 35" (it stands for 35–40)', () => {
      // Five ratings: the total's step is 10 (grid 0, 10, 20, 30, 40 from the middle 20); 36 reads "mindst 35", items 9 (8–10).
      const s = scoreMeeting(
        Array.from({ length: 5 }, () => rating(9, 9, 9, 9)),
        5,
      );
      assert.ok(s.shown);
      assert.deepEqual([s.meanTotal, s.steps.total, s.discuss], [35, 10, false]);
    });

    it('is raised by a total that reads 30, and by an item that reads 7', () => {
      const low = scoreMeeting(
        Array.from({ length: 5 }, () => rating(8, 8, 8, 8)),
        5,
      );
      assert.ok(low.shown);
      assert.deepEqual([low.meanTotal, low.discuss], [30, true]);
      // Goals: 10, 10, 10, 6, 6 → 8.4 reads 9 (8–10); 8, 8, 6, 6, 6 → 6.8 reads 7.
      const nine = scoreMeeting([...tens(3), rating(10, 6, 10, 10), rating(10, 6, 10, 10)], 5);
      const seven = scoreMeeting(
        [...tens(3), rating(10, 6, 10, 10), rating(10, 6, 10, 10)].map((r, i) => ({ ...r, goals: String([8, 8, 6, 6, 6][i]) })),
        5,
      );
      assert.ok(nine.shown && seven.shown);
      assert.deepEqual([nine.items.goals, nine.discuss, seven.items.goals, seven.discuss], [9, false, 7, true]);
    });

    it('reads 8.96 as the 9 the card shows: not flagged, as the card could not say why', () => {
      // Goals: 24 × 9 and one 8 = 224 / 25 = 8.96; twenty-five ratings: an item's step is 10 / 25 → 0.5.
      const answers = [...Array.from({ length: 24 }, () => rating(10, 9, 10, 10)), rating(10, 8, 10, 10)];
      const s = scoreMeeting(answers, 5);
      assert.ok(s.shown);
      assert.deepEqual([s.items.goals, s.steps.item, s.discuss], [9, 0.5, false]);
    });

    it('is not raised when only some people flag the meeting, and no share under the line is given', () => {
      const s = scoreMeeting([rating(8, 10, 10, 10), ...tens(5)], 5);
      assert.ok(s.shown);
      assert.equal(s.discuss, false);
      assert.ok(!('flaggedShare' in s), 'no share of people under the line: two meetings would tell whether one who left was');
    });
  });

  it('what reading the flag off the shown figures costs: 3,000 seeded teams of 5 to 15, items mostly 6 to 10', () => {
    const random = mulberry32(2028);
    const pick = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
    // A real team: its own level of 7 to 10, each item a point or two either side of it (kept within 0–10).
    const item = (level: number) => String(Math.min(10, level + [-2, -1, -1, 0, 0, 0, 1, 1, 2][pick(0, 8)]));
    const tally = { both: 0, onlyMeans: 0, onlyShown: 0, neither: 0 };
    for (let i = 0; i < 3000; i++) {
      const level = pick(7, 10);
      const answers = Array.from({ length: pick(5, 15) }, () => Object.fromEntries(MEETING_ITEMS.map((id) => [id, item(level)])));
      const s = scoreMeeting(answers, 5);
      assert.ok(s.shown);
      const onMeans = underTheLine(MEETING_ITEMS.map((id) => answers.reduce((sum, a) => sum + Number(a[id]), 0) / answers.length));
      tally[onMeans ? (s.discuss ? 'both' : 'onlyMeans') : s.discuss ? 'onlyShown' : 'neither']++;
    }
    if (process.env.FLAG_COUNTS) console.log(JSON.stringify(tally));
    assert.deepEqual(tally, TALLY);
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
