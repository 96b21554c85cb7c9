import { DateTime } from 'luxon';
import type { Language } from '../exercise';
import type { ScheduleSettings } from './schedule';
import { kerneopgaveTjek } from './templates/kerneopgave-tjek';

/** "Følg op om 4 / 8 / 12 uger" on the result card. */
export const FOLLOW_UP_WEEKS = [4, 8, 12] as const;

/**
 * A schedule that runs once: an RRULE with COUNT=1 from the start date at the time of day, so
 * recurrence yields exactly one round and the scheduler, which never opens a round at or before
 * the schedule's last one (catch-up.ts), opens it once and then has nothing left to do.
 */
export const ONE_OFF_RULE = 'FREQ=DAILY;COUNT=1';

/** Open as long as a planned round is by default (cards/schedule-values.ts), with its two reminders. */
const ROUND_DAYS = 3;
const REMINDER_HOURS = [24, 48];

/**
 * The one-off Kerneopgave-tjek `weeks` weeks after `now`, at the same local time of day (to the
 * minute), in the session's language, k and zone.
 *
 * @example followUpSettings(4, new Date('2027-02-01T09:15:00Z'), { k: 5, language: 'da', timeZone: 'Europe/Copenhagen' })
 * // { templateId: 'kerneopgave-tjek', cadence: { kind: 'rrule', rule: 'FREQ=DAILY;COUNT=1' }, timeOfDay: '10:15',
 * //   startDate: '2027-03-01', timeZone: 'Europe/Copenhagen', roundLength: { amount: 3, unit: 'days' }, k: 5, language: 'da', reminderHours: [24, 48] }
 */
export function followUpSettings(weeks: number, now: Date, session: { k: number; language: Language; timeZone: string }): ScheduleSettings {
  const at = DateTime.fromJSDate(now, { zone: session.timeZone }).plus({ weeks });
  return {
    templateId: kerneopgaveTjek.id,
    cadence: { kind: 'rrule', rule: ONE_OFF_RULE },
    timeOfDay: at.toFormat('HH:mm'),
    startDate: at.toFormat('yyyy-MM-dd'),
    timeZone: session.timeZone,
    roundLength: { amount: ROUND_DAYS, unit: 'days' },
    k: session.k,
    language: session.language,
    reminderHours: [...REMINDER_HOURS],
  };
}

/** Whether the button's `weeks` is one the card offers. */
export function isFollowUpWeeks(value: unknown): value is (typeof FOLLOW_UP_WEEKS)[number] {
  return FOLLOW_UP_WEEKS.some((w) => String(w) === String(value));
}
