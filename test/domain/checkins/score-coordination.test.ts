import assert from 'node:assert/strict';
import { coordinationFigures, scoreCoordination } from '../../../domain/checkins/score-coordination';
import { RC_DIMENSIONS, rcQuestionId } from '../../../domain/checkins/templates/relationel-koordinering';
import type { AnswerTexts } from '../../../domain/validation/answer';

const GROUPS = ['Lærere', 'Pædagoger', 'Psykologer'];

/** A person in `group` giving `value` on every item for each group index in `rates`. */
function rater(group: string, rates: Record<number, string>): AnswerTexts {
  const answer: AnswerTexts = { group };
  for (const [g, value] of Object.entries(rates)) for (const d of RC_DIMENSIONS) answer[rcQuestionId(Number(g), d)] = value;
  return answer;
}
const many = (n: number, a: AnswerTexts) => Array.from({ length: n }, () => ({ ...a }));

describe('scoreCoordination', () => {
  it('shows nothing below k respondents in listed groups', () => {
    const answers = [...many(4, rater('Lærere', { 1: '4' })), rater('Ukendt', { 0: '4' }), { rc_0_timely: '3' }];
    assert.deepEqual(scoreCoordination(answers, GROUPS, 5), { kind: 'relationalCoordination', shown: false, k: 5 });
  });

  it('averages the seven items per rater group → rated group, with row, column and overall figures', () => {
    const answers = [...many(6, rater('Lærere', { 1: '4' })), ...many(5, rater('Pædagoger', { 0: '3' }))];
    const s = scoreCoordination(answers, GROUPS.slice(0, 2), 5);
    assert.ok(s.shown);
    assert.deepEqual(s.cells, [
      [{ shown: false }, { shown: true, n: 6, score: 4, step: 1 }],
      [{ shown: true, n: 5, score: 3, step: 1 }, { shown: false }],
    ]);
    assert.deepEqual(s.byRater, [
      { shown: true, n: 6, score: 4, step: 1 },
      { shown: true, n: 5, score: 3, step: 1 },
    ]);
    assert.deepEqual(s.byRated, [
      { shown: true, n: 5, score: 3, step: 1 },
      { shown: true, n: 6, score: 4, step: 1 },
    ]);
    // 39 / 11 = 3.55; 11 people on a 1–5 scale: a step of 0.5.
    assert.deepEqual(s.overall, { shown: true, n: 11, score: 3.5, step: 0.5 });
  });

  it("leaves out ratings of one's own group, and a rating with fewer than four of the seven items", () => {
    const partial: AnswerTexts = { group: 'Pædagoger', rc_0_frequent: '1', rc_0_timely: '1', rc_0_accurate: '1' };
    const answers = [...many(5, rater('Lærere', { 0: '1', 1: '5' })), ...many(5, rater('Pædagoger', { 0: '2', 1: '1' })), partial];
    const s = scoreCoordination(answers, GROUPS.slice(0, 2), 5);
    assert.ok(s.shown);
    assert.deepEqual(s.cells[0][1], { shown: true, n: 5, score: 5, step: 1 });
    assert.deepEqual(s.cells[1][0], { shown: true, n: 5, score: 2, step: 1 });
    assert.equal(s.respondents, 11);
  });

  it("averages a person's answered items: 5, 5, 5, 5, 1, 1 and one skipped give 3.7, shown to 0.1 from 40 raters", () => {
    const one: AnswerTexts = { group: 'Lærere' };
    ['5', '5', '5', '5', '1', '1'].forEach((v, i) => (one[rcQuestionId(1, RC_DIMENSIONS[i])] = v));
    // 22 / 6 = 3.67; the skipped item counted as 1 would give 23 / 7 = 3.29. Forty raters make the step 4 / 40 = 0.1.
    const s = scoreCoordination([...many(40, one), ...many(5, rater('Pædagoger', { 0: '3' }))], GROUPS.slice(0, 2), 5);
    assert.ok(s.shown);
    assert.deepEqual(s.cells[0][1], { shown: true, n: 40, score: 3.7, step: 0.1 });
  });

  it("hides a small group's cells and the figures that would give them away", () => {
    // 6 teachers and 5 pedagogues rate each other and the 2 psychologists; the psychologists rate both.
    const answers = [...many(6, rater('Lærere', { 1: '4', 2: '2' })), ...many(5, rater('Pædagoger', { 0: '4', 2: '3' })), ...many(2, rater('Psykologer', { 0: '1', 1: '1' }))];
    const s = scoreCoordination(answers, GROUPS, 5);
    assert.ok(s.shown);
    const shownCells = s.cells.map((row) => row.map((c) => c.shown));
    assert.deepEqual(shownCells, [
      [false, true, true],
      [true, false, true],
      [false, false, false],
    ]);
    assert.equal(s.byRater[2].shown, false, "the psychologists' own row");
    // The teachers' column holds the psychologists' hidden rating: it would give it away next to the pedagogues' cell.
    assert.deepEqual([s.byRated[0].shown, s.byRated[1].shown, s.overall.shown], [false, false, false]);
    // (6 × 2 + 5 × 3) / 11 = 2.45, to a step of 0.5.
    assert.deepEqual(coordinationFigures(s), { 'rated:Psykologer': { value: 2.5, step: 0.5 } });
  });
});
