import type { ExerciseDefinition } from '../exercise';
import { summarise, type Summary } from '../summary/summarise';
import type { AnswerTexts } from '../validation/answer';
import { isCarriedQuestion, summariseCarried, type CarriedSummary } from './carry-forward';
import { coordinationFigures, scoreCoordination, type CoordinationScore } from './score-coordination';
import { meetingFigures, scoreMeeting, type MeetingScore } from './score-meeting';
import { scoreSocialCapital, socialCapitalFigures, type SocialCapitalScore } from './score-social-capital';
import { scoreUnderstanding, understandingFigures, type UnderstandingScore } from './score-understanding';
import type { RoundFigures } from './trends';
import type { CoarseFigure } from '../anonymity/coarse';
import { roundScale, type RoundScale } from './round-scale';

/**
 * The kerneopgave-tjek is scored as an ordinary summary whose scales are shown as `roundScales`
 * (round-scale.ts) and left out of `scales`; a summary stored before rounding has no `roundScales`.
 */
export type TjekScore = Summary & { roundScales?: RoundScale[] };

export type CheckinScore = TjekScore | SocialCapitalScore | CoordinationScore | MeetingScore | UnderstandingScore;

export interface CheckinSummary {
  score: CheckinScore;
  /** "Did we do it?" for each action carried from the last round. */
  carried: CarriedSummary[];
  /** This round's entry for trends.ts. */
  round: RoundFigures;
}

export interface RoundInput {
  dueAt: string;
  k: number;
  groups?: readonly string[];
  /** The actions carried into this round, in the order they were asked. */
  carried?: readonly string[];
  /** Each figure as an earlier round showed it exactly, before rounding (exact-figures.ts); rounded beside it. */
  exact?: Readonly<Record<string, number>>;
}

/**
 * A round's summary, by the template's summary kind. The kerneopgave-tjek uses the ordinary
 * summary (distributions of its two scales and themes of its two questions); the other four are
 * scored by their own files. Carried actions are summarised apart, each with its own k.
 *
 * @example summariseCheckin(roundDefinition(schedule, carried), answers, { dueAt: '2027-03-01T08:00:00Z', k: 5, carried })
 * // { score: { kind: 'mixed', scales: [], roundScales: […], … }, carried: [{ action, answers }],
 * //   round: { dueAt, metK: true, figures: { clarity: 4, solved: 3 }, steps: { clarity: 1, solved: 1 } } }
 */
export function summariseCheckin(def: ExerciseDefinition, answers: readonly AnswerTexts[], input: RoundInput): CheckinSummary {
  const { k } = input;
  const groups = input.groups ?? [];
  const [score, shown] = scoreOf(def, answers, k, groups, input.exact ?? {});
  const carried = summariseCarried(input.carried ?? [], answers, k);
  const figures = Object.fromEntries(Object.entries(shown).map(([item, f]) => [item, f.value]));
  const steps = Object.fromEntries(Object.entries(shown).map(([item, f]) => [item, f.step]));
  return { score, carried, round: { dueAt: input.dueAt, metK: answers.length >= k, figures, steps } };
}

function scoreOf(
  def: ExerciseDefinition,
  answers: readonly AnswerTexts[],
  k: number,
  groups: readonly string[],
  exact: Readonly<Record<string, number>>,
): [CheckinScore, Record<string, CoarseFigure>] {
  switch (def.summaryKind) {
    case 'socialCapital': {
      const s = scoreSocialCapital(answers, k, exact);
      return [s, socialCapitalFigures(s)];
    }
    case 'relationalCoordination': {
      const s = scoreCoordination(answers, groups, k, exact);
      return [s, coordinationFigures(s)];
    }
    case 'meetingRating': {
      const s = scoreMeeting(answers, k, exact);
      return [s, meetingFigures(s)];
    }
    case 'sharedUnderstanding': {
      const s = scoreUnderstanding(answers, groups, k, exact);
      return [s, understandingFigures(s)];
    }
    default: {
      // Carried items are summarised apart; left in, they would show up twice.
      const own = { ...def, questions: def.questions.filter((q) => !isCarriedQuestion(q.id)) };
      const s = summarise(own, answers, { k, distribution: 'all', groups: [...groups] });
      if (s.kind !== 'mixed' || !s.shown) return [s, {}];
      const roundScales = s.scales.map((x) => roundScale(x, exact[x.questionId]));
      const figures = Object.fromEntries(roundScales.flatMap((x) => (x.shown ? [[x.questionId, x.mean]] : [])));
      return [{ ...s, scales: [], roundScales }, figures];
    }
  }
}
