import type { Language } from '../exercise';

/**
 * A leader's recurring check-in: which template, when rounds open, how long they stay
 * open, and who may change it. Pure data; storage and the scheduler live elsewhere.
 */

/** Weekdays as RFC 5545 writes them, so a custom RRULE and the simple cadences share one vocabulary. */
export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** "First", "second", … or "last" weekday of the month (or of every third month). No fifth: most months do not have one. */
export type MonthlyNth = 1 | 2 | 3 | 4 | -1;
export const MONTHLY_NTHS: readonly MonthlyNth[] = [1, 2, 3, 4, -1];

/**
 * How often a round opens. The time of day and the time zone are separate fields, so a custom
 * rule may not carry BYHOUR, DTSTART or TZID (domain/checkins/check-rrule.ts).
 */
export type Cadence =
  | { kind: 'weekly'; weekday: Weekday }
  | { kind: 'biweekly'; weekday: Weekday }
  | { kind: 'monthly'; nth: MonthlyNth; weekday: Weekday }
  /** Every third month, counted from the first month with such a day on or after the start date (rule-of.ts). */
  | { kind: 'quarterly'; nth: MonthlyNth; weekday: Weekday }
  | { kind: 'rrule'; rule: string }
  /**
   * One round on a local date ("YYYY-MM-DD") at the time of day: a follow-up planned from a result
   * (follow-up.ts). Not offered on the form, so a typed rule is never taken for one.
   */
  | { kind: 'once'; date: string }
  /**
   * No rule: a round opens when a meeting in the schedule's chat ends (dialogs/meeting-rating.ts),
   * so the scheduler never opens one. Set by "mødevurdering til", never on the form.
   */
  | { kind: 'meetingEnd' };

export type CadenceKind = Cadence['kind'];
/** The cadences the form offers, in its order; a custom rule last, since it is written under "Avanceret". A one-off and a meeting's end are not offered. */
export type FormCadenceKind = Exclude<CadenceKind, 'once' | 'meetingEnd'>;
export const CADENCE_KINDS: readonly FormCadenceKind[] = ['weekly', 'biweekly', 'monthly', 'quarterly', 'rrule'];

/**
 * How long a round stays open. Days are calendar days in the schedule's zone (a round opening
 * Monday 09:00 for 3 days closes Thursday 09:00, also across a daylight-saving change); hours are real hours.
 */
export interface RoundLength {
  amount: number;
  unit: 'hours' | 'days';
}

/** Everything recurrence needs to know. */
export interface ScheduleTiming {
  cadence: Cadence;
  /** Local wall time, "HH:MM". */
  timeOfDay: string;
  /** IANA zone, e.g. Europe/Copenhagen. */
  timeZone: string;
  /** Local date "YYYY-MM-DD" from which rounds may open; anchors "every 2 weeks". */
  startDate: string;
  roundLength: RoundLength;
}

/** What the leader chooses on the schedule card, once checked. */
export interface ScheduleSettings extends ScheduleTiming {
  templateId: string;
  /** Anonymity threshold for every round (docs/anonymity.md, rule 4). */
  k: number;
  language: Language;
  /** Reminders, in whole hours after a round opens; each falls before the round closes. */
  reminderHours: number[];
  /** Professional groups, for templates that ask for one. */
  groups?: string[];
}

export interface SchedulePerson {
  id: string;
  name: string;
}

export interface CheckinSchedule extends ScheduleSettings {
  /** Shape of this record; bump and migrate when fields change. */
  schema: 1;
  id: string;
  /**
   * Goes up by one with every change (edit, pause, resume, co-facilitators), so a round can say
   * which version opened it and a stale card's edit can be refused.
   */
  version: number;
  /** The creator: with the co-facilitators, the only people who may change the schedule. */
  owner: SchedulePerson;
  coFacilitators: SchedulePerson[];
  paused: boolean;
  /** ISO instant; no round due before this is ever opened. */
  createdAt: string;
  /** ISO instant of the last edit or resume; no round due before it is opened either. */
  changedAt?: string;
  /**
   * Set on a one-off once its round has been dealt with: `opened` if the round was posted (its
   * actions went into the round's session), false if its time passed unopened. Such a schedule is
   * deleted by the retention sweep (docs/data.md).
   */
  ended?: { at: string; opened: boolean };
}

export const SCHEDULE_SCHEMA = 1;
export const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';
