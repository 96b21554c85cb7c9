import { DateTime } from 'luxon';
import type { Language } from '../exercise';
import type { CheckinSchedule, ScheduleSettings } from './schedule';
import { kerneopgaveTjek } from './templates/kerneopgave-tjek';
import { TIME_STEP_MINUTES } from './time-of-day';

/** "Følg op om 4 / 8 / 12 uger" on the result card. */
export const FOLLOW_UP_WEEKS = [4, 8, 12] as const;

/** Every follow-up's schedule id starts so (dialogs/follow-up.ts); a schedule saved from the form never does. */
export const FOLLOW_UP_ID_PREFIX = 's-followup-';

/**
 * How follow-ups were stored before they had a cadence of their own: read only, by
 * asStoredOneOff(), never written. A leader may type the same rule on the form; that stays a rule.
 */
export const ONE_OFF_RULE = 'FREQ=DAILY;COUNT=1';

/** Open as long as a planned round is by default (cards/schedule-values.ts), with its two reminders. */
const ROUND_DAYS = 3;
const REMINDER_HOURS = [24, 48];

/**
 * The one-off Kerneopgave-tjek `weeks` weeks after `now`, at the same local time of day moved on
 * to the next five-minute step (a stored time is always on a step, time-of-day.ts), in the
 * session's language, k and zone.
 *
 * @example followUpSettings(4, new Date('2027-02-01T09:13:00Z'), { k: 5, language: 'da', timeZone: 'Europe/Copenhagen' })
 * // { templateId: 'kerneopgave-tjek', cadence: { kind: 'once', date: '2027-03-01' }, timeOfDay: '10:15',
 * //   startDate: '2027-03-01', timeZone: 'Europe/Copenhagen', roundLength: { amount: 3, unit: 'days' }, k: 5, language: 'da', reminderHours: [24, 48] }
 */
export function followUpSettings(weeks: number, now: Date, session: { k: number; language: Language; timeZone: string }): ScheduleSettings {
  const at = nextTimeStep(DateTime.fromJSDate(now, { zone: session.timeZone }).plus({ weeks }));
  const date = at.toFormat('yyyy-MM-dd');
  return {
    templateId: kerneopgaveTjek.id,
    cadence: { kind: 'once', date },
    timeOfDay: at.toFormat('HH:mm'),
    startDate: date,
    timeZone: session.timeZone,
    roundLength: { amount: ROUND_DAYS, unit: 'days' },
    k: session.k,
    language: session.language,
    reminderHours: [...REMINDER_HOURS],
  };
}

/**
 * The minute, or the next five-minute step after it (23:58 becomes 00:00 the next day).
 *
 * @example nextTimeStep(DateTime.fromISO('2027-01-29T17:01:30')).toFormat('HH:mm') // '17:05'
 */
export function nextTimeStep(at: DateTime): DateTime {
  const minute = at.startOf('minute');
  const past = minute.minute % TIME_STEP_MINUTES;
  return past === 0 ? minute : minute.plus({ minutes: TIME_STEP_MINUTES - past });
}

/** Whether the button's `weeks` is one the card offers. */
export function isFollowUpWeeks(value: unknown): value is (typeof FOLLOW_UP_WEEKS)[number] {
  return FOLLOW_UP_WEEKS.some((w) => String(w) === String(value));
}

/** A schedule that runs once: a follow-up from a result. */
export function isOneOff(schedule: Pick<CheckinSchedule, 'cadence'>): boolean {
  return schedule.cadence.kind === 'once';
}

/**
 * A stored schedule as this version reads it: a follow-up stored with ONE_OFF_RULE becomes a
 * one-off on its start date. Only a follow-up's id is converted, so a rule a leader typed stays hers.
 *
 * @example asStoredOneOff({ id: 's-followup-ab…', cadence: { kind: 'rrule', rule: 'FREQ=DAILY;COUNT=1' }, startDate: '2027-03-01', … })
 * // { …, cadence: { kind: 'once', date: '2027-03-01' } }
 */
export function asStoredOneOff(schedule: CheckinSchedule): CheckinSchedule {
  const { cadence } = schedule;
  if (cadence.kind !== 'rrule' || cadence.rule !== ONE_OFF_RULE || !schedule.id.startsWith(FOLLOW_UP_ID_PREFIX)) return schedule;
  return { ...schedule, cadence: { kind: 'once', date: schedule.startDate } };
}

/**
 * The one-off once its round has been dealt with (`opened`, or its time passed unopened), marked
 * ended; undefined for any other schedule or one already marked.
 *
 * @example endedOneOff(followUp, true, new Date('2027-03-01T09:15:05Z')) // { ...followUp, ended: { at: '2027-03-01T09:15:05.000Z', opened: true } }
 */
export function endedOneOff(schedule: CheckinSchedule, opened: boolean, now: Date): CheckinSchedule | undefined {
  if (!isOneOff(schedule) || schedule.ended) return undefined;
  return { ...schedule, ended: { at: now.toISOString(), opened } };
}
