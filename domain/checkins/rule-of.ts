import { RRule, type Options } from 'rrule';
import { floatingAt } from './floating-time';
import type { ScheduleTiming, Weekday } from './schedule';

const RRULE_DAYS: Record<Weekday, typeof RRule.MO> = {
  MO: RRule.MO,
  TU: RRule.TU,
  WE: RRule.WE,
  TH: RRule.TH,
  FR: RRule.FR,
  SA: RRule.SA,
  SU: RRule.SU,
};

/**
 * The schedule's recurrence as an rrule in floating wall time (see floating-time.ts), starting
 * at the start date and the time of day. A custom rule is assumed checked (check-rrule.ts).
 *
 * @example ruleOf({ cadence: { kind: 'monthly', nth: 1, weekday: 'MO' }, timeOfDay: '09:00', startDate: '2027-01-01', … })
 * //   .after(new Date('2027-01-01T00:00:00Z')) // 2027-01-04T09:00:00.000Z, i.e. Monday 4 January at 09:00 local
 */
export function ruleOf(timing: Pick<ScheduleTiming, 'cadence' | 'timeOfDay' | 'startDate'>): RRule {
  const dtstart = floatingAt(timing.startDate, timing.timeOfDay);
  const at = { dtstart, byhour: [dtstart.getUTCHours()], byminute: [dtstart.getUTCMinutes()], bysecond: [0], tzid: null };
  const { cadence } = timing;
  switch (cadence.kind) {
    case 'weekly':
      return new RRule({ ...at, freq: RRule.WEEKLY, interval: 1, byweekday: [RRULE_DAYS[cadence.weekday]] });
    case 'biweekly':
      return new RRule({ ...at, freq: RRule.WEEKLY, interval: 2, wkst: RRule.MO, byweekday: [RRULE_DAYS[cadence.weekday]] });
    case 'monthly':
      return new RRule({ ...at, freq: RRule.MONTHLY, byweekday: [RRULE_DAYS[cadence.weekday].nth(cadence.nth)] });
    case 'quarterly': {
      // rrule counts every third month from dtstart's month, even when that month's day has passed.
      // Starting at the first such day on or after the start date means a plan made on 15 December
      // for "first Monday" begins in January, not in March.
      const day = [RRULE_DAYS[cadence.weekday].nth(cadence.nth)];
      const first = new RRule({ ...at, freq: RRule.MONTHLY, byweekday: day }).after(dtstart, true) ?? dtstart;
      return new RRule({ ...at, dtstart: first, freq: RRule.MONTHLY, interval: 3, byweekday: day });
    }
    case 'rrule':
      return new RRule({ ...parseRule(cadence.rule), ...at });
    case 'once': {
      // Its own date, whatever the start date says: exactly one occurrence.
      const once = floatingAt(cadence.date, timing.timeOfDay);
      return new RRule({ ...at, dtstart: once, freq: RRule.DAILY, count: 1 });
    }
    case 'meetingEnd':
      // recurrence.ts never asks: such a schedule has no times.
      throw new Error('ruleOf(): a schedule that runs at the end of meetings has no rule.');
  }
}

/**
 * The options of a custom rule, with or without its "RRULE:" prefix.
 *
 * @example parseRule('RRULE:FREQ=WEEKLY;BYDAY=MO,TH') // { freq: RRule.WEEKLY, byweekday: [RRule.MO, RRule.TH] }
 */
export function parseRule(rule: string): Partial<Options> {
  return RRule.parseString(rule.trim().replace(/^RRULE:/i, ''));
}
