import assert from 'node:assert/strict';
import { jaccard, scoreUnderstanding, understandingFigures } from '../../../domain/checkins/score-understanding';
import type { AnswerTexts } from '../../../domain/validation/answer';

// Two formulations that share no content word, so the figures do not hang on how words are stemmed.
const CARE = 'Trygge rammer for børnenes udvikling';
const HELP = 'Borgeren skal have hjælp til selvhjælp';
const GROUPS = ['Lærere', 'Pædagoger', 'Psykologer'];

const person = (sentence: string, role: string, group: string): AnswerTexts => ({ sentence, role, group });
const many = (n: number, sentence: string, role: string, group: string) => Array.from({ length: n }, () => person(sentence, role, group));

describe('jaccard', () => {
  it('is shared over all', () => {
    assert.equal(jaccard(new Set(['tryg', 'ram']), new Set(['ram', 'børn'])), 1 / 3);
    assert.equal(jaccard(new Set(['a']), new Set(['a'])), 1);
    assert.equal(jaccard(new Set(['a']), new Set(['b'])), 0);
    assert.equal(jaccard(new Set(), new Set()), 0);
  });
});

describe('scoreUnderstanding', () => {
  it('shows nothing below k sentences with a content word', () => {
    const answers = [...many(4, CARE, 'staff', 'Lærere'), person('og i det', 'staff', 'Lærere'), person('', 'staff', 'Lærere')];
    assert.deepEqual(scoreUnderstanding(answers, GROUPS, 5), { kind: 'sharedUnderstanding', shown: false, k: 5 });
  });

  it('is 100 when everyone writes the same, 0 when nobody shares a word', () => {
    const same = scoreUnderstanding(many(5, CARE, 'staff', 'Lærere'), GROUPS, 5);
    assert.ok(same.shown);
    assert.equal(same.overall, 100);
    const apart = scoreUnderstanding([person(CARE, 'staff', 'Lærere'), person(HELP, 'staff', 'Lærere'), person('Kultur og oplevelser for alle', 'staff', 'Lærere')], GROUPS, 3);
    assert.ok(apart.shown);
    assert.equal(apart.overall, 0);
  });

  it('overall is the mean over every pair: 9 + 3 identical within, apart across → 39 of 66 pairs, 59 shown as 50', () => {
    const s = scoreUnderstanding([...many(9, CARE, 'staff', 'Lærere'), ...many(3, HELP, 'staff', 'Pædagoger')], GROUPS, 5);
    assert.ok(s.shown);
    // 36 + 3 = 39 of 66 pairs: 100 × 39 / 66 = 59.1. Each person is in 11 pairs, so rounded as for 66 / 11 = 6 people: a step
    // of 100 / 6 → 20, on 10, 30, 50, 70, 90 → 50. Pairs with oneself too (81 + 9 = 90 of 144, 62.5) would show 70.
    assert.deepEqual([s.overall, s.step], [50, 20]);
  });

  it('compares across groups and within them when two groups have k each', () => {
    const s = scoreUnderstanding([...many(5, CARE, 'staff', 'Lærere'), ...many(6, HELP, 'staff', 'Pædagoger')], GROUPS, 5);
    assert.ok(s.shown);
    // Across: 5 × 6 = 30 pairs, each Lærer in 6, as for 30 / 6 = 5 people; within: 10 + 15 = 25 pairs, each Pædagog in 5,
    // as for 25 / 5 = 5 people. Both a step of 100 / 5 = 20; 0 and 100 are the ends, shown as they are.
    assert.deepEqual(s.horizontal, { shown: true, across: 0, within: 100, step: 20 });
  });

  it('leaves out a small group and, by complementary suppression, the next smallest, so nothing horizontal is shown', () => {
    const s = scoreUnderstanding([...many(5, CARE, 'staff', 'Lærere'), ...many(6, HELP, 'staff', 'Pædagoger'), ...many(2, HELP, 'staff', 'Psykologer')], GROUPS, 5);
    assert.ok(s.shown);
    assert.deepEqual(s.horizontal, { shown: false });
  });

  it('with three groups of k and one small one, compares the three and leaves the small one in overall only', () => {
    const answers = [...many(5, CARE, 'staff', 'Lærere'), ...many(5, CARE, 'staff', 'Pædagoger'), ...many(5, HELP, 'staff', 'Psykologer'), ...many(2, HELP, 'staff', 'Ledelse')];
    const s = scoreUnderstanding(answers, [...GROUPS, 'Ledelse'], 5);
    assert.ok(s.shown);
    // Lærere or Pædagoger is hidden with Ledelse; the two left write differently: across 0, within 100. Across: 25 pairs, each
    // person in 5; within: 20 pairs, each in 4: both as for 5 people, a step of 20.
    assert.deepEqual(s.horizontal, { shown: true, across: 0, within: 100, step: 20 });
    assert.equal(s.n, 17);
  });

  it('compares leaders and staff only when both have k', () => {
    const fewLeaders = scoreUnderstanding([...many(2, HELP, 'leader', 'Lærere'), ...many(8, CARE, 'staff', 'Lærere')], GROUPS, 5);
    assert.ok(fewLeaders.shown);
    assert.deepEqual(fewLeaders.vertical, { shown: false });
    const enough = scoreUnderstanding([...many(5, HELP, 'leader', 'Lærere'), ...many(5, CARE, 'staff', 'Lærere')], GROUPS, 5);
    assert.ok(enough.shown);
    // Across: 25 pairs, each person in 5; within: 20 pairs, each in 4: both as for 5 people, a step of 20.
    assert.deepEqual(enough.vertical, { shown: true, across: 0, within: 100, step: 20 });
  });

  it('gives trends what is shown', () => {
    const s = scoreUnderstanding([...many(5, HELP, 'leader', 'Lærere'), ...many(5, CARE, 'staff', 'Lærere')], GROUPS, 5);
    // Overall: 20 of 45 pairs, 44.4; each person in 9 pairs, so as for 45 / 9 = 5 people, a step of 20 on 10, 30, 50, 70, 90 → 50.
    // Vertical: across 25 pairs, each person in 5, within 20, each in 4: as for 5 people, a step of 20.
    assert.deepEqual(understandingFigures(s), { overall: { value: 50, step: 20 }, verticalAcross: { value: 0, step: 20 }, verticalWithin: { value: 100, step: 20 } });
  });
});

describe('scoreUnderstanding against differencing', () => {
  // Differencing: overall takes in every pair, a comparison only its own; one person left out of
  // the comparison is then the difference: their closeness to everyone else.
  it('shows leaders ↔ staff with roles of k and k + 1 and nobody else, where the comparison covers every pair', () => {
    const s = scoreUnderstanding([...many(3, CARE, 'leader', 'Ledelse'), ...many(4, HELP, 'staff', 'Lærere')], GROUPS, 3);
    assert.ok(s.shown);
    // Across: 3 × 4 = 12 pairs, each leader in 4, as for 3 people; within: 3 + 6 = 9 pairs, each staff member in 3, as for
    // 3 people. Both a step of 100 / 3 → 50.
    assert.deepEqual(s.vertical, { shown: true, across: 0, within: 100, step: 50 });
  });

  it('hides leaders ↔ staff when one person gave no role: overall minus the comparison would be that person', () => {
    const s = scoreUnderstanding([...many(3, CARE, 'leader', 'Ledelse'), ...many(4, HELP, 'staff', 'Lærere'), { sentence: 'Kultur og oplevelser for alle', group: 'Lærere' }], GROUPS, 3);
    assert.ok(s.shown);
    assert.deepEqual(s.vertical, { shown: false });
  });

  it('shows leaders ↔ staff again when k or more gave no role', () => {
    const noRole = Array.from({ length: 3 }, () => ({ sentence: HELP, group: 'Lærere' }));
    const s = scoreUnderstanding([...many(3, CARE, 'leader', 'Ledelse'), ...many(4, HELP, 'staff', 'Lærere'), ...noRole], GROUPS, 3);
    assert.ok(s.shown);
    assert.equal(s.vertical.shown, true);
  });

  it('hides across groups when one person is in no group', () => {
    const two = [...many(3, CARE, 'staff', 'Lærere'), ...many(4, HELP, 'staff', 'Pædagoger')];
    assert.equal((scoreUnderstanding(two, GROUPS, 3) as { horizontal: { shown: boolean } }).horizontal.shown, true);
    const noGroup = scoreUnderstanding([...two, { sentence: 'Kultur og oplevelser for alle', role: 'staff' }], GROUPS, 3);
    assert.ok(noGroup.shown);
    assert.deepEqual(noGroup.horizontal, { shown: false });
  });
});
