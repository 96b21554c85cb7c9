import type { ExerciseDefinition } from '../exercise';
import { MAX_ANSWER_CHARS } from './hvem-definerer';

/**
 * Seed 000, "Hvilke faggrupper bidrager med hvad?": the leader proposes a shared core task, everyone
 * rates and improves it, each professional group describes its own contribution, then ideas for working
 * better together across groups.
 */
export const faggrupper: ExerciseDefinition = {
  id: 'faggrupper',
  version: 1,
  titleKey: 'catalogue.faggrupper',
  introKey: 'exercise.faggrupper.intro',
  phases: ['answer', 'proposals', 'vote', 'result'],
  guidanceKeys: ['guidance.faggrupper.1', 'guidance.faggrupper.2', 'guidance.faggrupper.3'],
  needsGroups: true,
  facilitatorTexts: [{ id: 'proposal', labelKey: 'exercise.faggrupper.proposal', hintKey: 'exercise.faggrupper.proposal.hint', maxChars: 600, required: true }],
  questions: [
    {
      kind: 'scale',
      id: 'rating',
      labelKey: 'question.faggrupper.rating',
      hintKey: 'question.faggrupper.rating.hint',
      min: 1,
      max: 5,
      minLabelKey: 'scale.fit.min',
      maxLabelKey: 'scale.fit.max',
    },
    { kind: 'freeText', id: 'change', labelKey: 'question.faggrupper.change', hintKey: 'question.faggrupper.change.hint', maxChars: MAX_ANSWER_CHARS },
    { kind: 'group', id: 'group', labelKey: 'question.faggrupper.group', hintKey: 'question.faggrupper.group.hint' },
    { kind: 'freeText', id: 'contribution', labelKey: 'question.faggrupper.contribution', hintKey: 'question.faggrupper.contribution.hint', maxChars: MAX_ANSWER_CHARS },
    { kind: 'freeText', id: 'collaboration', labelKey: 'question.faggrupper.collaboration', hintKey: 'question.faggrupper.collaboration.hint', maxChars: MAX_ANSWER_CHARS },
  ],
  proposalPromptKey: 'exercise.faggrupper.proposals',
  votePromptKey: 'exercise.faggrupper.vote',
  resultPromptKey: 'exercise.faggrupper.result',
  distributions: ['all'],
  summaryKind: 'groups',
  discussionKey: 'exercise.faggrupper.discussion',
};
