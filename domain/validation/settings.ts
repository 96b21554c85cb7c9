import { DateTime } from 'luxon';
import { forVariant, type ExerciseDefinition, type Distribution, type Language } from '../exercise';
import { LANGUAGES } from '../exercise';
import { K_DEFAULT, K_MAX, K_MIN, type SessionSettings } from '../session';
import type { Checked, Problem } from './problem';
import { normalise } from './answer';
import { CUSTOM_ID, CUSTOM_QUESTION_CHARS, CUSTOM_QUESTIONS_MAX, type CustomSpec } from '../exercises/custom';
import { fieldText } from './field-text';
import { checkAssignedSize } from './team-size';
import { checkMeeting } from '../meeting';

export const TITLE_MAX = 120;
export const DEADLINE_MAX_DAYS = 90;
const DEFAULT_ZONE = 'Europe/Copenhagen';

/** Raw setup-form values as they arrive from a card: anything may be missing or of the wrong type. */
export type SetupInput = Record<string, unknown>;

/**
 * Turns the facilitator's setup form into settings, or says what is wrong with each field.
 * The deadline is read in the facilitator's time zone (Europe/Copenhagen when Teams gives none).
 * `members` is the channel's member count, when Teams gave it: "one perspective each" needs 3 × k
 * besides the facilitator (team-size.ts).
 */
export function checkSettings(def: ExerciseDefinition, input: SetupInput, now: Date, zone?: string, members?: number): Checked<SessionSettings> {
  const problems: Problem[] = [];
  const title = normalise(text(input.title)).replace(/\s+/g, ' ');
  if (title.length > TITLE_MAX) problems.push({ field: 'title', key: 'setup.error.titleTooLong', vars: { max: TITLE_MAX } });

  const k = checkK(input.k, problems) ?? NaN;
  const language = checkLanguage(input.language, problems);

  const distribution = text(input.distribution || 'all') as Distribution;
  if (!def.distributions.includes(distribution)) problems.push({ field: 'distribution', key: 'setup.error.distribution' });
  else if (distribution === 'assigned' && Number.isFinite(k)) problems.push(...checkAssignedSize(k, members));

  const variant = def.variants ? text(input.variant) : undefined;
  if (def.variants && !def.variants.some((v) => v.id === variant)) problems.push({ field: 'variant', key: 'setup.error.variant' });
  const groupsText = text(input.groups);
  const tooLong = def.needsGroups && groupsText.length > GROUPS_TEXT_MAX;
  if (tooLong) problems.push({ field: 'groups', key: 'setup.error.groupsTooLong', vars: { max: GROUPS_TEXT_MAX, length: groupsText.length } });
  const groups = def.needsGroups && !tooLong ? checkGroups(groupsText, problems) : undefined;
  const groupAnswers = def.needsGroups ? checkGroupAnswers(input.groupAnswers, problems) : undefined;

  const custom = def.id === CUSTOM_ID ? checkCustom(input, problems) : undefined;
  const phaseDays: Partial<Record<'proposals' | 'vote', number>> = {};
  for (const phase of ['proposals', 'vote'] as const) {
    const raw = text(input[`${phase}Days`]).trim();
    if (!raw || !def.phases.includes(phase)) continue;
    const days = /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
    if (days >= 1 && days <= PHASE_DAYS_MAX) phaseDays[phase] = days;
    else problems.push({ field: `${phase}Days`, key: 'setup.error.phaseDays', vars: { max: PHASE_DAYS_MAX } });
  }

  const facilitatorTexts: Record<string, string> = {};
  const texts = forVariant(def, variant).facilitatorTexts ?? [];
  // The form shows only the chosen variant's fields (cards/setup-card.ts). Another variant chosen
  // on it has fields the facilitator has not seen yet: show them, and say so, instead of "missing".
  const unseen = def.variants && text(input.variantShown) !== variant && texts.some((f) => f.variants && f.required && !normalise(text(input[`ft_${f.id}`])));
  if (unseen) problems.push({ field: 'variant', key: 'setup.note.variantFields', vars: { variant: def.variants?.find((v) => v.id === variant)?.labelKey ?? '' } });
  for (const f of unseen ? [] : texts) {
    const value = normalise(text(input[`ft_${f.id}`]));
    if (f.required && !value) problems.push({ field: `ft_${f.id}`, key: 'setup.error.facilitatorTextMissing', vars: { field: f.labelKey } });
    else if (value.length > f.maxChars) problems.push({ field: `ft_${f.id}`, key: 'setup.error.facilitatorTextTooLong', vars: { field: f.labelKey, max: f.maxChars, length: value.length } });
    else if (value) facilitatorTexts[f.id] = value;
  }

  const timeZone = zone && DateTime.local().setZone(zone).isValid ? zone : DEFAULT_ZONE;
  const deadline = checkDeadline(text(input.deadlineDate).trim(), text(input.deadlineTime).trim(), now, timeZone, problems);
  const meeting = checkMeeting(def, input, problems);
  // A meeting's minutes and a deadline in days cannot both hold: say which to clear rather than pick one.
  if (meeting && (deadline || Object.keys(phaseDays).length)) problems.push({ field: 'pace', key: 'setup.error.meetingWithDays' });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      title,
      k,
      language,
      distribution,
      timeZone,
      ...(deadline ? { deadline } : {}),
      ...(Object.keys(facilitatorTexts).length ? { facilitatorTexts } : {}),
      ...(variant ? { variant } : {}),
      ...(groups ? { groups } : {}),
      ...(groupAnswers === 'joint' ? { groupAnswers } : {}),
      ...(Object.keys(phaseDays).length ? { phaseDays } : {}),
      ...(meeting ? { meeting } : {}),
      ...(custom ? { custom } : {}),
    },
  };
}

function checkDeadline(date: string, time: string, now: Date, zone: string, problems: Problem[]): string | undefined {
  if (!date && !time) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || (time !== '' && !/^\d{2}:\d{2}(:\d{2})?$/.test(time))) {
    problems.push({ field: 'deadline', key: 'setup.error.deadlineFormat' });
    return undefined;
  }
  const local = DateTime.fromISO(`${date}T${time || '16:00'}`, { zone });
  if (!local.isValid) {
    problems.push({ field: 'deadline', key: 'setup.error.deadlineFormat' });
    return undefined;
  }
  const at = local.toUTC();
  if (at.toMillis() <= now.getTime()) problems.push({ field: 'deadline', key: 'setup.error.deadlinePast' });
  else if (at.toMillis() > now.getTime() + DEADLINE_MAX_DAYS * 86_400_000) {
    problems.push({ field: 'deadline', key: 'setup.error.deadlineFar', vars: { days: DEADLINE_MAX_DAYS } });
  }
  return at.toISO({ suppressMilliseconds: true }) ?? undefined;
}

export const PHASE_DAYS_MAX = 30;

/** A team's own questions: q1Text…q3Text, each free text or a scale (q1Kind…). At least one. */
function checkCustom(input: SetupInput, problems: Problem[]): CustomSpec | undefined {
  const questions: CustomSpec['questions'] = [];
  for (let n = 1; n <= CUSTOM_QUESTIONS_MAX; n++) {
    const question = normalise(text(input[`q${n}Text`])).replace(/\s+/g, ' ');
    if (!question) continue;
    if (question.length > CUSTOM_QUESTION_CHARS) problems.push({ field: `q${n}Text`, key: 'setup.error.customTooLong', vars: { n, max: CUSTOM_QUESTION_CHARS } });
    questions.push({ kind: text(input[`q${n}Kind`]) === 'scale' ? 'scale' : 'freeText', text: question });
  }
  if (questions.length === 0) problems.push({ field: 'q1Text', key: 'setup.error.customNone' });
  return questions.length ? { questions } : undefined;
}
export const GROUPS_MIN = 2;
export const GROUPS_MAX = 12;
export const GROUP_NAME_MAX = 60;
/**
 * The whole list as typed, on the setup form and the planlæg form alike: twelve names of 60
 * characters, one per line, fit. Both forms' maxLength is the same.
 */
export const GROUPS_TEXT_MAX = GROUPS_MAX * (GROUP_NAME_MAX + 1);

/**
 * A typed list of professional groups as names: one per line or separated by commas or
 * semicolons, spaces tidied, and a name typed twice (in any case) kept once, as first written.
 * The one reading of the list, for the forms' count and for checking alike.
 *
 * @example splitGroups('Lærere, pædagoger\nlærere ') // ['Lærere', 'pædagoger']
 */
export function splitGroups(raw: string): string[] {
  const names = raw
    .split(/[\n,;]/)
    .map((g) => normalise(g).replace(/\s+/g, ' '))
    .filter(Boolean);
  const key = (name: string) => name.toLocaleLowerCase('da');
  return names.filter((name, i) => names.findIndex((other) => key(other) === key(name)) === i);
}

/** The facilitator's list of professional groups, one per line (or separated by commas). */
export function checkGroups(raw: string, problems: Problem[]): string[] | undefined {
  const groups = splitGroups(raw);
  if (groups.length < GROUPS_MIN || groups.length > GROUPS_MAX || groups.some((g) => g.length > GROUP_NAME_MAX)) {
    problems.push({ field: 'groups', key: 'setup.error.groups', vars: { min: GROUPS_MIN, max: GROUPS_MAX, length: GROUP_NAME_MAX } });
    return undefined;
  }
  return groups;
}

/** Anonymous answers (the default, also when missing) or one named contribution per group (domain/group-answers/joint-part.ts). */
export function checkGroupAnswers(raw: unknown, problems: Problem[]): 'anonymous' | 'joint' | undefined {
  const value = raw === undefined || raw === null || raw === '' ? 'anonymous' : raw;
  if (value === 'anonymous' || value === 'joint') return value;
  problems.push({ field: 'groupAnswers', key: 'setup.error.groupAnswers' });
  return undefined;
}

/** k as the facilitator typed it: missing or blank means the default; anything else must be K_MIN–K_MAX. */
export function checkK(raw: unknown, problems: Problem[]): number | undefined {
  const kText = raw === undefined || raw === null || raw === '' ? String(K_DEFAULT) : fieldText(raw);
  const k = /^\d{1,3}$/.test(kText) ? Number(kText) : NaN;
  if (k >= K_MIN && k <= K_MAX) return k;
  problems.push({ field: 'k', key: 'setup.error.k', vars: { min: K_MIN, max: K_MAX } });
  return undefined;
}

export function checkLanguage(raw: unknown, problems: Problem[]): Language {
  const language = text(raw) as Language;
  if (!LANGUAGES.includes(language)) problems.push({ field: 'language', key: 'setup.error.language' });
  return language;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
