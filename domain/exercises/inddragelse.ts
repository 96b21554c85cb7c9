import type { ExerciseDefinition } from '../exercise';
import { MAX_ANSWER_CHARS } from './hvem-definerer';

/** The degrees of involvement from seed 001, lowest first. Both "now" and "should be" use them, in this order. */
const DEGREES = [
  { value: 'fokus', labelKey: 'option.inddragelse.fokus' },
  { value: 'lydhoerhed', labelKey: 'option.inddragelse.lydhoerhed' },
  { value: 'inddragelse', labelKey: 'option.inddragelse.inddragelse' },
  { value: 'samskabelse', labelKey: 'option.inddragelse.samskabelse' },
] as const;

/** Seed 001, "Grader af inddragelse": where are we now, where should we be, and one step towards it. */
export const inddragelse: ExerciseDefinition = {
  id: 'inddragelse',
  version: 1,
  titleKey: 'catalogue.inddragelse',
  introKey: 'exercise.inddragelse.intro',
  phases: ['answer', 'proposals', 'vote', 'result'],
  guidanceKeys: ['guidance.inddragelse.1', 'guidance.inddragelse.2', 'guidance.inddragelse.3'],
  questions: [
    { kind: 'choice', id: 'now', labelKey: 'question.inddragelse.now', hintKey: 'question.inddragelse.now.hint', options: DEGREES },
    { kind: 'choice', id: 'shouldBe', labelKey: 'question.inddragelse.shouldBe', hintKey: 'question.inddragelse.shouldBe.hint', options: DEGREES },
    { kind: 'freeText', id: 'step', labelKey: 'question.inddragelse.step', hintKey: 'question.inddragelse.step.hint', maxChars: MAX_ANSWER_CHARS },
  ],
  proposalPromptKey: 'exercise.inddragelse.proposals',
  votePromptKey: 'exercise.inddragelse.vote',
  resultPromptKey: 'exercise.inddragelse.result',
  distributions: ['all'],
  summaryKind: 'gap',
  discussionKey: 'exercise.inddragelse.discussion',
};
