import type { ExerciseDefinition } from '../exercise';

/** Seed 000, "Hvem definerer kerneopgaven?": the formal, performed and experienced core task. */
export const MAX_ANSWER_CHARS = 1000;

export const hvemDefinerer: ExerciseDefinition = {
  id: 'hvem-definerer',
  version: 1,
  titleKey: 'exercise.hvemDefinerer.title',
  introKey: 'exercise.hvemDefinerer.intro',
  phases: ['answer', 'proposals', 'vote', 'result'],
  guidanceKeys: ['guidance.hvemDefinerer.1', 'guidance.hvemDefinerer.2', 'guidance.hvemDefinerer.3'],
  proposalPromptKey: 'exercise.hvemDefinerer.proposals',
  votePromptKey: 'exercise.hvemDefinerer.vote',
  resultPromptKey: 'exercise.hvemDefinerer.result',
  questions: [
    { kind: 'freeText', id: 'formal', labelKey: 'perspective.formal', hintKey: 'perspective.formal.hint', maxChars: MAX_ANSWER_CHARS },
    { kind: 'freeText', id: 'performed', labelKey: 'perspective.performed', hintKey: 'perspective.performed.hint', maxChars: MAX_ANSWER_CHARS },
    { kind: 'freeText', id: 'experienced', labelKey: 'perspective.experienced', hintKey: 'perspective.experienced.hint', maxChars: MAX_ANSWER_CHARS },
  ],
  distributions: ['all', 'assigned'],
  summaryKind: 'perspectives',
  discussionKey: 'exercise.hvemDefinerer.discussion',
};
