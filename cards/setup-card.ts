import type { ExerciseDefinition, Language } from '../domain/exercise';
import { K_DEFAULT, K_MAX, K_MIN } from '../domain/session';
import { GROUP_NAME_MAX, GROUPS_MAX, GROUPS_MIN, GROUPS_TEXT_MAX, splitGroups, TITLE_MAX } from '../domain/validation/settings';
import { t } from './i18n';
import { CUSTOM_ID, CUSTOM_QUESTION_CHARS } from '../domain/exercises/custom';
import { forVariant } from '../domain/exercise';
import { render, type AdaptiveCard } from './render';
import { teamSizeTexts } from './team-size-texts';
import type { SessionPlace } from '../domain/session';
import { chatWording } from './chat-naming';
import { canSkip, MEETING_MINUTES } from '../domain/meeting';

/**
 * The facilitator's private setup form; shown again with the problems and their values on a bad submit.
 * It asks only what applies to the exercise (and to the chosen variant), and says, with the channel's
 * member count when Teams gave it, how big a team the options need. `problems` are shown as errors;
 * `notes` are plain information, such as the next step after choosing a variant with its own fields.
 *
 * @example setupCard('da', dilemmaer, { variant: 'own' }, [], 12, ['Du har valgt »Vores eget dilemma«. …'])
 */
export function setupCard(
  lang: Language,
  def: ExerciseDefinition,
  values: Record<string, unknown> = {},
  problems: readonly string[] = [],
  members?: number,
  notes: readonly string[] = [],
  place?: Pick<SessionPlace, 'kind'>,
): AdaptiveCard {
  const shown = setupValues(lang, def, values);
  // Only the chosen variant's texts; another variant's appear when it is chosen and submitted (settings.ts).
  const texts = forVariant(def, shown.variant).facilitatorTexts ?? [];
  const hasPerspectives = def.distributions.includes('assigned');
  // The variants whose own fields the form does not show yet.
  const laterVariants = (def.variants ?? []).filter((v) => v.id !== shown.variant && (def.facilitatorTexts ?? []).some((f) => f.required && f.variants?.includes(v.id)));
  return render('setup', {
    heading: t(lang, 'setup.title'),
    exerciseTitle: t(lang, def.titleKey),
    titlePlaceholder: t(lang, def.titleKey),
    exerciseId: def.id,
    problems,
    notes,
    // Advice from the five principles, for the facilitator's eyes only (the setup form is private).
    guidance: def.guidanceKeys.map((k) => `• ${t(lang, k)}`),
    hasVariants: !!def.variants,
    isCustom: def.id === CUSTOM_ID,
    customRows: [1, 2, 3].map((n) => ({
      textId: `q${n}Text`,
      kindId: `q${n}Kind`,
      text: str(values[`q${n}Text`], ''),
      kind: str(values[`q${n}Kind`], 'freeText') === 'scale' ? 'scale' : 'freeText',
      placeholder: t(lang, 'setup.customQuestion', { n }),
    })),
    customMax: CUSTOM_QUESTION_CHARS,
    hasPerspectives,
    variantShown: shown.variant,
    variantFieldsLater: laterVariants.length > 0,
    teamSize: teamSizeTexts(lang, { k: shown.k, members, hasPerspectives, needsGroups: !!def.needsGroups, groups: groupCount(values.groups), place }),
    hasLaterPhases: def.phases.includes('proposals') || def.phases.includes('vote'),
    meetingPhases: { answer: def.phases.includes('answer'), proposals: def.phases.includes('proposals'), vote: def.phases.includes('vote') },
    meetingBounds: MEETING_MINUTES,
    canSkip: canSkip(def),
    variantChoices: (def.variants ?? []).map((v) => ({ title: t(lang, v.labelKey), value: v.id })),
    needsGroups: !!def.needsGroups,
    facilitatorTexts: texts.map((f) => ({
      id: `ft_${f.id}`,
      label: t(lang, f.labelKey),
      hint: t(lang, f.hintKey),
      maxChars: f.maxChars,
      limit: maxChars(lang, f.maxChars),
      value: str(values[`ft_${f.id}`], ''),
    })),
    titleMax: TITLE_MAX,
    groupsMax: GROUPS_TEXT_MAX,
    kMin: K_MIN,
    kMax: K_MAX,
    values: shown,
    labels: setupLabels(lang, def, laterVariants, place),
  });
}

/** What the form's inputs show: what was sent, else the defaults, each in the type its input takes. */
function setupValues(lang: Language, def: ExerciseDefinition, values: Record<string, unknown>) {
  // Only whole numbers are given back to an Input.Number; anything else starts empty.
  const days = (v: unknown) => (/^\d{1,2}$/.test(str(v, '')) ? str(v, '') : '');
  return {
    title: str(values.title, ''),
    k: num(values.k, K_DEFAULT),
    deadlineDate: str(values.deadlineDate, ''),
    deadlineTime: str(values.deadlineTime, ''),
    language: str(values.language, lang),
    distribution: str(values.distribution, 'all'),
    variant: str(values.variant, def.variants?.[0]?.id ?? ''),
    groups: str(values.groups, ''),
    groupAnswers: str(values.groupAnswers, 'anonymous') === 'joint' ? 'joint' : 'anonymous',
    proposalsDays: days(values.proposalsDays),
    voteDays: days(values.voteDays),
    pace: str(values.pace, 'days') === 'meeting' ? 'meeting' : 'days',
    answerMinutes: num(values.answerMinutes, MEETING_MINUTES.answer.default),
    proposalsMinutes: num(values.proposalsMinutes, MEETING_MINUTES.proposals.default),
    voteMinutes: num(values.voteMinutes, MEETING_MINUTES.vote.default),
    skipToResult: str(values.skipToResult, 'false') === 'true' ? 'true' : 'false',
  };
}

/** The form's fixed texts: labels, hints and limits. */
function setupLabels(lang: Language, def: ExerciseDefinition, laterVariants: readonly { labelKey: string }[], place?: Pick<SessionPlace, 'kind'>) {
  return {
    title: t(lang, 'setup.titleLabel'),
    titleLimit: maxChars(lang, TITLE_MAX),
    customLimit: maxChars(lang, CUSTOM_QUESTION_CHARS),
    variantFieldsLater: t(lang, chatWording(place, 'setup.variantFieldsLater'), { options: laterVariants.map((v) => `»${t(lang, v.labelKey)}«`).join(lang === 'da' ? ' eller ' : ' or ') }),
    teamSize: t(lang, 'setup.teamSize.title'),
    k: t(lang, 'setup.kLabel', { min: K_MIN, max: K_MAX }),
    kLocked: t(lang, 'setup.kLocked'),
    deadline: t(lang, 'setup.deadlineLabel'),
    language: t(lang, 'setup.languageLabel'),
    distribution: t(lang, 'setup.distributionLabel'),
    all: t(lang, 'setup.distribution.all'),
    assigned: t(lang, 'setup.distribution.assigned'),
    submit: t(lang, chatWording(place, 'setup.submit')),
    variant: def.variantLabelKey ? t(lang, def.variantLabelKey) : '',
    groups: t(lang, 'setup.groupsLabel'),
    groupsHint: t(lang, 'setup.groupsHint', { min: GROUPS_MIN, max: GROUPS_MAX, length: GROUP_NAME_MAX }),
    groupAnswers: t(lang, 'setup.groupAnswersLabel'),
    groupAnswersHint: t(lang, 'setup.groupAnswersHint'),
    groupAnswersAnonymous: t(lang, 'setup.groupAnswers.anonymous'),
    groupAnswersJoint: t(lang, 'setup.groupAnswers.joint'),
    phaseDays: t(lang, 'setup.phaseDaysLabel'),
    guidance: t(lang, 'setup.guidance'),
    customQuestions: t(lang, 'setup.customQuestions'),
    kindFreeText: t(lang, 'setup.customKind.freeText'),
    kindScale: t(lang, 'setup.customKind.scale'),
    saveTemplate: t(lang, 'setup.saveTemplate'),
    proposalsDays: t(lang, 'setup.proposalsDays'),
    voteDays: t(lang, 'setup.voteDays'),
    pace: t(lang, 'setup.paceLabel'),
    paceDays: t(lang, 'setup.pace.days'),
    paceMeeting: t(lang, 'setup.pace.meeting'),
    meetingMinutes: t(lang, 'setup.meetingMinutes'),
    answerMinutes: t(lang, 'setup.answerMinutes', { min: MEETING_MINUTES.answer.min, max: MEETING_MINUTES.answer.max }),
    proposalsMinutes: t(lang, 'setup.proposalsMinutes'),
    voteMinutes: t(lang, 'setup.voteMinutes'),
    skipToResult: t(lang, 'setup.skipToResult'),
  };
}

const maxChars = (lang: Language, max: number) => t(lang, 'setup.maxChars', { max });
const str = (v: unknown, fallback: string) => (typeof v === 'string' || typeof v === 'number' ? String(v) : fallback);

/** Input.Number takes a number: renderers ignore a string value and show an empty field. */
function num(v: unknown, fallback: number): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : fallback;
}

/** How many groups the facilitator has typed so far (one per line or comma-separated), if any. */
function groupCount(raw: unknown): number | undefined {
  const n = typeof raw === 'string' ? splitGroups(raw).length : 0;
  return n >= GROUPS_MIN ? n : undefined;
}
