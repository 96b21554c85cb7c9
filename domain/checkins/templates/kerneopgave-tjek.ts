import type { ExerciseDefinition } from '../../exercise';
import { MAX_ANSWER_CHARS } from '../../exercises/hvem-definerer';

/**
 * The monthly "kerneopgave-tjek" check-in: how clear is the core task, how well
 * did we solve it this period, what got in the way, what should we do more of. The "did we do
 * what we agreed?" items are added per round from the last round's actions (carry-forward.ts).
 */
export const kerneopgaveTjek: ExerciseDefinition = {
  id: 'kerneopgave-tjek',
  version: 1,
  titleKey: 'checkin.kerneopgaveTjek.title',
  introKey: 'checkin.kerneopgaveTjek.intro',
  phases: ['answer'],
  guidanceKeys: ['checkin.kerneopgaveTjek.guidance.1', 'checkin.kerneopgaveTjek.guidance.2'],
  questions: [
    {
      kind: 'scale',
      id: 'clarity',
      labelKey: 'checkin.kerneopgaveTjek.clarity',
      hintKey: 'checkin.kerneopgaveTjek.clarity.hint',
      min: 1,
      max: 5,
      minLabelKey: 'checkin.scale.clarity.min',
      maxLabelKey: 'checkin.scale.clarity.max',
    },
    {
      kind: 'scale',
      id: 'solved',
      labelKey: 'checkin.kerneopgaveTjek.solved',
      hintKey: 'checkin.kerneopgaveTjek.solved.hint',
      min: 1,
      max: 5,
      minLabelKey: 'checkin.scale.solved.min',
      maxLabelKey: 'checkin.scale.solved.max',
    },
    { kind: 'freeText', id: 'obstacles', labelKey: 'checkin.kerneopgaveTjek.obstacles', hintKey: 'checkin.kerneopgaveTjek.obstacles.hint', maxChars: MAX_ANSWER_CHARS },
    { kind: 'freeText', id: 'more', labelKey: 'checkin.kerneopgaveTjek.more', hintKey: 'checkin.kerneopgaveTjek.more.hint', maxChars: MAX_ANSWER_CHARS },
  ],
  distributions: ['all'],
  summaryKind: 'coreTaskCheck',
  discussionKey: 'checkin.kerneopgaveTjek.discussion',
};
