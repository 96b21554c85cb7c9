import type { Language } from '../domain/exercise';
import { GROUPS_TEXT_MAX } from '../domain/validation/settings';
import { REMINDERS_MAX, REMINDERS_MAX_CHARS, ROUND_DAYS_MAX, ROUND_HOURS_MAX, TIME_ZONE_MAX_CHARS } from '../domain/checkins/check-schedule';
import { RRULE_MAX_CHARS } from '../domain/checkins/check-rrule';
import { CADENCE_KINDS, DEFAULT_TIME_ZONE, MONTHLY_NTHS, WEEKDAYS } from '../domain/checkins/schedule';
import { TIME_STEP_MINUTES, timeSteps } from '../domain/checkins/time-of-day';
import { CHECKIN_TEMPLATES, checkinTemplate } from '../domain/checkins/templates';
import { RC_GROUPS_MAX } from '../domain/checkins/templates/relationel-koordinering';
import { K_MAX, K_MIN } from '../domain/session';
import { capitalise, nthName, weekdayName } from './cadence-text';
import { escapeMarkdown } from './escape';
import { t } from './i18n';
import { render, type AdaptiveCard } from './render';
import { SCHEDULE_FORM_DEFAULTS } from './schedule-values';
import { chatWording } from './chat-naming';
import type { SessionPlace } from '../domain/session';

export interface ScheduleCardOptions {
  /** What the form shows: the last submit's values, or scheduleFormValues() of the schedule being edited. */
  values?: Record<string, unknown>;
  /** Already translated (problemTexts in notice-card.ts) and not yet escaped, shown at the top. */
  problems?: readonly string[];
  /** Present when editing: sent back with the save, so a save from a stale card can be refused. */
  scheduleId?: string;
  version?: number;
  /** Where the schedule runs: a chat's form says "chatten". */
  place?: Pick<SessionPlace, 'kind'>;
}

/**
 * The private form to create or edit a recurring check-in. Its input ids are the field names
 * checkSchedule() reads, so a submit goes straight into it; on a bad submit the same card comes
 * back with the problems on top and everything typed kept.
 *
 * Every cadence field is always shown: a 1.5 card cannot show the weekday only once "weekly" is
 * picked, so each says which cadence it belongs to, and checkSchedule ignores the ones not used.
 * The custom rule and the time zone sit under "Avanceret", closed unless they hold something
 * other than their defaults (a closed section's inputs are still sent, with those defaults).
 * Times are a list in five-minute steps; a time typed otherwise (an older card) is kept as an
 * extra choice, so the form never shows a different time than the one sent.
 * When editing, the template is fixed (manage.ts refuses a change) and travels in the action's
 * data instead of an input.
 *
 * @example scheduleCard('da', {}) // verb 'schedule.save', data { verb: 'schedule.save' }
 * @example scheduleCard('da', { values: scheduleFormValues(s, now), scheduleId: s.id, version: s.version })
 * // verb 'schedule.save', data { verb: 'schedule.save', scheduleId: 's-1', version: 3, templateId: 'kerneopgave-tjek' }
 */
export function scheduleCard(lang: Language, options: ScheduleCardOptions = {}): AdaptiveCard {
  const value = formValue(lang, options.values ?? {});
  const editing = options.scheduleId !== undefined;
  const templateId = value('templateId');
  const template = checkinTemplate(templateId);
  const advancedOpen = value('cadence') === 'rrule' || value('rrule').trim() !== '' || value('timeZone').trim() !== DEFAULT_TIME_ZONE;
  return render('schedule', {
    heading: t(lang, editing ? 'schedule.form.titleEdit' : 'schedule.form.titleCreate'),
    intro: t(lang, chatWording(options.place, 'schedule.form.intro')),
    // Escaped although translated: a problem can quote what was typed (the unknown part of a custom rule).
    problems: (options.problems ?? []).map(escapeMarkdown),
    editing,
    templateFixed: template ? t(lang, 'schedule.form.templateFixed', { title: t(lang, template.titleKey) }) : '',
    ...scheduleChoices(lang, value('time')),
    advancedOpen,
    rruleMax: RRULE_MAX_CHARS,
    zoneMax: TIME_ZONE_MAX_CHARS,
    remindersMax: REMINDERS_MAX_CHARS,
    groupsMax: GROUPS_TEXT_MAX,
    // The larger of the two limits: the unit is picked beside the number, and a renderer that
    // checks max would otherwise block 48 hours while "days" is still selected. checkSchedule says which limit applies.
    roundMax: Math.max(ROUND_HOURS_MAX, ROUND_DAYS_MAX),
    kMin: K_MIN,
    kMax: K_MAX,
    values: scheduleValues(lang, value),
    saveData: { verb: 'schedule.save', ...(editing ? { scheduleId: options.scheduleId, version: options.version, templateId } : {}) },
    labels: scheduleLabels(lang),
  });
}

/** A field's value as sent, else the form's default (the language: the reader's), as text. */
function formValue(lang: Language, given: Record<string, unknown>): (name: string) => string {
  return (name) => {
    const v = given[name];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : String(SCHEDULE_FORM_DEFAULTS[name] ?? (name === 'language' ? lang : ''));
  };
}

/** The choice sets, in the reader's language. */
function scheduleChoices(lang: Language, time: string) {
  const steps = timeSteps();
  return {
    templateChoices: CHECKIN_TEMPLATES.map((d) => ({ title: t(lang, d.titleKey), value: d.id })),
    cadenceChoices: CADENCE_KINDS.map((kind) => ({ title: t(lang, `schedule.form.cadence.${kind}`), value: kind })),
    weekdayChoices: WEEKDAYS.map((day) => ({ title: capitalise(weekdayName(lang, day)), value: day })),
    nthChoices: MONTHLY_NTHS.map((nth) => ({ title: capitalise(nthName(lang, nth)), value: String(nth) })),
    unitChoices: (['hours', 'days'] as const).map((u) => ({ title: t(lang, `schedule.form.unit.${u}`), value: u })),
    timeChoices: [...(steps.includes(time) ? [] : [time]), ...steps].map((v) => ({ title: v, value: v })),
  };
}

/** What the form's inputs show, each in the type its input takes. */
function scheduleValues(lang: Language, value: (name: string) => string) {
  return {
    templateId: value('templateId'),
    cadence: value('cadence'),
    weekday: value('weekday'),
    nth: value('nth'),
    rrule: value('rrule'),
    time: value('time'),
    timeZone: value('timeZone'),
    startDate: value('startDate'),
    // Input.Number takes a number: a renderer shows a string value as an empty field.
    roundAmount: numberOr(value('roundAmount'), SCHEDULE_FORM_DEFAULTS.roundAmount),
    roundUnit: value('roundUnit') === 'hours' ? 'hours' : 'days',
    reminders: value('reminders'),
    k: numberOr(value('k'), SCHEDULE_FORM_DEFAULTS.k),
    language: value('language') === 'en' ? 'en' : value('language') === 'da' ? 'da' : lang,
    // Typed text goes back into inputs as typed: inputs show no markdown, so nothing is escaped here.
    groups: value('groups'),
  };
}

/** The form's fixed texts: labels, hints and limits. */
function scheduleLabels(lang: Language) {
  return {
    template: t(lang, 'schedule.form.template'),
    cadence: t(lang, 'schedule.form.cadence'),
    weekday: t(lang, 'schedule.form.weekday'),
    weekdayHint: t(lang, 'schedule.form.weekdayHint'),
    nth: t(lang, 'schedule.form.nth'),
    nthHint: t(lang, 'schedule.form.nthHint'),
    rrule: t(lang, 'schedule.form.rrule'),
    rruleHint: t(lang, 'schedule.form.rruleHint', { max: RRULE_MAX_CHARS }),
    time: t(lang, 'schedule.form.time'),
    timeHint: t(lang, 'schedule.form.timeHint', { step: TIME_STEP_MINUTES }),
    advanced: t(lang, 'schedule.form.advanced'),
    advancedHint: t(lang, 'schedule.form.advancedHint'),
    timeZone: t(lang, 'schedule.form.timeZone'),
    timeZoneHint: t(lang, 'schedule.form.timeZoneHint', { max: TIME_ZONE_MAX_CHARS }),
    startDate: t(lang, 'schedule.form.startDate'),
    startDateHint: t(lang, 'schedule.form.startDateHint'),
    roundLength: t(lang, 'schedule.form.roundLength'),
    reminders: t(lang, 'schedule.form.reminders'),
    remindersHint: t(lang, 'schedule.form.remindersHint', { max: REMINDERS_MAX, chars: REMINDERS_MAX_CHARS }),
    k: t(lang, 'schedule.form.k'),
    kHint: t(lang, 'schedule.form.kHint', { min: K_MIN }),
    language: t(lang, 'schedule.form.language'),
    groups: t(lang, 'schedule.form.groups'),
    groupsHint: t(lang, 'schedule.form.groupsHint', { max: RC_GROUPS_MAX, chars: GROUPS_TEXT_MAX }),
    save: t(lang, 'schedule.form.save'),
  };
}

/** A whole number for an Input.Number; anything else shows the default rather than an empty field. */
function numberOr(raw: string, fallback: string | number | undefined): number {
  return /^\d{1,3}$/.test(raw.trim()) ? Number(raw) : Number(fallback);
}
