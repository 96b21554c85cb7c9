import type { ExerciseDefinition } from '../exercise';
import { withCarriedActions } from './carry-forward';
import { faellesForstaaelse } from './templates/faelles-forstaaelse';
import { kerneopgaveTjek } from './templates/kerneopgave-tjek';
import { moedevurdering } from './templates/moedevurdering';
import { relationalCoordinationFor, relationelKoordinering } from './templates/relationel-koordinering';
import { socialKapital } from './templates/social-kapital';

/** The five recurring check-ins, in the order the schedule card lists them. */
export const CHECKIN_TEMPLATES: readonly ExerciseDefinition[] = [kerneopgaveTjek, socialKapital, relationelKoordinering, moedevurdering, faellesForstaaelse];

/**
 * @example checkinTemplate('moedevurdering')?.summaryKind // 'meetingRating'
 * @example checkinTemplate('hvem-definerer') // undefined: a one-off exercise, not a check-in
 */
export function checkinTemplate(id: unknown): ExerciseDefinition | undefined {
  return CHECKIN_TEMPLATES.find((t) => t.id === id);
}

/**
 * The definition one round runs: the template, its per-group items for relational coordination,
 * and a "did we do it?" item for each action carried from the previous round.
 *
 * @example roundDefinition({ templateId: 'kerneopgave-tjek' }, ['Fast punkt på personalemødet']).questions.map((q) => q.id)
 * // ['clarity', 'solved', 'obstacles', 'more', 'carried1']
 */
export function roundDefinition(schedule: { templateId: string; groups?: readonly string[] }, carried: readonly string[] = []): ExerciseDefinition {
  const template = checkinTemplate(schedule.templateId);
  if (!template) throw new Error(`roundDefinition(): no check-in template '${schedule.templateId}'; the schedule was stored by a newer or older version.`);
  const base = template.id === relationelKoordinering.id ? relationalCoordinationFor(schedule.groups ?? []) : template;
  return withCarriedActions(base, carried);
}
