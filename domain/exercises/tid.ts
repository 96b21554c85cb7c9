import type { ExerciseDefinition } from '../exercise';

/**
 * Seeds 002–004, "Tid til kerneopgaven": everyone anonymously names a rule, procedure, meeting or task that
 * takes time without creating value for the core task; the team then votes on which to drop first.
 * It has no answer phase: it starts with proposals.
 */
export const tid: ExerciseDefinition = {
  id: 'tid',
  version: 1,
  titleKey: 'catalogue.tid',
  introKey: 'exercise.tid.intro',
  phases: ['proposals', 'vote', 'result'],
  guidanceKeys: ['guidance.tid.1', 'guidance.tid.2', 'guidance.tid.3'],
  questions: [],
  proposalPromptKey: 'exercise.tid.proposals',
  votePromptKey: 'exercise.tid.vote',
  resultPromptKey: 'exercise.tid.result',
  distributions: ['all'],
  summaryKind: 'themes',
  discussionKey: 'exercise.tid.discussion',
};
