import assert from 'node:assert/strict';
import { dilemmaer, withOwnSides } from '../../domain/exercises/dilemmaer';
import { faggrupper } from '../../domain/exercises/faggrupper';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import { forVariant, type ScaleQuestion } from '../../domain/exercise';
import { checkSettings } from '../../domain/validation/settings';
import { checkAssignedSize } from '../../domain/validation/team-size';

const NOW = new Date('2026-11-01T09:00:00Z');
const keys = (r: ReturnType<typeof checkSettings>) => (r.ok ? [] : r.problems.map((p) => p.key));

describe('small-team guardrails at setup', () => {
  it('refuses one perspective each below 3 × k besides the facilitator, with the numbers', () => {
    const refused = checkSettings(hvemDefinerer, { language: 'da', k: '3', distribution: 'assigned' }, NOW, undefined, 6);
    assert.equal(refused.ok, false);
    assert.deepEqual(!refused.ok && refused.problems, [{ field: 'distribution', key: 'setup.error.assignedTooFew', vars: { members: 6, k: 3, needed: 10, answers: 9, perspectives: 3 } }]);
  });

  it("refuses a channel of exactly 3 × k: the facilitator's own answer does not count", () => {
    // 15 members at k = 5: 14 answers can count, one short of 5 for each perspective.
    assert.deepEqual(
      checkAssignedSize(5, 15).map((p) => [p.key, p.vars?.needed ?? p.vars?.k]),
      [
        ['setup.error.assignedTooFew', 16],
        ['setup.error.assignedLowerK', 4],
      ],
    );
    assert.deepEqual(checkAssignedSize(5, 16), [], '15 besides the facilitator are enough');
  });

  it('suggests the highest k that fits besides the facilitator, when there is one', () => {
    assert.deepEqual(
      checkAssignedSize(5, 13).map((p) => [p.key, p.vars?.k]),
      [
        ['setup.error.assignedTooFew', 5],
        ['setup.error.assignedLowerK', 4],
      ],
    );
    assert.deepEqual(
      checkAssignedSize(5, 12).map((p) => p.key),
      ['setup.error.assignedTooFew', 'setup.error.assignedLowerK'],
    );
    assert.equal(checkAssignedSize(5, 12)[1].vars?.k, 3, '11 besides the facilitator ÷ 3 is 3, not 4');
    assert.deepEqual(
      checkAssignedSize(4, 9).map((p) => p.key),
      ['setup.error.assignedTooFew'],
      '8 besides the facilitator ÷ 3 is below the lowest k',
    );
  });

  it('lets one perspective each through at 3 × k besides the facilitator, and when the count is unknown', () => {
    assert.ok(checkSettings(hvemDefinerer, { language: 'da', k: '3', distribution: 'assigned' }, NOW, undefined, 10).ok);
    assert.ok(!checkSettings(hvemDefinerer, { language: 'da', k: '3', distribution: 'assigned' }, NOW, undefined, 9).ok);
    assert.ok(checkSettings(hvemDefinerer, { language: 'da', k: '3', distribution: 'assigned' }, NOW).ok);
  });

  it("never refuses everyone-answers-all for the channel's size", () => {
    assert.ok(checkSettings(hvemDefinerer, { language: 'da', k: '5', distribution: 'all' }, NOW, undefined, 2).ok);
  });
});

describe('setup fields of one variant', () => {
  const own = { language: 'da', variant: 'own', ft_ownDilemma: 'Skal vi følge planen eller barnets lyst?', ft_ownSideA: 'Planen', ft_ownSideB: 'Barnets lyst' };

  it("asks for the own dilemma's fields the first time 'own' is chosen on a form that did not show them", () => {
    const first = checkSettings(dilemmaer, { language: 'da', variant: 'own', variantShown: 'd1' }, NOW);
    assert.deepEqual(!first.ok && first.problems, [{ field: 'variant', key: 'setup.note.variantFields', vars: { variant: 'variant.dilemmaer.own' } }]);
    assert.deepEqual(keys(checkSettings(dilemmaer, { language: 'da', variant: 'own', variantShown: 'own' }, NOW)), [
      'setup.error.facilitatorTextMissing',
      'setup.error.facilitatorTextMissing',
      'setup.error.facilitatorTextMissing',
    ]);
    assert.ok(checkSettings(dilemmaer, { ...own, variantShown: 'd1' }, NOW).ok, 'filled fields are taken, whichever form sent them');
  });

  it('ignores the own fields for another dilemma', () => {
    const result = checkSettings(dilemmaer, { language: 'da', variant: 'd2', variantShown: 'own', ft_ownSideA: 'x' }, NOW);
    assert.ok(result.ok && result.value.facilitatorTexts === undefined);
  });

  it('refuses a list of groups longer than the form allows, instead of cutting it', () => {
    assert.deepEqual(keys(checkSettings(faggrupper, { language: 'da', groups: 'a\n'.repeat(367), ft_proposal: 'Forslag' }, NOW)), ['setup.error.groupsTooLong']);
  });

  it("writes the own dilemma's two sides into the scale's end labels", () => {
    const settings = { variant: 'own', facilitatorTexts: { ownSideA: 'Planen', ownSideB: 'Barnets lyst' } };
    const position = withOwnSides(forVariant(dilemmaer, 'own'), settings).questions.find((q) => q.id === 'position') as ScaleQuestion;
    assert.deepEqual([position.minLabelKey, position.maxLabelKey], ['=Planen', '=Barnets lyst']);
    const d1 = withOwnSides(forVariant(dilemmaer, 'd1'), { variant: 'd1' }).questions.find((q) => q.id === 'position') as ScaleQuestion;
    assert.deepEqual([d1.minLabelKey, d1.maxLabelKey], ['scale.sides.min', 'scale.sides.max']);
  });
});
