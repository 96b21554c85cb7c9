import type { Language } from '../domain/exercise';
import type { MonthlyNth, RoundLength, ScheduleTiming, Weekday } from '../domain/checkins/schedule';
import { escapeMarkdown } from './escape';
import { t } from './i18n';

/**
 * How often a schedule runs, in the reader's words, with the time and the zone it is kept in.
 *
 * @example cadenceText('da', { cadence: { kind: 'monthly', nth: 1, weekday: 'MO' }, timeOfDay: '09:00', timeZone: 'Europe/Copenhagen' })
 * // 'Første mandag i måneden kl. 09:00 (Europe/Copenhagen)'
 * @example cadenceText('en', { cadence: { kind: 'biweekly', weekday: 'TH' }, timeOfDay: '14:30', timeZone: 'Europe/Copenhagen' })
 * // 'Every other Thursday at 14:30 (Europe/Copenhagen)'
 */
export function cadenceText(lang: Language, timing: Pick<ScheduleTiming, 'cadence' | 'timeOfDay' | 'timeZone'>): string {
  const { cadence } = timing;
  const at = { time: timing.timeOfDay, zone: timing.timeZone };
  const text =
    cadence.kind === 'rrule'
      ? // The rule passed check-rrule.ts, but it is still typed text: shown as written, never as markdown.
        t(lang, 'schedule.cadence.rrule', { ...at, rule: escapeMarkdown(cadence.rule) })
      : t(lang, `schedule.cadence.${cadence.kind}`, { ...at, weekday: weekdayName(lang, cadence.weekday), nth: cadence.kind === 'monthly' ? nthName(lang, cadence.nth) : '' });
  return capitalise(text);
}

/**
 * @example roundLengthText('da', { amount: 1, unit: 'days' }) // '1 dag'
 * @example roundLengthText('en', { amount: 36, unit: 'hours' }) // '36 hours'
 */
export function roundLengthText(lang: Language, length: RoundLength): string {
  return t(lang, `schedule.length.${length.unit}.${length.amount === 1 ? 'one' : 'other'}`, { n: length.amount });
}

/** @example weekdayName('da', 'MO') // 'mandag' (Danish weekdays are lower case inside a sentence) */
export function weekdayName(lang: Language, day: Weekday): string {
  return t(lang, `schedule.weekday.${day}`);
}

/** @example nthName('en', -1) // 'last' */
export function nthName(lang: Language, nth: MonthlyNth): string {
  return t(lang, `schedule.nth.${nth === -1 ? 'last' : nth}`);
}

/** @example capitalise('første mandag') // 'Første mandag' */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
