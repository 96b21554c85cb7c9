import type { Problem } from '../validation/problem';
import { floatingAt, toFloating } from './floating-time';
import { closesAt, occurrencesAfter } from './recurrence';
import type { ScheduleTiming } from './schedule';

/** Enough rounds to cover two years of a weekly schedule, and so both daylight-saving changes. */
const SAMPLE = 110;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Checks the schedule against real dates: it must produce a round within a year of its start,
 * no two rounds on the same local day, and each round must close before the next one opens
 * (checked round by round, so a "3 days" round and a daylight-saving change are judged as they
 * will really run).
 *
 * @example checkTiming({ cadence: { kind: 'weekly', weekday: 'MO' }, roundLength: { amount: 7, unit: 'days' }, … }, now)
 * // [{ field: 'roundLength', key: 'schedule.error.roundTooLongDays', vars: { days: 7 } }]
 */
export function checkTiming(timing: ScheduleTiming, now: Date): Problem[] {
  const rounds = occurrencesAfter(timing, now, SAMPLE);
  const start = Math.max(now.getTime(), floatingAt(timing.startDate, '00:00').getTime() - 14 * HOUR_MS);
  if (rounds.length === 0 || rounds[0].getTime() - start > 366 * DAY_MS) {
    return [{ field: timing.cadence.kind === 'rrule' ? 'rrule' : 'cadence', key: 'schedule.error.never' }];
  }
  // Real hours for rounds set in hours; local days for rounds in days (a week across a change is 167 real hours).
  let shortestReal = Infinity;
  let shortestLocal = Infinity;
  let overlaps = false;
  for (let i = 1; i < rounds.length; i++) {
    const localGap = toFloating(rounds[i], timing.timeZone).getTime() - toFloating(rounds[i - 1], timing.timeZone).getTime();
    // Whole local days apart, or it is more often than daily (a daily rule across DST is 23 or 25 real hours).
    if (localGap < DAY_MS) return [{ field: 'rrule', key: 'schedule.error.rruleTooOften' }];
    shortestLocal = Math.min(shortestLocal, localGap);
    shortestReal = Math.min(shortestReal, rounds[i].getTime() - rounds[i - 1].getTime());
    overlaps ||= closesAt(timing, rounds[i - 1]).getTime() >= rounds[i].getTime();
  }
  if (!overlaps) return [];
  const hours = Math.floor(shortestReal / HOUR_MS);
  return hours < 48
    ? [{ field: 'roundLength', key: 'schedule.error.roundTooLongHours', vars: { hours } }]
    : [{ field: 'roundLength', key: 'schedule.error.roundTooLongDays', vars: { days: Math.floor(shortestLocal / DAY_MS) } }];
}
