import { DateTime } from 'luxon';

/**
 * rrule has no real time zones; it counts in UTC. So recurrence is computed on "floating" dates:
 * a local wall time written as if it were UTC (09:00 Copenhagen → 09:00Z). Only at the end is
 * each wall time turned into a real instant in the schedule's zone, which is what keeps 09:00 at
 * 09:00 across daylight-saving changes.
 */

/**
 * The real instant of a floating wall time in `zone`.
 * A wall time that does not exist (02:30 on the spring-forward night) moves forward by the gap;
 * one that happens twice (02:30 on the fall-back night) is taken the second time. That is
 * luxon's rule, and it only matters for rounds set between 02:00 and 03:00.
 *
 * @example fromFloating(new Date('2027-07-05T09:00:00Z'), 'Europe/Copenhagen') // 2027-07-05T07:00:00.000Z
 */
export function fromFloating(floating: Date, zone: string): Date {
  const wall = DateTime.fromObject(
    {
      year: floating.getUTCFullYear(),
      month: floating.getUTCMonth() + 1,
      day: floating.getUTCDate(),
      hour: floating.getUTCHours(),
      minute: floating.getUTCMinutes(),
    },
    { zone },
  );
  return wall.toJSDate();
}

/**
 * The floating wall time of a real instant in `zone`.
 *
 * @example toFloating(new Date('2027-01-04T08:00:00Z'), 'Europe/Copenhagen') // 2027-01-04T09:00:00.000Z
 */
export function toFloating(instant: Date, zone: string): Date {
  const local = DateTime.fromJSDate(instant, { zone });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}

/**
 * A local date "YYYY-MM-DD" at "HH:MM", floating.
 *
 * @example floatingAt('2027-03-28', '09:00') // 2027-03-28T09:00:00.000Z, meaning 09:00 wherever the schedule is
 */
export function floatingAt(date: string, timeOfDay: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = timeOfDay.split(':').map(Number);
  return new Date(Date.UTC(y, m - 1, d, hh, mm));
}
