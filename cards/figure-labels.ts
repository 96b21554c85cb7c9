import type { ExerciseDefinition, Language } from '../domain/exercise';
import type { CheckinScore } from '../domain/checkins/summarise-checkin';
import { CHECKIN_TEMPLATES } from '../domain/checkins/templates';
import { hasText, t } from './i18n';

/** The summary kinds of the five check-ins; the kerneopgave-tjek's ordinary summary is 'coreTaskCheck'. */
export type FigureKind = 'socialCapital' | 'relationalCoordination' | 'meetingRating' | 'sharedUnderstanding' | 'coreTaskCheck';

/**
 * @example figureKindOf({ kind: 'mixed', … }) // 'coreTaskCheck'
 */
export function figureKindOf(score: CheckinScore): FigureKind {
  return score.kind === 'mixed' || score.kind === 'perspectives' ? 'coreTaskCheck' : score.kind;
}

/**
 * The template behind a kind: its discussion prompt and, for the kerneopgave-tjek, its questions.
 *
 * @example templateOfKind('meetingRating').id // 'moedevurdering'
 */
export function templateOfKind(kind: FigureKind): ExerciseDefinition {
  const def = CHECKIN_TEMPLATES.find((d) => d.summaryKind === kind);
  if (!def) throw new Error(`templateOfKind(): no check-in template has summary kind '${kind}'; domain/checkins/templates.ts and cards/figure-labels.ts disagree.`);
  return def;
}

/**
 * A figure's short name. `escape` is applied to names that come from the team (group names):
 * escapeMarkdown for a TextBlock, identity for a chart legend, which shows no markdown.
 *
 * @example figureLabel('da', 'socialCapital', 'trust', escapeMarkdown) // 'Tillid'
 * @example figureLabel('en', 'relationalCoordination', 'rated:**Lærere**', escapeMarkdown) // '\\*\\*Lærere\\*\\* (as seen by the others)'
 */
export function figureLabel(lang: Language, kind: FigureKind, id: string, escape: (text: string) => string): string {
  if (kind === 'relationalCoordination' && id.startsWith('rated:')) return t(lang, 'checkin.figure.relationalCoordination.rated', { group: escape(id.slice('rated:'.length)) });
  const key = `checkin.figure.${kind}.${id}`;
  // A figure this version has no name for (from a newer template) is shown by its id rather than failing the summary.
  return hasText(lang, key) ? t(lang, key) : escape(id);
}

/**
 * The figures a trend chart draws, on one scale per kind: the meeting's 0–40 total is not drawn
 * beside its 0–10 items, nor its share flagged in percent.
 *
 * @example isCharted('meetingRating', 'total') // true
 * @example isCharted('meetingRating', 'goals') // false
 */
export function isCharted(kind: FigureKind, id: string): boolean {
  switch (kind) {
    case 'meetingRating':
      return id === 'total';
    case 'sharedUnderstanding':
      return id === 'overall' || id === 'verticalAcross' || id === 'horizontalAcross';
    default:
      return true;
  }
}

/** The scale the charted figures are on, for the y axis title. */
export const SCALE_OF: Readonly<Record<FigureKind, string>> = {
  socialCapital: '0–100',
  relationalCoordination: '1–5',
  meetingRating: '0–40',
  sharedUnderstanding: '0–100',
  coreTaskCheck: '1–5',
};

/**
 * The same scales as numbers, for the trend chart's y axis: it starts at the scale's minimum, so a
 * 1–5 figure is not drawn against an axis from 0 that makes every mean look high.
 *
 * @example SCALE_RANGE.relationalCoordination // { min: 1, max: 5 }
 */
export const SCALE_RANGE: Readonly<Record<FigureKind, { min: number; max: number }>> = {
  socialCapital: { min: 0, max: 100 },
  relationalCoordination: { min: 1, max: 5 },
  meetingRating: { min: 0, max: 40 },
  sharedUnderstanding: { min: 0, max: 100 },
  coreTaskCheck: { min: 1, max: 5 },
};

/**
 * The scale one figure is on, for printing it (figure-text.ts roundedText): the meeting rating's
 * items are 0–10 and its flagged share 0–100 beside its 0–40 total; the kerneopgave-tjek's
 * questions have their own ends.
 *
 * @example figureScale('meetingRating', 'goals') // { min: 0, max: 10 }
 */
export function figureScale(kind: FigureKind, id: string): { min: number; max: number } {
  // 'flaggedShare' only in rounds filed before it was dropped (score-meeting.ts): a percentage.
  if (kind === 'meetingRating' && id !== 'total') return id === 'flaggedShare' ? { min: 0, max: 100 } : { min: 0, max: 10 };
  if (kind === 'coreTaskCheck') {
    const q = templateOfKind(kind).questions.find((x) => x.id === id);
    if (q?.kind === 'scale') return { min: q.min, max: q.max };
  }
  return SCALE_RANGE[kind];
}
