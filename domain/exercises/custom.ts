import { literal, type ExerciseDefinition, type Question } from '../exercise';
import { MAX_ANSWER_CHARS } from './hvem-definerer';

/** A team's own exercise: a few questions, each free text or a 1–5 scale, with the usual phases after them. */
export interface CustomSpec {
  questions: { kind: 'freeText' | 'scale'; text: string }[];
}

export const CUSTOM_ID = 'egen';
export const CUSTOM_QUESTIONS_MAX = 3;
export const CUSTOM_QUESTION_CHARS = 200;

const BASE = {
  id: CUSTOM_ID,
  version: 1,
  titleKey: 'exercise.custom.title',
  introKey: 'exercise.custom.intro',
  phases: ['answer', 'proposals', 'vote', 'result'],
  distributions: ['all'],
  summaryKind: 'distribution',
  discussionKey: 'exercise.custom.discussion',
  guidanceKeys: ['guidance.custom.1', 'guidance.custom.2'],
  proposalPromptKey: 'exercise.custom.proposals',
  votePromptKey: 'exercise.custom.vote',
  resultPromptKey: 'exercise.custom.result',
} as const satisfies Omit<ExerciseDefinition, 'questions'>;

/** The catalogue's entry: no questions until the facilitator writes them at setup. */
export const custom: ExerciseDefinition = { ...BASE, questions: [] };

/** The exercise a session runs, built from the questions its facilitator wrote. */
export function buildCustomExercise(spec: CustomSpec): ExerciseDefinition {
  const questions = spec.questions.map((q, i): Question =>
    q.kind === 'scale'
      ? { kind: 'scale', id: `q${i + 1}`, labelKey: literal(q.text), min: 1, max: 5, minLabelKey: 'scale.agree.min', maxLabelKey: 'scale.agree.max' }
      : { kind: 'freeText', id: `q${i + 1}`, labelKey: literal(q.text), hintKey: 'exercise.custom.hint', maxChars: MAX_ANSWER_CHARS },
  );
  return { ...BASE, questions };
}
