import { DateTime, IANAZone } from 'luxon';
import type { Checked, Problem } from '../validation/problem';
import { checkGroups, checkK, checkLanguage, GROUPS_MIN, GROUPS_TEXT_MAX } from '../validation/settings';
import { checkCadence } from './check-cadence';
import { checkTiming } from './check-timing';
import { DEFAULT_TIME_ZONE, type RoundLength, type ScheduleSettings } from './schedule';
import { checkinTemplate } from './templates';
import { RC_GROUPS_MAX, relationelKoordinering } from './templates/relationel-koordinering';
import { fieldText } from '../validation/field-text';
import { onTimeStep, readTimeOfDay } from './time-of-day';

export const ROUND_HOURS_MAX = 24 * 30;
export const ROUND_DAYS_MAX = 30;
export const REMINDERS_MAX = 3;
export const START_DAYS_MAX = 365;
/** The text fields' limits, which the form's maxLength repeats and its hints state, so a leader learns a limit before typing past it rather than from a refusal. */
export const TIME_ZONE_MAX_CHARS = 64;
export const REMINDERS_MAX_CHARS = 40;

/**
 * Turns the schedule card's values into settings, or says what is wrong with each field, with
 * string keys that have a Danish and an English text (cards/strings). Missing k, time zone and
 * start date take their defaults (5, Europe/Copenhagen, today in that zone). A time between two
 * five-minute steps is moved to the nearest one; savedChanges() tells the confirmation what moved.
 *
 * @example checkSchedule({ templateId: 'kerneopgave-tjek', cadence: 'monthly', nth: '1', weekday: 'MO', time: '09:00',
 *   roundAmount: '3', roundUnit: 'days', reminders: '24, 48', language: 'da' }, new Date('2027-01-10T12:00Z'))
 * // { ok: true, value: { templateId: 'kerneopgave-tjek', cadence: { kind: 'monthly', nth: 1, weekday: 'MO' }, timeOfDay: '09:00',
 * //   timeZone: 'Europe/Copenhagen', startDate: '2027-01-10', roundLength: { amount: 3, unit: 'days' }, k: 5, language: 'da', reminderHours: [24, 48] } }
 */
export function checkSchedule(input: Record<string, unknown>, now: Date): Checked<ScheduleSettings> {
  const problems: Problem[] = [];
  const template = checkinTemplate(fieldText(input.templateId));
  if (!template) problems.push({ field: 'templateId', key: 'schedule.error.template' });
  const cadence = checkCadence(input, problems);
  const timeOfDay = checkTime(fieldText(input.time), problems);
  const timeZone = checkZone(fieldText(input.timeZone), problems);
  const remindersRaw = withinLength(fieldText(input.reminders), REMINDERS_MAX_CHARS, 'reminders', problems);
  const startDate = timeZone ? checkStartDate(fieldText(input.startDate), now, timeZone, problems) : undefined;
  const roundLength = checkRoundLength(fieldText(input.roundAmount), fieldText(input.roundUnit), problems);
  const reminderHours = roundLength && remindersRaw !== undefined ? checkReminders(remindersRaw, roundLength, problems) : [];
  const k = checkK(input.k, problems);
  const language = checkLanguage(input.language, problems);
  const groups = template?.needsGroups ? checkScheduleGroups(fieldText(input.groups), template.id, problems) : undefined;
  if (problems.length > 0 || !template || !cadence || !timeOfDay || !timeZone || !startDate || !roundLength || k === undefined) return { ok: false, problems };
  const timing = { cadence, timeOfDay, timeZone, startDate, roundLength };
  const timingProblems = checkTiming(timing, now);
  if (timingProblems.length > 0) return { ok: false, problems: timingProblems };
  return { ok: true, value: { templateId: template.id, ...timing, k, language, reminderHours, ...(groups ? { groups } : {}) } };
}

/** "HH:MM" on a 24-hour clock ("9:00" is 09:00), on a five-minute step (time-of-day.ts). */
function checkTime(raw: string, problems: Problem[]): string | undefined {
  const time = readTimeOfDay(raw);
  if (time) return onTimeStep(time);
  problems.push({ field: 'time', key: 'schedule.error.time' });
  return undefined;
}

/** The text, or undefined with a problem when it is longer than the form's maxLength allows. */
function withinLength(raw: string, max: number, field: string, problems: Problem[]): string | undefined {
  if (raw.length <= max) return raw;
  problems.push({ field, key: 'schedule.error.tooLong', vars: { field: `schedule.form.${field}`, max } });
  return undefined;
}

/** An IANA zone name. Fixed offsets ("+01:00", "UTC+1") are refused: they ignore daylight saving. */
function checkZone(raw: string, problems: Problem[]): string | undefined {
  if (!raw) return DEFAULT_TIME_ZONE;
  if (withinLength(raw, TIME_ZONE_MAX_CHARS, 'timeZone', problems) === undefined) return undefined;
  // Intl gives the canonical spelling, so "europe/copenhagen" is stored as "Europe/Copenhagen".
  if (IANAZone.isValidZone(raw)) return new Intl.DateTimeFormat('en', { timeZone: raw }).resolvedOptions().timeZone;
  problems.push({ field: 'timeZone', key: 'schedule.error.timeZone' });
  return undefined;
}

function checkStartDate(raw: string, now: Date, zone: string, problems: Problem[]): string | undefined {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  if (!raw) return today.toISODate() ?? undefined;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? DateTime.fromISO(raw, { zone }) : undefined;
  if (!date?.isValid) problems.push({ field: 'startDate', key: 'schedule.error.startDateFormat' });
  else if (date < today) problems.push({ field: 'startDate', key: 'schedule.error.startDatePast' });
  else if (date.diff(today, 'days').days > START_DAYS_MAX) problems.push({ field: 'startDate', key: 'schedule.error.startDateFar', vars: { days: START_DAYS_MAX } });
  else return raw;
  return undefined;
}

function checkRoundLength(amountRaw: string, unitRaw: string, problems: Problem[]): RoundLength | undefined {
  const unit = unitRaw === 'hours' || unitRaw === 'days' ? unitRaw : undefined;
  const max = unit === 'hours' ? ROUND_HOURS_MAX : ROUND_DAYS_MAX;
  const amount = /^\d{1,3}$/.test(amountRaw) ? Number(amountRaw) : NaN;
  if (unit && amount >= 1 && amount <= max) return { amount, unit };
  problems.push({ field: 'roundLength', key: 'schedule.error.roundLength', vars: { hours: ROUND_HOURS_MAX, days: ROUND_DAYS_MAX } });
  return undefined;
}

/** Whole hours after the round opens, separated by commas or spaces; each before the round closes. */
function checkReminders(raw: string, round: RoundLength, problems: Problem[]): number[] {
  const parts = raw.split(/[\s,;]+/).filter(Boolean);
  const roundHours = round.unit === 'days' ? round.amount * 24 : round.amount;
  if (parts.length > REMINDERS_MAX || parts.some((p) => !/^\d{1,4}$/.test(p))) {
    problems.push({ field: 'reminders', key: 'schedule.error.reminders', vars: { max: REMINDERS_MAX } });
    return [];
  }
  const hours = [...new Set(parts.map(Number))].sort((a, b) => a - b);
  if (hours.some((h) => h < 1 || h >= roundHours)) problems.push({ field: 'reminders', key: 'schedule.error.reminderOutside', vars: { hours: roundHours } });
  return hours;
}

/** Relational coordination asks seven items per group, so it allows fewer groups than the other exercises. */
function checkScheduleGroups(raw: string, templateId: string, problems: Problem[]): string[] | undefined {
  if (withinLength(raw, GROUPS_TEXT_MAX, 'groups', problems) === undefined) return undefined;
  const groups = checkGroups(raw, problems);
  if (groups && templateId === relationelKoordinering.id && groups.length > RC_GROUPS_MAX) {
    problems.push({ field: 'groups', key: 'schedule.error.rcGroups', vars: { min: GROUPS_MIN, max: RC_GROUPS_MAX } });
    return undefined;
  }
  return groups;
}
