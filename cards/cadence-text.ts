import { DateTime } from 'luxon';
import type { Language } from '../domain/exercise';
import { DEFAULT_TIME_ZONE, type MonthlyNth, type RoundLength, type ScheduleTiming, type Weekday } from '../domain/checkins/schedule';
import { escapeMarkdown } from './escape';
import { t } from './i18n';

/**
 * How often a schedule runs, in the reader's words, with the weekday, the time and the zone it is
 * kept in: a line of its own on the list, so it starts with a capital.
 *
 * @example cadenceText('da', { cadence: { kind: 'monthly', nth: 1, weekday: 'MO' }, timeOfDay: '09:00', timeZone: 'Europe/Copenhagen' })
 * // 'Hver måned, første mandag kl. 09:00 (dansk tid)'
 * @example cadenceText('en', { cadence: { kind: 'biweekly', weekday: 'TH' }, timeOfDay: '14:30', timeZone: 'Europe/Copenhagen' })
 * // 'Every other week on Thursday at 14:30 (Danish time)'
 */
export function cadenceText(lang: Language, timing: Pick<ScheduleTiming, 'cadence' | 'timeOfDay' | 'timeZone'>): string {
  return capitalise(cadencePhrase(lang, timing));
}

/**
 * The same inside a sentence ("Gemt: hver anden uge, tirsdag kl. 14:05 (dansk tid).").
 *
 * @example cadencePhrase('da', { cadence: { kind: 'quarterly', nth: -1, weekday: 'FR' }, timeOfDay: '14:05', timeZone: 'America/New_York' })
 * // 'hver tredje måned, sidste fredag kl. 14:05 (tidszone America/New\\_York)'
 * @example cadencePhrase('da', { cadence: { kind: 'once', date: '2027-01-29' }, timeOfDay: '17:05', timeZone: 'Europe/Copenhagen' })
 * // 'én gang, fredag den 29. januar 2027 kl. 17:05 (dansk tid)'
 */
export function cadencePhrase(lang: Language, timing: Pick<ScheduleTiming, 'cadence' | 'timeOfDay' | 'timeZone'>): string {
  const { cadence } = timing;
  const at = { time: timing.timeOfDay, zone: zoneText(lang, timing.timeZone) };
  // A follow-up planned from a result runs once (domain/checkins/follow-up.ts): its date, not a rule.
  // The meeting rating opens when a meeting in the chat ends (dialogs/meeting-rating.ts): no time of day.
  if (cadence.kind === 'meetingEnd') return t(lang, 'schedule.cadence.meetingEnd');
  if (cadence.kind === 'once') return t(lang, 'schedule.cadence.once', { ...at, date: dateText(lang, cadence.date) });
  if (cadence.kind === 'rrule') {
    // The rule passed check-rrule.ts, but it is still typed text: shown as written, never as markdown.
    return t(lang, 'schedule.cadence.rrule', { ...at, rule: escapeMarkdown(cadence.rule) });
  }
  const nth = cadence.kind === 'monthly' || cadence.kind === 'quarterly' ? nthName(lang, cadence.nth) : '';
  return t(lang, `schedule.cadence.${cadence.kind}`, { ...at, weekday: weekdayName(lang, cadence.weekday), nth });
}

/**
 * A local date with its weekday and year, as a one-off's line says it.
 *
 * @example dateText('da', '2027-01-29') // 'fredag den 29. januar 2027'
 * @example dateText('en', '2027-01-29') // 'Friday 29 January 2027'
 */
export function dateText(lang: Language, date: string): string {
  return DateTime.fromISO(date)
    .setLocale(lang === 'da' ? 'da' : 'en-GB')
    .toFormat(lang === 'da' ? "cccc 'den' d. LLLL yyyy" : 'cccc d LLLL yyyy');
}

/** @example zoneText('da', 'Europe/Copenhagen') // 'dansk tid' */
export function zoneText(lang: Language, zone: string): string {
  return zone === DEFAULT_TIME_ZONE ? t(lang, 'schedule.zone.danish') : t(lang, 'schedule.zone.other', { zone: escapeMarkdown(zone) });
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
