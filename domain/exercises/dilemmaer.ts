import { literal, type ExerciseDefinition } from '../exercise';
import type { SessionSettings } from '../session';
import { MAX_ANSWER_CHARS } from './hvem-definerer';

/**
 * Seed 001, "At konkretisere et fælles formål": concrete professional and ethical dilemmas in the core task.
 * The facilitator picks one of five dilemmas from the seed, or describes the team's own; everyone takes a
 * position between side A and side B and gives a reason.
 */
export const dilemmaer: ExerciseDefinition = {
  id: 'dilemmaer',
  version: 1,
  titleKey: 'catalogue.dilemmaer',
  introKey: 'exercise.dilemmaer.intro',
  phases: ['answer', 'proposals', 'vote', 'result'],
  guidanceKeys: ['guidance.dilemmaer.1', 'guidance.dilemmaer.2', 'guidance.dilemmaer.3'],
  variantLabelKey: 'exercise.dilemmaer.variant',
  variants: [
    { id: 'd1', labelKey: 'variant.dilemmaer.d1', descriptionKey: 'variant.dilemmaer.d1.description' },
    { id: 'd2', labelKey: 'variant.dilemmaer.d2', descriptionKey: 'variant.dilemmaer.d2.description' },
    { id: 'd3', labelKey: 'variant.dilemmaer.d3', descriptionKey: 'variant.dilemmaer.d3.description' },
    { id: 'd4', labelKey: 'variant.dilemmaer.d4', descriptionKey: 'variant.dilemmaer.d4.description' },
    { id: 'd5', labelKey: 'variant.dilemmaer.d5', descriptionKey: 'variant.dilemmaer.d5.description' },
    { id: 'own', labelKey: 'variant.dilemmaer.own', descriptionKey: 'variant.dilemmaer.own.description' },
  ],
  facilitatorTexts: [
    { id: 'ownDilemma', variants: ['own'], labelKey: 'exercise.dilemmaer.ownDilemma', hintKey: 'exercise.dilemmaer.ownDilemma.hint', maxChars: 600, required: true },
    { id: 'ownSideA', variants: ['own'], labelKey: 'exercise.dilemmaer.ownSideA', hintKey: 'exercise.dilemmaer.ownSideA.hint', maxChars: 150, required: true },
    { id: 'ownSideB', variants: ['own'], labelKey: 'exercise.dilemmaer.ownSideB', hintKey: 'exercise.dilemmaer.ownSideB.hint', maxChars: 150, required: true },
  ],
  questions: [
    {
      kind: 'scale',
      id: 'position',
      labelKey: 'question.dilemmaer.position',
      hintKey: 'question.dilemmaer.position.hint',
      min: 1,
      max: 5,
      minLabelKey: 'scale.sides.min',
      maxLabelKey: 'scale.sides.max',
    },
    { kind: 'freeText', id: 'reason', labelKey: 'question.dilemmaer.reason', hintKey: 'question.dilemmaer.reason.hint', maxChars: MAX_ANSWER_CHARS },
  ],
  proposalPromptKey: 'exercise.dilemmaer.proposals',
  votePromptKey: 'exercise.dilemmaer.vote',
  resultPromptKey: 'exercise.dilemmaer.result',
  distributions: ['all'],
  // The spread of positions and the reasons given; a dedicated dilemma summary may replace this later.
  summaryKind: 'sides',
  discussionKey: 'exercise.dilemmaer.discussion',
};

/**
 * The exercise as a session runs it: with the team's own dilemma, its two sides become the
 * scale's end labels, so the card reads "1 – <side A>" … "5 – <side B>".
 *
 * @example withOwnSides(def, { variant: 'own', facilitatorTexts: { ownSideA: 'Borgerens ønske', ownSideB: 'Vores faglighed' } })
 *   // the position question gets minLabelKey '=Borgerens ønske' and maxLabelKey '=Vores faglighed'
 */
export function withOwnSides(def: ExerciseDefinition, settings: Pick<SessionSettings, 'variant' | 'facilitatorTexts'>): ExerciseDefinition {
  const a = settings.facilitatorTexts?.ownSideA;
  const b = settings.facilitatorTexts?.ownSideB;
  if (def.id !== dilemmaer.id || settings.variant !== 'own' || !a || !b) return def;
  return { ...def, questions: def.questions.map((q) => (q.kind === 'scale' && q.id === 'position' ? { ...q, minLabelKey: literal(a), maxLabelKey: literal(b) } : q)) };
}
