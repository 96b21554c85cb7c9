import type { ExerciseDefinition } from '../exercise';
import { MAX_ANSWER_CHARS } from './hvem-definerer';

/** Seed 001, "At understøtte og udfordre stærke professioner": how the core task supports and challenges us. */
export const professioner: ExerciseDefinition = {
  id: 'professioner',
  version: 1,
  titleKey: 'catalogue.professioner',
  introKey: 'exercise.professioner.intro',
  phases: ['answer', 'proposals', 'vote', 'result'],
  guidanceKeys: ['guidance.professioner.1', 'guidance.professioner.2', 'guidance.professioner.3'],
  questions: [
    { kind: 'freeText', id: 'supports', labelKey: 'question.professioner.supports', hintKey: 'question.professioner.supports.hint', maxChars: MAX_ANSWER_CHARS },
    { kind: 'freeText', id: 'challenges', labelKey: 'question.professioner.challenges', hintKey: 'question.professioner.challenges.hint', maxChars: MAX_ANSWER_CHARS },
    { kind: 'freeText', id: 'meet', labelKey: 'question.professioner.meet', hintKey: 'question.professioner.meet.hint', maxChars: MAX_ANSWER_CHARS },
  ],
  proposalPromptKey: 'exercise.professioner.proposals',
  votePromptKey: 'exercise.professioner.vote',
  resultPromptKey: 'exercise.professioner.result',
  distributions: ['all'],
  summaryKind: 'themes',
  discussionKey: 'exercise.professioner.discussion',
};
