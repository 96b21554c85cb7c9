/**
 * An exercise is data: its phases, the questions it asks and how its answers are summarised.
 * Texts are string keys (cards/strings/*.json), so a definition holds no language.
 */
export type Language = 'da' | 'en';
export const LANGUAGES: readonly Language[] = ['da', 'en'];

export type PhaseId = 'reflect' | 'answer' | 'summary' | 'discuss' | 'agree';

export interface FreeTextQuestion {
  kind: 'freeText';
  /** Stable id, used as the card input id and the stored field name. */
  id: string;
  /** String keys for the label and the hint shown under it. */
  labelKey: string;
  hintKey: string;
  maxChars: number;
}

export type Question = FreeTextQuestion;

export type SummaryKind = 'perspectives';

export interface ExerciseDefinition {
  id: string;
  /** Bump when questions change, so stored sessions of an older shape are recognised. */
  version: number;
  titleKey: string;
  introKey: string;
  phases: readonly PhaseId[];
  questions: readonly Question[];
  /** How answers may be split across participants; 'assigned' gives each person one question. */
  distributions: readonly Distribution[];
  summaryKind: SummaryKind;
  discussionKey: string;
}

export type Distribution = 'all' | 'assigned';

export function questionById(def: ExerciseDefinition, id: string): Question | undefined {
  return def.questions.find((q) => q.id === id);
}
