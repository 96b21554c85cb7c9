import type { ExerciseDefinition } from '../../exercise';

/** Short on purpose: one sentence is the exercise. */
export const SENTENCE_MAX_CHARS = 300;

/**
 * Shared understanding (seed 002): each person writes the core task in one sentence, and says
 * whether they lead or not and which professional group they belong to, so closeness can be
 * compared vertically (leaders ↔ staff) and horizontally (across groups). Scored by score-understanding.ts.
 */
export const faellesForstaaelse: ExerciseDefinition = {
  id: 'faelles-forstaaelse',
  version: 1,
  titleKey: 'checkin.faellesForstaaelse.title',
  introKey: 'checkin.faellesForstaaelse.intro',
  phases: ['answer'],
  guidanceKeys: ['checkin.faellesForstaaelse.guidance.1', 'checkin.faellesForstaaelse.guidance.2'],
  needsGroups: true,
  questions: [
    { kind: 'freeText', id: 'sentence', labelKey: 'checkin.faellesForstaaelse.sentence', hintKey: 'checkin.faellesForstaaelse.sentence.hint', maxChars: SENTENCE_MAX_CHARS },
    {
      kind: 'choice',
      id: 'role',
      labelKey: 'checkin.faellesForstaaelse.role',
      hintKey: 'checkin.faellesForstaaelse.role.hint',
      options: [
        { value: 'leader', labelKey: 'checkin.faellesForstaaelse.role.leader' },
        { value: 'staff', labelKey: 'checkin.faellesForstaaelse.role.staff' },
      ],
    },
    { kind: 'group', id: 'group', labelKey: 'checkin.group', hintKey: 'checkin.group.hint' },
  ],
  distributions: ['all'],
  summaryKind: 'sharedUnderstanding',
  discussionKey: 'checkin.faellesForstaaelse.discussion',
};
