import type { ExerciseDefinition } from '../exercise';
import { MAX_ANSWER_CHARS } from './hvem-definerer';

/** Seed 001, "At koble trivsel tættere til opgaveløsningen": meaning, visible results, and what drains. */
export const trivsel: ExerciseDefinition = {
  id: 'trivsel',
  version: 1,
  titleKey: 'catalogue.trivsel',
  introKey: 'exercise.trivsel.intro',
  phases: ['answer', 'proposals', 'vote', 'result'],
  guidanceKeys: ['guidance.trivsel.1', 'guidance.trivsel.2', 'guidance.trivsel.3'],
  questions: [
    { kind: 'freeText', id: 'meaning', labelKey: 'question.trivsel.meaning', hintKey: 'question.trivsel.meaning.hint', maxChars: MAX_ANSWER_CHARS },
    { kind: 'freeText', id: 'results', labelKey: 'question.trivsel.results', hintKey: 'question.trivsel.results.hint', maxChars: MAX_ANSWER_CHARS },
    { kind: 'freeText', id: 'drains', labelKey: 'question.trivsel.drains', hintKey: 'question.trivsel.drains.hint', maxChars: MAX_ANSWER_CHARS },
  ],
  proposalPromptKey: 'exercise.trivsel.proposals',
  votePromptKey: 'exercise.trivsel.vote',
  resultPromptKey: 'exercise.trivsel.result',
  distributions: ['all'],
  summaryKind: 'themes',
  discussionKey: 'exercise.trivsel.discussion',
};
