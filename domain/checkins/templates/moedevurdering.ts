import type { ExerciseDefinition, ScaleQuestion } from '../../exercise';

/** The four 0–10 items, in the order they are asked and summed to a 0–40 total. */
export const MEETING_ITEMS = ['relationship', 'goals', 'approach', 'overall'] as const;
export type MeetingItem = (typeof MEETING_ITEMS)[number];

const item = (id: MeetingItem): ScaleQuestion => ({
  kind: 'scale',
  id,
  labelKey: `checkin.moedevurdering.${id}`,
  min: 0,
  max: 10,
  minLabelKey: `checkin.moedevurdering.${id}.min`,
  maxLabelKey: `checkin.moedevurdering.${id}.max`,
});

/**
 * The meeting rating after the FIT practice in Gladsaxe (seed 004): relationship, goals and topics,
 * approach, and overall, each 0–10, in our own words. Scored by score-meeting.ts.
 */
export const moedevurdering: ExerciseDefinition = {
  id: 'moedevurdering',
  version: 1,
  titleKey: 'checkin.moedevurdering.title',
  introKey: 'checkin.moedevurdering.intro',
  phases: ['answer'],
  guidanceKeys: ['checkin.moedevurdering.guidance.1', 'checkin.moedevurdering.guidance.2'],
  questions: MEETING_ITEMS.map(item),
  distributions: ['all'],
  summaryKind: 'meetingRating',
  discussionKey: 'checkin.moedevurdering.discussion',
};
