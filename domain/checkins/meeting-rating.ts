import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Language } from '../exercise';
import { K_DEFAULT, type SessionRound } from '../session';
import type { Checked } from '../validation/problem';
import type { CheckinSchedule, ScheduleSettings } from './schedule';
import { moedevurdering } from './templates/moedevurdering';

/** How long the rating stays open after a meeting unless the facilitator says otherwise, and the bounds she may choose in. */
export const MEETING_RATING_HOURS = { default: 24, min: 1, max: 168 } as const;

/** What "mødevurdering …" asks for: to see the setting, to switch it on for some hours, or off. */
export type MeetingRatingSwitch = { show: true } | { on: true; hours: number } | { on: false };

const ON = ['til', 'on'];
const OFF = ['fra', 'off'];

/**
 * The words after "mødevurdering" (or "meeting rating"), checked.
 *
 * @example meetingRatingSwitch('til') // { ok: true, value: { on: true, hours: 24 } }
 * @example meetingRatingSwitch('on 48') // { ok: true, value: { on: true, hours: 48 } }
 * @example meetingRatingSwitch('til 200') // { ok: false, problems: [{ key: 'meetingRating.error.hours', vars: { min: 1, max: 168 } }] }
 */
export function meetingRatingSwitch(rest: string): Checked<MeetingRatingSwitch> {
  const [word = '', hoursText, ...more] = rest.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (word === '') return { ok: true, value: { show: true } };
  if (OFF.includes(word) && hoursText === undefined) return { ok: true, value: { on: false } };
  if (!ON.includes(word)) return { ok: false, problems: [{ key: 'meetingRating.error.word' }] };
  if (hoursText === undefined) return { ok: true, value: { on: true, hours: MEETING_RATING_HOURS.default } };
  const hours = /^\d{1,3}$/.test(hoursText) && more.length === 0 ? Number(hoursText) : NaN;
  if (hours >= MEETING_RATING_HOURS.min && hours <= MEETING_RATING_HOURS.max) return { ok: true, value: { on: true, hours } };
  return { ok: false, problems: [{ key: 'meetingRating.error.hours', vars: { min: MEETING_RATING_HOURS.min, max: MEETING_RATING_HOURS.max } }] };
}

/** Every meeting rating's schedule id starts so; a schedule saved from the form or a follow-up never does. */
const MEETING_ID_PREFIX = 's-meeting-';

/**
 * The one meeting-rating schedule of a chat: its id follows from the chat, so every meeting of the
 * chat's series files its round in the same history (the trend), and switching on twice finds it.
 *
 * @example meetingScheduleId('19:meeting_abc@thread.v2') // 's-meeting-' and 16 hex characters
 */
export function meetingScheduleId(chatId: string): string {
  return `${MEETING_ID_PREFIX}${createHash('sha256').update(`meeting-rating|${chatId}`).digest('hex').slice(0, 16)}`;
}

/**
 * Whether a round was opened by a meeting's end (its card says "Vurdering efter mødet", not "Runde i et fast tjek").
 * The round says so itself; one stored before it did is known by its schedule's id.
 *
 * @example isMeetingRound({ scheduleId: 's-0123456789abcdef', afterMeeting: true }) // true
 * @example isMeetingRound({ scheduleId: meetingScheduleId('19:meeting_abc@thread.v2') }) // true: an older round
 */
export function isMeetingRound(round: Pick<SessionRound, 'scheduleId' | 'afterMeeting'>): boolean {
  return round.afterMeeting ?? round.scheduleId.startsWith(MEETING_ID_PREFIX);
}

/** Whether the schedule opens its rounds at the end of meetings rather than by a rule. */
export function isAfterMeeting(schedule: Pick<CheckinSchedule, 'cadence'>): boolean {
  return schedule.cadence.kind === 'meetingEnd';
}

/**
 * The settings of a chat's meeting rating: the four-item template, open `hours` after each meeting,
 * no reminders (the meeting has just been), at the usual k.
 *
 * @example meetingRatingSettings(24, 'da', 'Europe/Copenhagen', now) // { templateId: 'moedevurdering', cadence: { kind: 'meetingEnd' }, roundLength: { amount: 24, unit: 'hours' }, k: 5, … }
 */
export function meetingRatingSettings(hours: number, language: Language, timeZone: string, now: Date): ScheduleSettings {
  return {
    templateId: moedevurdering.id,
    cadence: { kind: 'meetingEnd' },
    // Unused without a rule; set so the schedule reads like any other.
    timeOfDay: '00:00',
    startDate: DateTime.fromJSDate(now, { zone: timeZone }).toFormat('yyyy-MM-dd'),
    timeZone,
    roundLength: { amount: hours, unit: 'hours' },
    k: K_DEFAULT,
    language,
    reminderHours: [],
  };
}

/**
 * When the round for a meeting that ended at `endTime` (Teams' EndTime) is due: that instant to
 * the second, so a redelivered event names the same round. Undefined when it is no time.
 *
 * @example meetingDue('2027-03-01T10:00:17.4388966Z') // 2027-03-01T10:00:17.000Z
 */
export function meetingDue(endTime: unknown): Date | undefined {
  const at = typeof endTime === 'string' ? Date.parse(endTime) : NaN;
  return Number.isFinite(at) ? new Date(Math.floor(at / 1000) * 1000) : undefined;
}
