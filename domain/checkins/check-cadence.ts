import type { Problem } from '../validation/problem';
import { checkRuleText, cleanRule } from './check-rrule';
import { CADENCE_KINDS, MONTHLY_NTHS, WEEKDAYS, type Cadence, type FormCadenceKind, type MonthlyNth, type Weekday } from './schedule';
import { fieldText } from '../validation/field-text';

/**
 * The cadence fields of the schedule card: `cadence` (weekly, biweekly, monthly, quarterly, rrule),
 * then `weekday` for the first four, `nth` (1–4, or -1 for "last") for monthly and quarterly,
 * `rrule` for a custom rule. A rule typed under "Avanceret" while another cadence is chosen is
 * refused rather than ignored, so nothing typed is silently dropped.
 *
 * @example checkCadence({ cadence: 'monthly', nth: '1', weekday: 'MO' }, [])
 * // { kind: 'monthly', nth: 1, weekday: 'MO' }
 * @example checkCadence({ cadence: 'weekly', weekday: 'MO', rrule: 'FREQ=DAILY' }, problems)
 * // undefined; problems gets { field: 'rrule', key: 'schedule.error.rruleNotChosen', vars: { cadence: 'schedule.form.cadence.weekly' } }
 */
export function checkCadence(input: Record<string, unknown>, problems: Problem[]): Cadence | undefined {
  const kind = fieldText(input.cadence) as FormCadenceKind;
  if (!CADENCE_KINDS.includes(kind)) {
    problems.push({ field: 'cadence', key: 'schedule.error.cadence' });
    return undefined;
  }
  const rule = fieldText(input.rrule);
  if (kind === 'rrule') {
    const found = checkRuleText(rule);
    problems.push(...found);
    return found.length ? undefined : { kind, rule: cleanRule(rule) };
  }
  if (rule) {
    problems.push({ field: 'rrule', key: 'schedule.error.rruleNotChosen', vars: { cadence: `schedule.form.cadence.${kind}` } });
    return undefined;
  }
  const weekday = fieldText(input.weekday).toUpperCase() as Weekday;
  if (!WEEKDAYS.includes(weekday)) problems.push({ field: 'weekday', key: 'schedule.error.weekday' });
  if (kind === 'weekly' || kind === 'biweekly') return WEEKDAYS.includes(weekday) ? { kind, weekday } : undefined;
  const nth = Number(fieldText(input.nth)) as MonthlyNth;
  if (!/^-?\d$/.test(fieldText(input.nth)) || !MONTHLY_NTHS.includes(nth)) problems.push({ field: 'nth', key: 'schedule.error.nth' });
  return WEEKDAYS.includes(weekday) && MONTHLY_NTHS.includes(nth) ? { kind, nth, weekday } : undefined;
}
