import assert from 'node:assert/strict';
import { buildCustomExercise } from '../../domain/exercises/custom';
import { inddragelse } from '../../domain/exercises/inddragelse';
import { vildfarelser } from '../../domain/exercises/vildfarelser';
import { mainFinding } from '../../domain/summary/main-finding';
import { summarise } from '../../domain/summary/summarise';
import type { AnswerTexts } from '../../domain/validation/answer';

/** Six people: "fixed" 1,2,1,1,1,5; "onlyOne" split 2,2 | 4,4,4,4 … ; level mostly "kommune". */
const SIX: AnswerTexts[] = [
  { fixed: '1', onlyOne: '1', level: 'kommune' },
  { fixed: '2', onlyOne: '1', level: 'arbejdsplads' },
  { fixed: '1', onlyOne: '2', level: 'kommune' },
  { fixed: '1', onlyOne: '4', level: 'kommune' },
  { fixed: '1', onlyOne: '5', level: 'team' },
  { fixed: '5', onlyOne: '5', level: 'kommune' },
];
const settings = { k: 5, distribution: 'all' } as const;
const ALL = vildfarelser.questions.map((q) => q.id);

describe("a re-run's scales and choices (domain/summary/repeat-figures.ts)", () => {
  const exact = summarise(vildfarelser, SIX, settings);
  const rerun = summarise(vildfarelser, SIX, settings, { repeated: ALL });
  assert.ok(exact.kind === 'mixed' && exact.shown && rerun.kind === 'mixed' && rerun.shown);

  it('a scale keeps only how many answered it: no counts, mean, median, spread or split', () => {
    assert.deepEqual(rerun.scales[0], { kind: 'scale', questionId: 'fixed', shown: true, repeated: true, k: 5, n: 6 });
    for (const s of rerun.scales) for (const key of ['counts', 'mean', 'median', 'spread', 'shares', 'split']) assert.ok(!(key in s), `${s.questionId} has ${key}`);
  });

  it('a choice keeps only how many answered it; a hidden one stays hidden', () => {
    assert.deepEqual(rerun.choices[0], { kind: 'choice', questionId: 'level', shown: true, repeated: true, k: 5, n: 6 });
    assert.equal(rerun.scales[2].shown, false, 'citizenCentre: nobody answered it');
  });

  it('the first run is exact as before', () => {
    assert.ok(exact.scales[0].shown && 'counts' in exact.scales[0]);
    assert.ok(!('repeated' in exact.scales[0]));
  });

  it("the headline names no figure of a re-run's scales and no option of its choices", () => {
    assert.equal(mainFinding(rerun)?.kind, undefined, 'no theme of k answers here either');
    assert.equal(mainFinding(exact)?.kind, 'scale');
    const choiceOnly = { ...vildfarelser, questions: vildfarelser.questions.filter((q) => q.kind !== 'scale') };
    assert.equal(mainFinding(summarise(choiceOnly, SIX, settings, { repeated: ALL }))?.kind, undefined);
    assert.equal(mainFinding(summarise(choiceOnly, SIX, settings))?.kind, 'choice');
  });

  it('per question: only those asked before lose their figures, and the headline moves on to a new one', () => {
    const some = summarise(vildfarelser, SIX, settings, { repeated: ['fixed'] });
    assert.ok(some.kind === 'mixed' && some.shown);
    assert.ok('repeated' in some.scales[0]);
    assert.ok(!('repeated' in some.scales[1]) && 'counts' in some.scales[1], 'onlyOne is new: exact');
    assert.ok(!('repeated' in some.choices[0]) && 'counts' in some.choices[0], 'level is new: exact');
    const finding = mainFinding(some);
    assert.ok(finding && finding.kind !== 'theme' && finding.questionId === 'onlyOne', JSON.stringify(finding));
  });

  it('no now/should-be gap when either side was asked before; the other side is shown alone', () => {
    const answers = ['fokus', 'fokus', 'lydhoerhed', 'inddragelse', 'fokus', 'lydhoerhed'].map((now) => ({ now, shouldBe: 'samskabelse' }));
    const exact = summarise(inddragelse, answers, settings);
    assert.ok(exact.kind === 'mixed' && exact.shown && exact.gap?.shown, 'the first run draws the gap');
    const half = summarise(inddragelse, answers, settings, { repeated: ['now'] });
    assert.ok(half.kind === 'mixed' && half.shown && !half.gap);
    assert.ok('repeated' in half.choices[0] && !('repeated' in half.choices[1]));
  });

  it("the low ratings' comments only when the rated scale is new", () => {
    const own = buildCustomExercise({
      questions: [
        { kind: 'scale', text: 'Vi har tid nok' },
        { kind: 'freeText', text: 'Hvad skal der til?' },
      ],
    });
    const answers = ['1', '1', '2', '4', '5', '5'].map((q1, i) => ({ q1, q2: `Mere tid til borgerne og færre møder, nummer ${i}` }));
    const k3 = { k: 3, distribution: 'all' } as const;
    const lowOf = (repeated: string[]) => {
      const s = summarise(own, answers, k3, { repeated });
      return s.kind === 'mixed' && s.shown ? s.lowRatings : 'hidden';
    };
    assert.ok(lowOf([]), 'drawn when nothing was asked before');
    assert.ok(lowOf(['q2']), 'the comment question alone asked before: the ratings are new');
    assert.equal(lowOf(['q1']), undefined, 'the rating asked before: whether k rated low moves with one person');
  });
});
