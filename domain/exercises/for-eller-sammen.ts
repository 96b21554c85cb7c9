import type { ExerciseDefinition } from '../exercise';
import { MAX_ANSWER_CHARS } from './hvem-definerer';

/** Seed 000, "For eller sammen med borgerne?": focus, responsiveness, involvement, co-creation, then ideas. */
export const forEllerSammen: ExerciseDefinition = {
  id: 'for-eller-sammen',
  version: 1,
  titleKey: 'catalogue.forEllerSammen',
  introKey: 'exercise.forEllerSammen.intro',
  phases: ['answer', 'proposals', 'vote', 'result'],
  guidanceKeys: ['guidance.forEllerSammen.1', 'guidance.forEllerSammen.2', 'guidance.forEllerSammen.3'],
  questions: [
    { kind: 'freeText', id: 'focus', labelKey: 'question.forEllerSammen.focus', hintKey: 'question.forEllerSammen.focus.hint', maxChars: MAX_ANSWER_CHARS },
    { kind: 'freeText', id: 'responsiveness', labelKey: 'question.forEllerSammen.responsiveness', hintKey: 'question.forEllerSammen.responsiveness.hint', maxChars: MAX_ANSWER_CHARS },
    { kind: 'freeText', id: 'involvement', labelKey: 'question.forEllerSammen.involvement', hintKey: 'question.forEllerSammen.involvement.hint', maxChars: MAX_ANSWER_CHARS },
    { kind: 'freeText', id: 'coCreation', labelKey: 'question.forEllerSammen.coCreation', hintKey: 'question.forEllerSammen.coCreation.hint', maxChars: MAX_ANSWER_CHARS },
    { kind: 'freeText', id: 'ideas', labelKey: 'question.forEllerSammen.ideas', hintKey: 'question.forEllerSammen.ideas.hint', maxChars: MAX_ANSWER_CHARS },
  ],
  proposalPromptKey: 'exercise.forEllerSammen.proposals',
  votePromptKey: 'exercise.forEllerSammen.vote',
  resultPromptKey: 'exercise.forEllerSammen.result',
  distributions: ['all'],
  summaryKind: 'themes',
  discussionKey: 'exercise.forEllerSammen.discussion',
};
