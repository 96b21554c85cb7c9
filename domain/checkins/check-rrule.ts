import type { Problem } from '../validation/problem';
import { parseRule } from './rule-of';

export const RRULE_MAX_CHARS = 300;
export const RRULE_INTERVAL_MAX = 52;

const DAY = '(?:[+-]?(?:[1-9]|[1-4]\\d|5[0-3]))?(?:MO|TU|WE|TH|FR|SA|SU)';
const list = (item: string) => new RegExp(`^${item}(?:,${item})*$`);
const MONTHDAY = '-?(?:[1-9]|[12]\\d|3[01])';
const SETPOS = '-?(?:[1-9]|[1-9]\\d|[1-3]\\d\\d)';
/**
 * The parts of RFC 5545 a leader may use, each with the values it may take. rrule's own parser
 * accepts "FREQ=BOGUS" and "INTERVAL=abc" without a word, so every value is checked here first.
 * Not allowed: HOURLY and finer (no more often than daily), BYHOUR/BYMINUTE/BYSECOND (the time
 * of day is its own field), DTSTART and TZID (the start date and time zone are their own fields).
 */
const ALLOWED: Record<string, RegExp> = {
  FREQ: /^(?:DAILY|WEEKLY|MONTHLY|YEARLY)$/,
  INTERVAL: /^[1-9]\d?$/,
  BYDAY: list(DAY),
  BYMONTHDAY: list(MONTHDAY),
  BYMONTH: list('(?:[1-9]|1[0-2])'),
  BYSETPOS: list(SETPOS),
  WKST: /^(?:MO|TU|WE|TH|FR|SA|SU)$/,
  COUNT: /^[1-9]\d{0,2}$/,
  UNTIL: /^\d{8}(?:T\d{6}Z?)?$/,
};

/**
 * Checks a custom recurrence rule's text; whether it recurs often enough, and not too often, is
 * checked against real dates in check-timing.ts.
 *
 * @example checkRuleText('FREQ=MONTHLY;BYDAY=-1FR') // []
 * @example checkRuleText('FREQ=HOURLY') // [{ field: 'rrule', key: 'schedule.error.rruleTooOften' }]
 * @example checkRuleText('FREQ=BOGUS') // [{ field: 'rrule', key: 'schedule.error.rruleValue', vars: { part: 'FREQ' } }]
 */
export function checkRuleText(rule: string): Problem[] {
  const text = cleanRule(rule);
  if (!text) return [{ field: 'rrule', key: 'schedule.error.rruleEmpty' }];
  if (text.length > RRULE_MAX_CHARS) return [{ field: 'rrule', key: 'schedule.error.rruleTooLong', vars: { max: RRULE_MAX_CHARS } }];
  const seen = new Set<string>();
  for (const part of text.split(';')) {
    const [upper, value, ...rest] = part.split('=');
    // Say why HOURLY is refused: it is a real frequency, only too frequent for a round.
    if (upper === 'FREQ' && /^(?:HOURLY|MINUTELY|SECONDLY)$/.test(value ?? '')) return [{ field: 'rrule', key: 'schedule.error.rruleTooOften' }];
    if (!Object.hasOwn(ALLOWED, upper)) return [{ field: 'rrule', key: 'schedule.error.rrulePart', vars: { part: upper || part } }];
    if (seen.has(upper) || rest.length > 0 || !ALLOWED[upper].test(value ?? '')) {
      return [{ field: 'rrule', key: 'schedule.error.rruleValue', vars: { part: upper } }];
    }
    seen.add(upper);
  }
  if (!seen.has('FREQ')) return [{ field: 'rrule', key: 'schedule.error.rruleValue', vars: { part: 'FREQ' } }];
  if (Number(text.match(/INTERVAL=(\d+)/)?.[1] ?? 1) > RRULE_INTERVAL_MAX) return [{ field: 'rrule', key: 'schedule.error.rruleValue', vars: { part: 'INTERVAL' } }];
  if (seen.has('COUNT') && seen.has('UNTIL')) return [{ field: 'rrule', key: 'schedule.error.rruleValue', vars: { part: 'COUNT' } }];
  try {
    parseRule(text);
  } catch {
    // Our patterns are stricter than rrule's parser, so this is not expected; refuse rather than store.
    return [{ field: 'rrule', key: 'schedule.error.rruleValue', vars: { part: 'RRULE' } }];
  }
  return [];
}

/**
 * The rule as stored: upper case, no prefix, no spaces.
 *
 * @example cleanRule(' RRULE:freq=weekly; byday=mo ') // 'FREQ=WEEKLY;BYDAY=MO'
 */
export function cleanRule(rule: string): string {
  return rule
    .trim()
    .replace(/^RRULE:/i, '')
    .replace(/\s+/g, '')
    .toUpperCase();
}
