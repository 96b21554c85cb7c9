import type { ExerciseDefinition } from '../exercise';
import { summarise, type Summary } from '../summary/summarise';
import type { AnswerTexts } from '../validation/answer';
import { isCarriedQuestion, summariseCarried, type CarriedSummary } from './carry-forward';
import { coordinationFigures, scoreCoordination, type CoordinationScore } from './score-coordination';
import { meetingFigures, scoreMeeting, type MeetingScore } from './score-meeting';
import { scoreSocialCapital, socialCapitalFigures, type SocialCapitalScore } from './score-social-capital';
import { scoreUnderstanding, understandingFigures, type UnderstandingScore } from './score-understanding';
import type { RoundFigures } from './trends';

export type CheckinScore = Summary | SocialCapitalScore | CoordinationScore | MeetingScore | UnderstandingScore;

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
}

/**
 * A round's summary, by the template's summary kind. The kerneopgave-tjek uses the ordinary
 * summary (distributions of its two scales and themes of its two questions); the other four are
 * scored by their own files. Carried actions are summarised apart, each with its own k.
 *
 * @example summariseCheckin(roundDefinition(schedule, carried), answers, { dueAt: '2027-03-01T08:00:00Z', k: 5, carried })
 * // { score: { kind: 'mixed', … }, carried: [{ action, answers }], round: { dueAt, metK: true, figures: { clarity: 3.8, solved: 3.2 } } }
 */
export function summariseCheckin(def: ExerciseDefinition, answers: readonly AnswerTexts[], input: RoundInput): CheckinSummary {
  const { k } = input;
  const groups = input.groups ?? [];
  const [score, figures] = scoreOf(def, answers, k, groups);
  const carried = summariseCarried(input.carried ?? [], answers, k);
  return { score, carried, round: { dueAt: input.dueAt, metK: answers.length >= k, figures } };
}

function scoreOf(def: ExerciseDefinition, answers: readonly AnswerTexts[], k: number, groups: readonly string[]): [CheckinScore, Record<string, number>] {
  switch (def.summaryKind) {
    case 'socialCapital': {
      const s = scoreSocialCapital(answers, k);
      return [s, socialCapitalFigures(s)];
    }
    case 'relationalCoordination': {
      const s = scoreCoordination(answers, groups, k);
      return [s, coordinationFigures(s)];
    }
    case 'meetingRating': {
      const s = scoreMeeting(answers, k);
      return [s, meetingFigures(s)];
    }
    case 'sharedUnderstanding': {
      const s = scoreUnderstanding(answers, groups, k);
      return [s, understandingFigures(s)];
    }
    default: {
      // Carried items are summarised apart; left in, they would show up twice.
      const own = { ...def, questions: def.questions.filter((q) => !isCarriedQuestion(q.id)) };
      const s = summarise(own, answers, { k, distribution: 'all', groups: [...groups] });
      const figures = s.kind === 'mixed' && s.shown ? Object.fromEntries(s.scales.flatMap((x) => (x.shown ? [[x.questionId, x.mean]] : []))) : {};
      return [s, figures];
    }
  }
}
