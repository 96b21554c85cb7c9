import type { ExerciseDefinition } from '../exercise';
import { MAX_ANSWER_CHARS } from './hvem-definerer';

/**
 * Seed 000, "En fælles ramme om alle opgaver?": how the core task, our daily tasks and the services citizens
 * get hang together. Route a starts from a formulation and asks how our tasks contribute to it; route b
 * starts from our most important tasks and asks which formulation embraces them all.
 */
export const faellesRamme: ExerciseDefinition = {
  id: 'faelles-ramme',
  version: 1,
  titleKey: 'catalogue.faellesRamme',
  introKey: 'exercise.faellesRamme.intro',
  phases: ['answer', 'proposals', 'vote', 'result'],
  guidanceKeys: ['guidance.faellesRamme.1', 'guidance.faellesRamme.2', 'guidance.faellesRamme.3'],
  variantLabelKey: 'exercise.faellesRamme.variant',
  variants: [
    { id: 'a', labelKey: 'variant.faellesRamme.a', descriptionKey: 'variant.faellesRamme.a.description' },
    { id: 'b', labelKey: 'variant.faellesRamme.b', descriptionKey: 'variant.faellesRamme.b.description' },
  ],
  facilitatorTexts: [{ id: 'formulation', variants: ['a'], labelKey: 'exercise.faellesRamme.formulation', hintKey: 'exercise.faellesRamme.formulation.hint', maxChars: 600, required: true }],
  questions: [
    // Route a: from a formulation to our tasks.
    { kind: 'freeText', id: 'tasks', variants: ['a'], labelKey: 'question.faellesRamme.tasks', hintKey: 'question.faellesRamme.tasks.hint', maxChars: MAX_ANSWER_CHARS },
    { kind: 'freeText', id: 'services', variants: ['a'], labelKey: 'question.faellesRamme.services', hintKey: 'question.faellesRamme.services.hint', maxChars: MAX_ANSWER_CHARS },
    { kind: 'freeText', id: 'gaps', variants: ['a'], labelKey: 'question.faellesRamme.gaps', hintKey: 'question.faellesRamme.gaps.hint', maxChars: MAX_ANSWER_CHARS },
    // Route b: from our tasks to a formulation.
    { kind: 'freeText', id: 'importantTasks', variants: ['b'], labelKey: 'question.faellesRamme.importantTasks', hintKey: 'question.faellesRamme.importantTasks.hint', maxChars: MAX_ANSWER_CHARS },
    { kind: 'freeText', id: 'servicesB', variants: ['b'], labelKey: 'question.faellesRamme.servicesB', hintKey: 'question.faellesRamme.servicesB.hint', maxChars: MAX_ANSWER_CHARS },
    { kind: 'freeText', id: 'formulation', variants: ['b'], labelKey: 'question.faellesRamme.formulation', hintKey: 'question.faellesRamme.formulation.hint', maxChars: MAX_ANSWER_CHARS },
  ],
  proposalPromptKey: 'exercise.faellesRamme.proposals',
  votePromptKey: 'exercise.faellesRamme.vote',
  resultPromptKey: 'exercise.faellesRamme.result',
  distributions: ['all'],
  summaryKind: 'themes',
  discussionKey: 'exercise.faellesRamme.discussion',
};
