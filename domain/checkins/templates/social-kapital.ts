import type { ExerciseDefinition, ScaleQuestion } from '../../exercise';

/** The three dimensions of social capital (seed 003, Tage Søndergård Kristensen), each scored 0–100. */
export type SocialCapitalDimension = 'trust' | 'fairness' | 'collaboration';

/** Which items make up each dimension. All items are worded so that agreeing is good: none is reversed. */
export const SOCIAL_CAPITAL_ITEMS: Readonly<Record<SocialCapitalDimension, readonly string[]>> = {
  trust: ['trust1', 'trust2', 'trust3'],
  fairness: ['fairness1', 'fairness2', 'fairness3'],
  collaboration: ['collaboration1', 'collaboration2', 'collaboration3'],
};

const item = (id: string): ScaleQuestion => ({
  kind: 'scale',
  id,
  labelKey: `checkin.socialKapital.${id}`,
  min: 1,
  max: 5,
  minLabelKey: 'scale.agree.min',
  maxLabelKey: 'scale.agree.max',
});

/**
 * The social-capital pulse: nine statements in our own words, three per dimension, on the usual
 * 1–5 agree scale. Scored by score-social-capital.ts.
 */
export const socialKapital: ExerciseDefinition = {
  id: 'social-kapital',
  version: 1,
  titleKey: 'checkin.socialKapital.title',
  introKey: 'checkin.socialKapital.intro',
  phases: ['answer'],
  guidanceKeys: ['checkin.socialKapital.guidance.1', 'checkin.socialKapital.guidance.2'],
  questions: Object.values(SOCIAL_CAPITAL_ITEMS).flat().map(item),
  distributions: ['all'],
  summaryKind: 'socialCapital',
  discussionKey: 'checkin.socialKapital.discussion',
};
