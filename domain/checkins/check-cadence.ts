import type { Problem } from '../validation/problem';
import { checkRuleText, cleanRule } from './check-rrule';
import { CADENCE_KINDS, MONTHLY_NTHS, WEEKDAYS, type Cadence, type CadenceKind, type MonthlyNth, type Weekday } from './schedule';
import { fieldText } from '../validation/field-text';

/**
 * The cadence fields of the schedule card: `cadence` (weekly, biweekly, monthly, rrule), then
 * `weekday` for the first three, `nth` (1–4, or -1 for "last") for monthly, `rrule` for a custom rule.
 *
 * @example checkCadence({ cadence: 'monthly', nth: '1', weekday: 'MO' }, [])
 * // { kind: 'monthly', nth: 1, weekday: 'MO' }
 */
export function checkCadence(input: Record<string, unknown>, problems: Problem[]): Cadence | undefined {
  const kind = fieldText(input.cadence) as CadenceKind;
  if (!CADENCE_KINDS.includes(kind)) {
    problems.push({ field: 'cadence', key: 'schedule.error.cadence' });
    return undefined;
  }
  if (kind === 'rrule') {
    const rule = fieldText(input.rrule);
    const found = checkRuleText(rule);
    problems.push(...found);
    return found.length ? undefined : { kind, rule: cleanRule(rule) };
  }
  const weekday = fieldText(input.weekday).toUpperCase() as Weekday;
  if (!WEEKDAYS.includes(weekday)) problems.push({ field: 'weekday', key: 'schedule.error.weekday' });
  if (kind !== 'monthly') return WEEKDAYS.includes(weekday) ? { kind, weekday } : undefined;
  const nth = Number(fieldText(input.nth)) as MonthlyNth;
  if (!/^-?\d$/.test(fieldText(input.nth)) || !MONTHLY_NTHS.includes(nth)) problems.push({ field: 'nth', key: 'schedule.error.nth' });
  return WEEKDAYS.includes(weekday) && MONTHLY_NTHS.includes(nth) ? { kind, nth, weekday } : undefined;
}
