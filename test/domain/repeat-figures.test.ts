import assert from 'node:assert/strict';
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

describe('a re-run\'s scales and choices (domain/summary/repeat-figures.ts)', () => {
  const exact = summarise(vildfarelser, SIX, settings);
  const rerun = summarise(vildfarelser, SIX, settings, { repeated: true });
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

  it('the headline names no figure of a re-run\'s scales and no option of its choices', () => {
    assert.equal(mainFinding(rerun)?.kind, undefined, 'no theme of k answers here either');
    assert.equal(mainFinding(exact)?.kind, 'scale');
    const choiceOnly = { ...vildfarelser, questions: vildfarelser.questions.filter((q) => q.kind !== 'scale') };
    assert.equal(mainFinding(summarise(choiceOnly, SIX, settings, { repeated: true }))?.kind, undefined);
    assert.equal(mainFinding(summarise(choiceOnly, SIX, settings))?.kind, 'choice');
  });
});
