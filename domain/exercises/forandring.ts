import type { ExerciseDefinition } from '../exercise';
import { MAX_ANSWER_CHARS } from './hvem-definerer';

/** Seed 001, "At navigere i forandringer": the facilitator describes the change; the core task is the reference point. */
export const forandring: ExerciseDefinition = {
  id: 'forandring',
  version: 1,
  titleKey: 'catalogue.forandring',
  introKey: 'exercise.forandring.intro',
  phases: ['answer', 'proposals', 'vote', 'result'],
  guidanceKeys: ['guidance.forandring.1', 'guidance.forandring.2', 'guidance.forandring.3'],
  facilitatorTexts: [{ id: 'change', labelKey: 'exercise.forandring.change', hintKey: 'exercise.forandring.change.hint', maxChars: 600, required: true }],
  questions: [
    { kind: 'freeText', id: 'meaning', labelKey: 'question.forandring.meaning', hintKey: 'question.forandring.meaning.hint', maxChars: MAX_ANSWER_CHARS },
    { kind: 'freeText', id: 'risk', labelKey: 'question.forandring.risk', hintKey: 'question.forandring.risk.hint', maxChars: MAX_ANSWER_CHARS },
    { kind: 'freeText', id: 'possible', labelKey: 'question.forandring.possible', hintKey: 'question.forandring.possible.hint', maxChars: MAX_ANSWER_CHARS },
  ],
  proposalPromptKey: 'exercise.forandring.proposals',
  votePromptKey: 'exercise.forandring.vote',
  resultPromptKey: 'exercise.forandring.result',
  distributions: ['all'],
  summaryKind: 'themes',
  discussionKey: 'exercise.forandring.discussion',
};
