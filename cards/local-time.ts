import { DateTime } from 'luxon';
import type { Language } from '../domain/exercise';

const LOCALE: Record<Language, string> = { da: 'da', en: 'en-GB' };

/**
 * An instant as a reader says it in the schedule's zone, with the weekday, because people plan
 * by weekday ("closes Tuesday"); the year only when asked, since rounds are rarely far off.
 *
 * @example dayAndTime('da', new Date('2027-03-02T08:00:00Z'), 'Europe/Copenhagen') // 'tirsdag den 2. marts kl. 09:00'
 * @example dayAndTime('en', new Date('2027-03-02T08:00:00Z'), 'Europe/Copenhagen', true) // 'Tuesday 2 March 2027 at 09:00'
 */
export function dayAndTime(lang: Language, at: Date, zone: string, withYear = false, withSeconds = false): string {
  const year = withYear ? ' yyyy' : '';
  const time = withSeconds ? 'HH:mm:ss' : 'HH:mm';
  const format = lang === 'da' ? `cccc 'den' d. LLLL${year} 'kl.' ${time}` : `cccc d LLLL${year} 'at' ${time}`;
  return DateTime.fromJSDate(at, { zone }).setLocale(LOCALE[lang]).toFormat(format);
}

/**
 * A round's short date in a trend, where space is tight.
 *
 * @example shortDate('da', '2027-01-04T08:00:00Z', 'Europe/Copenhagen') // '4. jan.'
 * @example shortDate('en', '2027-01-04T08:00:00Z', 'Europe/Copenhagen', true) // '4 Jan 2027'
 */
export function shortDate(lang: Language, iso: string, zone: string, withYear = false): string {
  const format = (lang === 'da' ? 'd. LLL' : 'd LLL') + (withYear ? ' yyyy' : '');
  return DateTime.fromISO(iso, { zone }).setLocale(LOCALE[lang]).toFormat(format);
}

/**
 * Short dates for several rounds that tell them apart: with the year only when a date would
 * otherwise repeat (a monthly check-in shown over more than a year).
 *
 * @example roundDates('en', ['2027-01-04T08:00:00Z', '2028-01-03T08:00:00Z'], 'Europe/Copenhagen') // ['4 Jan 2027', '3 Jan 2028']
 */
export function roundDates(lang: Language, isos: readonly string[], zone: string): string[] {
  const short = isos.map((iso) => shortDate(lang, iso, zone));
  return new Set(short).size === short.length ? short : isos.map((iso) => shortDate(lang, iso, zone, true));
}

/**
 * A time of day, e.g. for a meeting, which needs no date; empty without a time.
 *
 * @example timeOfDay('da', '2027-03-04T13:08:00Z', 'Europe/Copenhagen') // '14:08'
 */
export function timeOfDay(lang: Language, iso: string | undefined, zone: string): string {
  return iso ? DateTime.fromISO(iso, { zone }).setLocale(LOCALE[lang]).toFormat('HH:mm') : '';
}
