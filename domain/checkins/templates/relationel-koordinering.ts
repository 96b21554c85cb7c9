import type { ExerciseDefinition, ScaleQuestion } from '../../exercise';

/** The seven dimensions of relational coordination (seed 000 "Styrk samarbejdet", seed 003), items in our own words. */
export const RC_DIMENSIONS = ['frequent', 'timely', 'accurate', 'problemSolving', 'sharedGoals', 'sharedKnowledge', 'mutualRespect'] as const;
export type RcDimension = (typeof RC_DIMENSIONS)[number];

/** Seven items per rated group; more groups than this makes the card too long to answer on a phone. */
export const RC_GROUPS_MAX = 6;

/**
 * Relational coordination: each person names their own professional group, then rates every
 * other group on the seven dimensions (1–5). The catalogue entry has only the group question; a
 * round asks `relationalCoordinationFor(groups)`, built from the schedule's groups.
 */
export const relationelKoordinering: ExerciseDefinition = {
  id: 'relationel-koordinering',
  version: 1,
  titleKey: 'checkin.relationelKoordinering.title',
  introKey: 'checkin.relationelKoordinering.intro',
  phases: ['answer'],
  guidanceKeys: ['checkin.relationelKoordinering.guidance.1', 'checkin.relationelKoordinering.guidance.2'],
  needsGroups: true,
  questions: [{ kind: 'group', id: 'group', labelKey: 'checkin.group', hintKey: 'checkin.group.hint' }],
  distributions: ['all'],
  summaryKind: 'relationalCoordination',
  discussionKey: 'checkin.relationelKoordinering.discussion',
};

/**
 * The question id for rating the group at `groupIndex` (its place in the schedule's list) on
 * `dimension`. Indices, not names: a name may hold any character, an input id should not.
 *
 * @example rcQuestionId(2, 'timely') // 'rc_2_timely'
 */
export function rcQuestionId(groupIndex: number, dimension: RcDimension): string {
  return `rc_${groupIndex}_${dimension}`;
}

/**
 * The round's questions: the own-group question, then seven items per listed group. Everyone
 * sees every group; the hint asks them to skip their own, and scoring ignores it if they don't.
 *
 * @example relationalCoordinationFor(['Lærere', 'Pædagoger']).questions.length // 1 + 2 × 7 = 15
 */
export function relationalCoordinationFor(groups: readonly string[]): ExerciseDefinition {
  const items = groups.flatMap((group, g) =>
    RC_DIMENSIONS.map((dimension): ScaleQuestion => ({
      kind: 'scale',
      id: rcQuestionId(g, dimension),
      labelKey: `checkin.relationelKoordinering.${dimension}`,
      labelVars: { group },
      ...(dimension === 'frequent' ? { hintKey: 'checkin.relationelKoordinering.skipOwn' } : {}),
      min: 1,
      max: 5,
      minLabelKey: 'checkin.scale.extent.min',
      maxLabelKey: 'checkin.scale.extent.max',
    })),
  );
  return { ...relationelKoordinering, questions: [...relationelKoordinering.questions, ...items] };
}
