import type { ExerciseDefinition, ScaleQuestion } from '../exercise';
import { MAX_ANSWER_CHARS } from './hvem-definerer';

/** A 1–5 scale from "helt uenig" to "helt enig", for statements. */
const AGREE = { kind: 'scale', min: 1, max: 5, minLabelKey: 'scale.agree.min', maxLabelKey: 'scale.agree.max' } as const satisfies Partial<ScaleQuestion>;

/**
 * Seed 001, "Tre vildfarelser": the core task is fixed, there is only one, it is just about putting the
 * citizen at the centre. Statements to agree or disagree with, and the level our core task is formulated at.
 */
export const vildfarelser: ExerciseDefinition = {
  id: 'vildfarelser',
  version: 1,
  titleKey: 'catalogue.vildfarelser',
  introKey: 'exercise.vildfarelser.intro',
  phases: ['answer', 'proposals', 'vote', 'result'],
  guidanceKeys: ['guidance.vildfarelser.1', 'guidance.vildfarelser.2', 'guidance.vildfarelser.3'],
  questions: [
    { ...AGREE, id: 'fixed', labelKey: 'question.vildfarelser.fixed', hintKey: 'question.vildfarelser.fixed.hint' },
    { ...AGREE, id: 'onlyOne', labelKey: 'question.vildfarelser.onlyOne', hintKey: 'question.vildfarelser.onlyOne.hint' },
    { ...AGREE, id: 'citizenCentre', labelKey: 'question.vildfarelser.citizenCentre', hintKey: 'question.vildfarelser.citizenCentre.hint' },
    {
      kind: 'choice',
      id: 'level',
      labelKey: 'question.vildfarelser.level',
      hintKey: 'question.vildfarelser.level.hint',
      options: [
        { value: 'kommune', labelKey: 'option.vildfarelser.level.kommune' },
        { value: 'forvaltning', labelKey: 'option.vildfarelser.level.forvaltning' },
        { value: 'arbejdsplads', labelKey: 'option.vildfarelser.level.arbejdsplads' },
        { value: 'team', labelKey: 'option.vildfarelser.level.team' },
        { value: 'ved-ikke', labelKey: 'option.vildfarelser.level.vedIkke' },
      ],
    },
    { kind: 'freeText', id: 'different', labelKey: 'question.vildfarelser.different', hintKey: 'question.vildfarelser.different.hint', maxChars: MAX_ANSWER_CHARS },
  ],
  proposalPromptKey: 'exercise.vildfarelser.proposals',
  votePromptKey: 'exercise.vildfarelser.vote',
  resultPromptKey: 'exercise.vildfarelser.result',
  distributions: ['all'],
  summaryKind: 'distribution',
  discussionKey: 'exercise.vildfarelser.discussion',
};
