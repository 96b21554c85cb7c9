import assert from 'node:assert/strict';
import { scoreSocialCapital, socialCapitalFigures } from '../../../domain/checkins/score-social-capital';
import type { AnswerTexts } from '../../../domain/validation/answer';

const ITEMS = ['trust1', 'trust2', 'trust3', 'fairness1', 'fairness2', 'fairness3', 'collaboration1', 'collaboration2', 'collaboration3'];
/** One person answering `value` on every item. */
const all = (value: string): AnswerTexts => Object.fromEntries(ITEMS.map((id) => [id, value]));

describe('scoreSocialCapital', () => {
  it('shows nothing below k respondents', () => {
    assert.deepEqual(scoreSocialCapital([all('5'), all('5'), all('5'), all('5')], 5), { kind: 'socialCapital', shown: false, k: 5 });
  });

  it('maps the 1–5 scale to 0–100: 1 → 0, 3 → 50, 5 → 100', () => {
    // Twenty people: a step of 100 / 20 = 5, fine enough to show 50 and 75 as they are.
    for (const [value, score] of [
      ['1', 0],
      ['3', 50],
      ['4', 75],
      ['5', 100],
    ] as const) {
      const s = scoreSocialCapital(
        Array.from({ length: 20 }, () => all(value)),
        5,
      );
      assert.ok(s.shown);
      assert.deepEqual(
        s.dimensions.map((d) => (d.shown ? [d.score, d.step] : null)),
        [
          [score, 5],
          [score, 5],
          [score, 5],
        ],
        value,
      );
    }
  });

  it("scores each dimension from its own items, as the mean of the people's scores", () => {
    // Trust: items 5, 5, 1 → 3.67 → 66.7 for each person; fairness: 2 → 25; collaboration: twelve people 5, eight people 1 → 60.
    // Twenty people: a step of 5, so 66.7 shows as 65.
    const answers = Array.from({ length: 20 }, (_, i) => ({
      ...all('2'),
      trust1: '5',
      trust2: '5',
      trust3: '1',
      collaboration1: i < 12 ? '5' : '1',
      collaboration2: i < 12 ? '5' : '1',
      collaboration3: i < 12 ? '5' : '1',
    }));
    const s = scoreSocialCapital(answers, 5);
    assert.ok(s.shown);
    assert.deepEqual(s.dimensions, [
      { dimension: 'trust', shown: true, n: 20, score: 65, step: 5 },
      { dimension: 'fairness', shown: true, n: 20, score: 25, step: 5 },
      { dimension: 'collaboration', shown: true, n: 20, score: 60, step: 5 },
    ]);
  });

  it('counts a person in a dimension only with at least two of its three items answered', () => {
    const half: AnswerTexts = { trust1: '5', trust2: '5', fairness1: '5' };
    const s = scoreSocialCapital([...Array.from({ length: 4 }, () => all('1')), half], 5);
    assert.ok(s.shown);
    // Trust: four 0s and one 100 → 20; five people, a step of 20 on 10, 30, 50, 70, 90: a tie, toward the middle → 30.
    assert.deepEqual(s.dimensions, [
      { dimension: 'trust', shown: true, n: 5, score: 30, step: 20 },
      { dimension: 'fairness', shown: false },
      { dimension: 'collaboration', shown: false },
    ]);
    assert.equal(s.respondents, 5);
  });

  it('ignores values off the scale', () => {
    const odd: AnswerTexts = { ...all('5'), trust1: '6', trust2: '0', trust3: 'x' };
    const s = scoreSocialCapital([...Array.from({ length: 5 }, () => all('3')), odd], 5);
    assert.ok(s.shown);
    // Trust: the five 3s alone, 50, the middle of 10, 30, 50, 70, 90 (step 20) → 50; fairness: 350 / 6 = 58.3 → 50, also to 20.
    assert.deepEqual(s.dimensions[0], { dimension: 'trust', shown: true, n: 5, score: 50, step: 20 });
    assert.deepEqual(s.dimensions[1], { dimension: 'fairness', shown: true, n: 6, score: 50, step: 20 });
  });

  it('gives trends only the shown dimensions', () => {
    const half: AnswerTexts = { trust1: '5', trust2: '5' };
    // Trust: four 75s and one 100 → 80; five people, a step of 20: a tie between 70 and 90, toward the middle → 70.
    assert.deepEqual(socialCapitalFigures(scoreSocialCapital([...Array.from({ length: 4 }, () => all('4')), half], 5)), { trust: { value: 70, step: 20 } });
    assert.deepEqual(socialCapitalFigures({ kind: 'socialCapital', shown: false, k: 5 }), {});
  });
});
