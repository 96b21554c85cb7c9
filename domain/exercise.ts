/**
 * An exercise is data: its phases, the questions it asks and how its answers are summarised.
 * Texts are string keys (cards/strings/*.json), so a definition holds no language.
 */
export type Language = 'da' | 'en';
export const LANGUAGES: readonly Language[] = ['da', 'en'];

/**
 * The phases a session moves through, in the order the definition lists them:
 * - answer: anonymous individual answers to the questions; ends with a summary and a discussion prompt;
 * - proposals: anonymous proposals (a formulation, an action, an idea);
 * - vote: each person votes for up to N proposals; ends with the ranked list;
 * - result: the facilitator writes down what the team agreed, and who does what.
 */
export type PhaseKind = 'answer' | 'proposals' | 'vote' | 'result';

export interface FreeTextQuestion extends InVariants {
  kind: 'freeText';
  /** Stable id, used as the card input id and the stored field name. */
  id: string;
  /** String keys for the label and the hint shown under it. */
  labelKey: string;
  hintKey: string;
  maxChars: number;
}

/** A position on a numbered scale, e.g. 1 "helt uenig" … 5 "helt enig". */
export interface ScaleQuestion extends InVariants {
  kind: 'scale';
  id: string;
  labelKey: string;
  hintKey?: string;
  min: number;
  max: number;
  minLabelKey: string;
  maxLabelKey: string;
  /**
   * Values for placeholders in the label, e.g. `{ group: 'Pædagoger' }` for a check-in item
   * that names the professional group being rated. Written by people, so escape them when shown.
   */
  labelVars?: Readonly<Record<string, string>>;
}

/** One of a fixed set of options, e.g. the four degrees of involvement. */
export interface ChoiceQuestion extends InVariants {
  kind: 'choice';
  id: string;
  labelKey: string;
  hintKey?: string;
  options: readonly { value: string; labelKey: string }[];
}

/** The participant's professional group, from the list the facilitator set up for the session. */
export interface GroupQuestion extends InVariants {
  kind: 'group';
  id: string;
  labelKey: string;
  hintKey?: string;
}

export type Question = FreeTextQuestion | ScaleQuestion | ChoiceQuestion | GroupQuestion;

/**
 * How the answer phase is summarised:
 * - perspectives: themes per free-text question, and what the questions share and where they differ;
 * - themes: themes per free-text question, no comparison;
 * - distribution: for scale and choice questions, the spread of answers (and themes for free text);
 * - gap: pairs of choice questions ("now" and "should be") shown side by side with the gap;
 * - groups: free text per professional group, with small-group suppression;
 * - sides: a position on a scale between two sides, and the reasons given on each side.
 * The recurring check-ins (domain/checkins) each have their own kind, scored by
 * domain/checkins/summarise-checkin.ts; summarise() treats them like 'distribution' until then:
 * - coreTaskCheck, socialCapital, relationalCoordination, meetingRating, sharedUnderstanding.
 */
export type SummaryKind =
  'perspectives' | 'themes' | 'distribution' | 'gap' | 'groups' | 'sides' | 'coreTaskCheck' | 'socialCapital' | 'relationalCoordination' | 'meetingRating' | 'sharedUnderstanding';

/** Limits a question or facilitator text to some of the exercise's variants (a route, a dilemma). */
export interface InVariants {
  variants?: readonly string[];
}

/** A version of the exercise the facilitator picks at setup: a route to take, a dilemma to discuss. */
export interface Variant {
  id: string;
  labelKey: string;
  /** Shown on the exercise card, e.g. the dilemma itself. */
  descriptionKey?: string;
}

/** Something the facilitator writes when setting up, shown on the card (the change, the leader's proposal, a dilemma). */
export interface FacilitatorText extends InVariants {
  id: string;
  labelKey: string;
  hintKey: string;
  maxChars: number;
  required: boolean;
}

export interface ExerciseDefinition {
  id: string;
  /** Bump when questions change, so stored sessions of an older shape are recognised. */
  version: number;
  titleKey: string;
  introKey: string;
  phases: readonly PhaseKind[];
  questions: readonly Question[];
  /** Short advice for the facilitator, drawn from seed 001's five principles. */
  guidanceKeys: readonly string[];
  /** Versions to choose between at setup; questions and facilitator texts may belong to some of them. */
  variants?: readonly Variant[];
  variantLabelKey?: string;
  /** Whether participants pick a professional group from a list the facilitator writes at setup. */
  needsGroups?: boolean;
  /** What the facilitator fills in at setup, if anything. */
  facilitatorTexts?: readonly FacilitatorText[];
  /** Prompts for the later phases. */
  proposalPromptKey?: string;
  /** Several owned items per person instead of one proposal ("Tid til kerneopgaven", domain/exercises/tid.ts). */
  proposalItems?: ProposalItems;
  votePromptKey?: string;
  resultPromptKey?: string;
  /** How answers may be split across participants; 'assigned' gives each person one question. */
  distributions: readonly Distribution[];
  summaryKind: SummaryKind;
  discussionKey: string;
}

export type Distribution = 'all' | 'assigned';

/** Up to `max` items from one person, each with who owns the rule or task (one of `owners`). */
export interface ProposalItems {
  max: number;
  owners: readonly string[];
}

/**
 * A text written by a person rather than a string key (a team's own question). It is shown as
 * written, in every language. cards/i18n.ts recognises the prefix.
 */
export const LITERAL = '=';
export const literal = (text: string) => `${LITERAL}${text}`;

/** How many proposals each person may vote for. */
export const VOTES_PER_PERSON = 3;

/**
 * The definition as one session runs it: only the questions and facilitator texts of the
 * variant the facilitator picked.
 */
export function forVariant(def: ExerciseDefinition, variant: string | undefined): ExerciseDefinition {
  const applies = (x: InVariants) => !x.variants || (variant !== undefined && x.variants.includes(variant));
  return { ...def, questions: def.questions.filter(applies), facilitatorTexts: def.facilitatorTexts?.filter(applies) };
}

export function questionById(def: ExerciseDefinition, id: string): Question | undefined {
  return def.questions.find((q) => q.id === id);
}

/** Every string key a definition names, so a test can check both languages have them all. */
export function stringKeysOf(def: ExerciseDefinition): string[] {
  const question = (q: Question): (string | undefined)[] => [
    q.labelKey,
    q.hintKey,
    ...(q.kind === 'scale' ? [q.minLabelKey, q.maxLabelKey] : []),
    ...(q.kind === 'choice' ? q.options.map((o) => o.labelKey) : []),
  ];
  const keys = [
    def.titleKey,
    def.introKey,
    def.discussionKey,
    def.proposalPromptKey,
    def.votePromptKey,
    def.resultPromptKey,
    ...def.guidanceKeys,
    ...def.questions.flatMap(question),
    ...(def.facilitatorTexts ?? []).flatMap((f) => [f.labelKey, f.hintKey]),
    def.variantLabelKey,
    ...(def.variants ?? []).flatMap((v) => [v.labelKey, v.descriptionKey]),
  ];
  return keys.filter((k): k is string => typeof k === 'string');
}
