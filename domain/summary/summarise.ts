import type { ChoiceQuestion, ExerciseDefinition, ScaleQuestion } from '../exercise';
import type { SessionSettings } from '../session';
import type { AnswerTexts } from '../validation/answer';
import { summariseChoice, summariseScale, type ChoiceSummary, type ScaleSummary } from './distribution';
import { summariseGap, type GapSummary } from './gap';
import { summariseGroups, type GroupsSummary } from './groups';
import { summarisePerspectives, type PerspectivesSummary } from './perspectives';
import { givesWay, lowRatingComments, quotedInLowRatings, type LowRatings } from './low-ratings';
import type { SummaryContext } from './quotable-texts';
import { shuffled } from './themes';
import { repeated, type RepeatedChoice, type RepeatedScale } from './repeat-figures';

/** Scales, choices and a now/should-be gap, next to the themes of the free-text questions. */
export type MixedSummary =
  | { kind: 'mixed'; shown: false; k: number }
  | {
      kind: 'mixed';
      shown: true;
      k: number;
      respondents: number;
      texts: PerspectivesSummary;
      scales: (ScaleSummary | RepeatedScale)[];
      choices: (ChoiceSummary | RepeatedChoice)[];
      gap?: GapSummary;
      groups?: GroupsSummary;
      sides?: Sides;
      lowRatings?: LowRatings;
    };

/** The reasons given by those leaning to each side of a dilemma; each side needs k people of its own. */
export interface Sides {
  a: PerspectivesSummary;
  b: PerspectivesSummary;
}

export type Summary = PerspectivesSummary | MixedSummary;

/**
 * The answer phase's summary, by the exercise's summary kind. Free-text questions always get
 * themes; 'distribution' adds every scale and choice; 'gap' pairs the first two choice questions
 * as "now" and "should be"; 'groups' summarises the free-text questions after the group question
 * per professional group, with small-group suppression; 'distribution' and 'groups' add the comments
 * of the low ratings when k gave them (low-ratings.ts). Below k respondents nothing at all is shown.
 * `context` brings the team's names to mask and the texts everyone saw (quotable-texts.ts), and
 * the questions the team was asked before (`repeated`, repeat-rule.ts): their scales and choices
 * show nothing per answer, no gap or low ratings are drawn from them and a dilemma's reasons are
 * pooled when its position was asked before (repeat-figures.ts), so two runs' summaries do not
 * give away one person who left in between. New questions are shown as usual.
 */
export function summarise(def: ExerciseDefinition, answers: readonly AnswerTexts[], settings: Pick<SessionSettings, 'k' | 'distribution' | 'groups'>, context: SummaryContext = {}): Summary {
  const { k } = settings;
  const askedBefore = (id: string | undefined) => id !== undefined && (context.repeated ?? []).includes(id);
  const groupAt = def.questions.findIndex((q) => q.kind === 'group');
  const perGroup =
    def.summaryKind === 'groups' && groupAt >= 0
      ? def.questions
          .slice(groupAt + 1)
          .filter((q) => q.kind === 'freeText')
          .map((q) => q.id)
      : [];
  const freeText = { ...def, questions: def.questions.filter((q) => q.kind === 'freeText' && !perGroup.includes(q.id)) };
  // The lowest ratings' comments get a section of their own; a question whose other comments are too few gives way to it.
  // Not when the rated scale was asked before: whether k low ratings exist, and whose comments they are, moves with one person's rating.
  const rated = def.questions.find((q) => q.kind === 'scale')?.id;
  const lowRatings =
    (def.summaryKind === 'distribution' || def.summaryKind === 'groups') && answers.length >= k && !askedBefore(rated)
      ? lowRatingComments(
          def,
          answers,
          k,
          freeText.questions.map((q) => q.id),
          context,
        )
      : undefined;
  // A low rater's comment quoted there is not quoted again in its question's own section.
  const texts = summarisePerspectives(
    { ...freeText, questions: freeText.questions.filter((q) => !givesWay(lowRatings, q.id)) },
    answers,
    k,
    settings.distribution,
    shuffled,
    context,
    quotedInLowRatings(def, lowRatings),
  );
  if (def.summaryKind === 'perspectives' || def.summaryKind === 'themes') return texts;
  if (answers.length < k) return { kind: 'mixed', shown: false, k };
  const valuesOf = (id: string) => answers.map((a) => a[id]).filter((v): v is string => typeof v === 'string');
  const scaleQuestions = def.questions.filter((q): q is ScaleQuestion => q.kind === 'scale');
  const scales = scaleQuestions.map((q) => summariseScale(q, valuesOf(q.id), k)).map((s) => (askedBefore(s.questionId) ? repeated(s) : s));
  const choice = (q: ChoiceQuestion) => (askedBefore(q.id) ? repeated(summariseChoice(q, valuesOf(q.id), k)) : summariseChoice(q, valuesOf(q.id), k));
  const choiceQuestions = def.questions.filter((q): q is ChoiceQuestion => q.kind === 'choice');
  if (def.summaryKind === 'gap' && choiceQuestions.length >= 2 && !askedBefore(choiceQuestions[0].id) && !askedBefore(choiceQuestions[1].id)) {
    const gap = summariseGap(choiceQuestions[0], choiceQuestions[1], answers, k);
    return { kind: 'mixed', shown: true, k, respondents: answers.length, texts, scales, choices: choiceQuestions.slice(2).map(choice), gap };
  }
  if (def.summaryKind === 'sides' && scaleQuestions.length > 0) {
    const scale = scaleQuestions[0];
    const middle = (scale.min + scale.max) / 2;
    const reasons = { ...def, questions: def.questions.filter((q) => q.kind === 'freeText') };
    // A position asked before pools the reasons: which side a reason stood on is the leaver's answer by another name.
    if (askedBefore(scale.id)) return { kind: 'mixed', shown: true, k, respondents: answers.length, texts: summarisePerspectives(reasons, answers, k, 'all', shuffled, context), scales, choices: [] };
    const side = (lean: (n: number) => boolean) =>
      summarisePerspectives(
        reasons,
        answers.filter((a) => lean(Number(a[scale.id]))),
        k,
        'all',
        shuffled,
        context,
      );
    return {
      kind: 'mixed',
      shown: true,
      k,
      respondents: answers.length,
      texts: { kind: 'perspectives', shown: false, k },
      scales,
      choices: [],
      sides: { a: side((n) => n < middle), b: side((n) => n > middle) },
    };
  }
  const groups = perGroup.length ? summariseGroups(def.questions[groupAt].id, perGroup, answers, settings.groups ?? [], k, shuffled, context) : undefined;
  return { kind: 'mixed', shown: true, k, respondents: answers.length, texts, scales, choices: choiceQuestions.map(choice), ...(groups ? { groups } : {}), ...(lowRatings ? { lowRatings } : {}) };
}
