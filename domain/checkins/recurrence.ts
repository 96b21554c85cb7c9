import { DateTime } from 'luxon';
import { fromFloating, toFloating } from './floating-time';
import { ruleOf } from './rule-of';
import type { ScheduleTiming } from './schedule';

const DAY_MS = 86_400_000;
/** How far one search looks ahead; a rule that is silent for longer is searched in a few such steps. */
const WINDOW_DAYS = 400;
const MAX_WINDOWS = 5;

/**
 * Real instants at which rounds are due, strictly after `from` and at or before `to`, oldest first.
 * Computed in local wall time and converted at the end, so a 09:00 round stays 09:00 local
 * whether the zone is on summer or winter time.
 *
 * @example occurrencesBetween(weeklyMondayAt9Copenhagen, new Date('2027-03-20T00:00Z'), new Date('2027-04-06T00:00Z'))
 * // [2027-03-22T08:00:00Z (winter, +01:00), 2027-03-29T07:00:00Z (summer, +02:00), 2027-04-05T07:00:00Z]
 */
export function occurrencesBetween(timing: ScheduleTiming, from: Date, to: Date): Date[] {
  // A meeting's end is no time a rule knows: such a schedule is never due by the clock.
  if (to.getTime() <= from.getTime() || timing.cadence.kind === 'meetingEnd') return [];
  const rule = ruleOf(timing);
  // A day's margin on both sides: the wall-clock offset is at most ±14 h, and DST moves it by an hour.
  const floatFrom = new Date(toFloating(from, timing.timeZone).getTime() - DAY_MS);
  const floatTo = new Date(toFloating(to, timing.timeZone).getTime() + DAY_MS);
  return rule
    .between(floatFrom, floatTo, true)
    .map((f) => fromFloating(f, timing.timeZone))
    .filter((at) => at.getTime() > from.getTime() && at.getTime() <= to.getTime());
}

/**
 * The next `count` instants at which rounds are due, strictly after `after`. Fewer when the rule
 * ends (COUNT, UNTIL) or is silent for years.
 *
 * @example occurrencesAfter(firstMondayAt9Copenhagen, new Date('2027-02-01T12:00Z'), 2)
 * // [2027-03-01T08:00:00Z, 2027-04-05T07:00:00Z]
 */
export function occurrencesAfter(timing: ScheduleTiming, after: Date, count: number): Date[] {
  const found: Date[] = [];
  let from = after;
  for (let w = 0; w < MAX_WINDOWS && found.length < count; w++) {
    const to = new Date(from.getTime() + WINDOW_DAYS * DAY_MS);
    found.push(...occurrencesBetween(timing, from, to));
    from = to;
  }
  return found.slice(0, count);
}

/**
 * When a round due at `dueAt` closes: days are local calendar days, hours are real hours.
 *
 * @example closesAt({ timeZone: 'Europe/Copenhagen', roundLength: { amount: 3, unit: 'days' } }, new Date('2027-03-26T08:00Z'))
 * // 2027-03-29T07:00:00.000Z: Monday 09:00 local, 71 real hours after Friday 09:00
 */
export function closesAt(timing: Pick<ScheduleTiming, 'timeZone' | 'roundLength'>, dueAt: Date): Date {
  const { amount, unit } = timing.roundLength;
  return DateTime.fromJSDate(dueAt, { zone: timing.timeZone })
    .plus({ [unit]: amount })
    .toJSDate();
}
