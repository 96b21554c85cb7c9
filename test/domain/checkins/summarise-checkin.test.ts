import assert from 'node:assert/strict';
import { summariseCheckin } from '../../../domain/checkins/summarise-checkin';
import { roundDefinition } from '../../../domain/checkins/templates';
import type { AnswerTexts } from '../../../domain/validation/answer';
import { RC_DIMENSIONS, rcQuestionId } from '../../../domain/checkins/templates/relationel-koordinering';

const DUE = '2027-03-01T08:00:00.000Z';

describe('summariseCheckin', () => {
  it('kerneopgave-tjek: the ordinary summary, with the carried items apart and the two scales as trend figures', () => {
    const carried = ['Fast punkt på mødet'];
    const def = roundDefinition({ templateId: 'kerneopgave-tjek' }, carried);
    const answers: AnswerTexts[] = ['4', '4', '3', '5', '4'].map((clarity, i) => ({ clarity, solved: String(2 + (i % 2)), obstacles: 'For mange møder', carried1: i < 3 ? 'yes' : 'no' }));
    const s = summariseCheckin(def, answers, { dueAt: DUE, k: 5, carried });
    assert.equal(s.score.kind, 'mixed');
    assert.ok(s.score.kind === 'mixed' && s.score.shown);
    assert.deepEqual(s.score.choices, [], 'the carried item is not summarised twice');
    // Five answers on 1–5: a step of 4 / 5 → 1. Clarity 20 / 5 = 4; solved 12 / 5 = 2.4 → 2.
    assert.deepEqual(s.round, { dueAt: DUE, metK: true, figures: { clarity: 4, solved: 2 }, steps: { clarity: 1, solved: 1 } });
    assert.ok(s.score.kind === 'mixed' && s.score.shown);
    assert.deepEqual(s.score.scales, [], 'the scales are shown only as rounded means');
    assert.deepEqual(s.score.roundScales, [
      { questionId: 'clarity', shown: true, n: 5, mean: { value: 4, step: 1 }, min: 1, max: 5, split: false },
      { questionId: 'solved', shown: true, n: 5, mean: { value: 2, step: 1 }, min: 1, max: 5, split: false },
    ]);
    assert.ok(s.carried[0].answers.shown);
    assert.deepEqual(
      s.carried[0].answers.counts.map((c) => c.count),
      [3, 0, 2],
    );
  });

  it('dispatches the other four to their scoring', () => {
    const kinds = ['social-kapital', 'relationel-koordinering', 'moedevurdering', 'faelles-forstaaelse'].map(
      (templateId) => summariseCheckin(roundDefinition({ templateId, groups: ['A', 'B'] }), [], { dueAt: DUE, k: 3, groups: ['A', 'B'] }).score.kind,
    );
    assert.deepEqual(kinds, ['socialCapital', 'relationalCoordination', 'meetingRating', 'sharedUnderstanding']);
  });

  it('a round below k gives no figures and says it did not meet k', () => {
    const def = roundDefinition({ templateId: 'moedevurdering' });
    const s = summariseCheckin(def, [{ relationship: '9', goals: '9', approach: '9', overall: '9' }], { dueAt: DUE, k: 3 });
    assert.deepEqual(s.round, { dueAt: DUE, metK: false, figures: {}, steps: {} });
    assert.equal(s.score.shown, false);
  });
  it('rounds each filed figure of all five kinds beside the exact one an earlier round showed, where one person could make the difference', () => {
    const same = (n: number, row: AnswerTexts) => Array.from({ length: n }, () => ({ ...row }));
    const figures = (templateId: string, answers: AnswerTexts[], exact: Record<string, number>, groups?: string[]) =>
      summariseCheckin(roundDefinition({ templateId }), answers, { dueAt: DUE, k: 5, groups, exact }).round.figures;
    const pick = (f: Readonly<Record<string, number>>, ids: string[]) => ids.map((id) => f[id]);
    // Six all at 4 on 1–5 is 75 of 100, alone 70 (a tie toward the middle); 88 is within 100/6 + 2, rounded 90.
    const pulse = same(6, { trust1: '4', trust2: '4', trust3: '4' });
    assert.deepEqual([figures('social-kapital', pulse, {}).trust, figures('social-kapital', pulse, { trust: 88 }).trust], [70, 90]);
    // Six all at 8: a total of 32 → 30, beside 38 → "mindst 35"; an item of 8 → 7 (a tie), beside 9.5 → 9.
    const meeting = same(6, { relationship: '8', goals: '8', approach: '8', overall: '8' });
    assert.deepEqual(pick(figures('moedevurdering', meeting, {}), ['total', 'overall']), [30, 7]);
    assert.deepEqual(pick(figures('moedevurdering', meeting, { total: 38, overall: 9.5 }), ['total', 'overall', 'goals']), [35, 9, 7]);
    // Six teachers rate the pedagogues 4, five pedagogues the teachers 3: rated:Pædagoger 4 → beside 4.6, 4.5; overall 3.5 → beside 3.9, 4.
    const groups = ['Lærere', 'Pædagoger'];
    const rates = (group: string, other: number, value: string) => ({ group, ...Object.fromEntries(RC_DIMENSIONS.map((d) => [rcQuestionId(other, d), value])) });
    const rc = [...same(6, rates('Lærere', 1, '4')), ...same(5, rates('Pædagoger', 0, '3'))];
    assert.deepEqual(pick(figures('relationel-koordinering', rc, {}, groups), ['rated:Pædagoger', 'overall']), [4, 3.5]);
    assert.deepEqual(pick(figures('relationel-koordinering', rc, { 'rated:Pædagoger': 4.6, overall: 3.9 }, groups), ['rated:Pædagoger', 'overall', 'rated:Lærere']), [4.5, 4, 3]);
    // Six who write the same sentence agree fully (100); beside an exact 95, 95 rounded for 15 pairs ÷ 5 per person (steps of 50): 75.
    const sentences = same(6, { sentence: 'Vi skaber trygge rammer for børnenes læring' });
    assert.deepEqual([figures('faelles-forstaaelse', sentences, {}).overall, figures('faelles-forstaaelse', sentences, { overall: 95 }).overall], [100, 75]);
    // The tjek: six at 4 → 4; beside 4.5, "mindst 4,5". Out of reach (beside 2.9), its own 4.
    const tjek = same(6, { clarity: '4', solved: '3' });
    assert.deepEqual([figures('kerneopgave-tjek', tjek, { clarity: 4.5 }).clarity, figures('kerneopgave-tjek', tjek, { clarity: 2.9 }).clarity], [4.5, 4]);
  });
});
