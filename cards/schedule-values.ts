import { DateTime } from 'luxon';
import { occurrencesAfter } from '../domain/checkins/recurrence';
import { DEFAULT_TIME_ZONE, type CheckinSchedule } from '../domain/checkins/schedule';
import { CHECKIN_TEMPLATES } from '../domain/checkins/templates';
import { K_DEFAULT } from '../domain/session';

/** The schedule form's values, by the field names checkSchedule() reads (domain/checkins/check-schedule.ts). */
export type ScheduleFormValues = Record<string, string | number>;

/**
 * What a new schedule's form starts with: the monthly kerneopgave-tjek on the first Monday at
 * 09:00, open for three days with two reminders. Start date empty: checkSchedule reads that as today.
 */
export const SCHEDULE_FORM_DEFAULTS: Readonly<ScheduleFormValues> = {
  templateId: CHECKIN_TEMPLATES[0].id,
  cadence: 'monthly',
  weekday: 'MO',
  nth: '1',
  rrule: '',
  time: '09:00',
  timeZone: DEFAULT_TIME_ZONE,
  startDate: '',
  roundAmount: 3,
  roundUnit: 'days',
  reminders: '24, 48',
  k: K_DEFAULT,
  groups: '',
};

const SCHEDULE_FIELDS: readonly string[] = [...Object.keys(SCHEDULE_FORM_DEFAULTS), 'language'];

/**
 * The form's fields out of a click's data, as text, and nothing else: what "Ja, planlæg et til"
 * sends again (cards/schedule-duplicate-card.ts).
 *
 * @example scheduleFormFields({ verb: 'schedule.save', cadence: 'weekly', k: 5, evil: 'x' }) // { templateId: '', cadence: 'weekly', …, k: '5', … }
 */
export function scheduleFormFields(data: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(SCHEDULE_FIELDS.map((name) => [name, typeof data[name] === 'string' || typeof data[name] === 'number' ? String(data[name]) : '']));
}

/**
 * A stored schedule as the edit form's values, so that saving it unchanged gives the same settings.
 * A start date in the past would be refused, so it becomes the local date of the next round: that
 * keeps "every other week" on the same weeks, which today's date might not.
 *
 * @example scheduleFormValues({ …, cadence: { kind: 'monthly', nth: -1, weekday: 'FR' }, reminderHours: [24, 48], groups: ['Lærere', 'Pædagoger'] }, now)
 * // { templateId: 'kerneopgave-tjek', cadence: 'monthly', weekday: 'FR', nth: '-1', rrule: '', …, reminders: '24, 48', groups: 'Lærere\nPædagoger' }
 */
export function scheduleFormValues(schedule: CheckinSchedule, now: Date): ScheduleFormValues {
  const { cadence } = schedule;
  return {
    templateId: schedule.templateId,
    cadence: cadence.kind,
    weekday: 'weekday' in cadence ? cadence.weekday : SCHEDULE_FORM_DEFAULTS.weekday,
    nth: cadence.kind === 'monthly' || cadence.kind === 'quarterly' ? String(cadence.nth) : SCHEDULE_FORM_DEFAULTS.nth,
    rrule: cadence.kind === 'rrule' ? cadence.rule : '',
    time: schedule.timeOfDay,
    timeZone: schedule.timeZone,
    startDate: editableStartDate(schedule, now),
    roundAmount: schedule.roundLength.amount,
    roundUnit: schedule.roundLength.unit,
    reminders: schedule.reminderHours.join(', '),
    k: schedule.k,
    language: schedule.language,
    groups: (schedule.groups ?? []).join('\n'),
  };
}

function editableStartDate(schedule: CheckinSchedule, now: Date): string {
  const today = DateTime.fromJSDate(now, { zone: schedule.timeZone }).toISODate() ?? '';
  if (schedule.startDate >= today) return schedule.startDate;
  const next = occurrencesAfter(schedule, now, 1)[0];
  return next ? (DateTime.fromJSDate(next, { zone: schedule.timeZone }).toISODate() ?? '') : '';
}
