import { liveExercise } from '../catalogue';
import { forVariant, type ExerciseDefinition, type FreeTextQuestion } from '../exercise';
import type { Session, SessionSettings } from '../session';

/**
 * An exercise that asks for professional groups runs in one of two ways, chosen at setup:
 * - anonymous (the default): everyone answers every question anonymously, and the summary shows
 *   each group of at least k and pools the rest (domain/summary/groups.ts);
 * - joint: the questions after the group question are answered once per group, openly, by one
 *   member on the group's behalf and named as such; the questions before it stay anonymous
 *   (docs/anonymity.md, "Professional groups").
 */
export function isJoint(settings: Pick<SessionSettings, 'groupAnswers'>): boolean {
  return settings.groupAnswers === 'joint';
}

/**
 * The anonymous part as a joint session runs it: the questions before the group question. The
 * group question itself goes too: an anonymous answer that names its group would tie the rating
 * to the group that signed its contribution.
 *
 * @example anonymousPart(faggrupper, { groupAnswers: 'joint' }).questions.map((q) => q.id) // ['rating', 'change']
 */
export function anonymousPart(def: ExerciseDefinition, settings: Pick<SessionSettings, 'groupAnswers'>): ExerciseDefinition {
  const at = def.questions.findIndex((q) => q.kind === 'group');
  if (!isJoint(settings) || at < 0) return def;
  return { ...def, questions: def.questions.slice(0, at) };
}

/**
 * What each group answers jointly: the free-text questions after the group question.
 *
 * @example jointQuestions(faggrupper).map((q) => q.id) // ['contribution', 'collaboration']
 */
export function jointQuestions(def: ExerciseDefinition): FreeTextQuestion[] {
  const at = def.questions.findIndex((q) => q.kind === 'group');
  return at < 0 ? [] : def.questions.slice(at + 1).filter((q): q is FreeTextQuestion => q.kind === 'freeText');
}

/** The questions a session's groups answer jointly, from the whole exercise (the session's card holds only the anonymous part). */
export function jointQuestionsOf(session: Pick<Session, 'exerciseId' | 'settings'>): FreeTextQuestion[] {
  const def = liveExercise(session.exerciseId);
  return def ? jointQuestions(forVariant(def, session.settings.variant)) : [];
}
