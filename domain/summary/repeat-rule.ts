import type { Question } from '../exercise';
import { buildCustomExercise } from '../exercises/custom';
import type { Session } from '../session';
import { sameQuestion } from './same-question';

/** What the rule needs to know of a session: which exercise, where, and what became of its summary. */
export type RunOf = Pick<Session, 'id' | 'exerciseId' | 'round' | 'place' | 'cancelledAt' | 'summaryPostedAt' | 'summaryWithheld' | 'state' | 'phase'> & {
  settings: Pick<Session['settings'], 'custom' | 'variant'>;
};

/**
 * Where the rule looks for an earlier run: the whole team, in any of its channels, since the
 * same people meet there; a group chat outside any team has only itself.
 *
 * @example inScope({ teamsChannelId: 'a', teamId: 'team-1' }, { teamsChannelId: 'b', teamId: 'team-1' }) // true
 */
export function inScope(current: RunOf['place'], earlier: RunOf['place']): boolean {
  return current.teamId ? earlier.teamId === current.teamId : !earlier.teamId && earlier.teamsChannelId === current.teamsChannelId;
}

/**
 * Whether `earlier` is a run that `current`'s questions are compared with (docs/anonymity.md,
 * "Figures across rounds"): another session of the same exercise and variant (dilemma, route) in
 * the same team (inScope) whose summary the team saw, or is about to see, with figures
 * (`earlierShown`: its stored summary was shown, not below k; a summary not stored yet counts as
 * shown). A run whose answers closed counts before its summary is posted: two runs closing at the
 * same moment each count the other, so neither shows exact figures beside the other's. A cancelled
 * session, one whose summary was withheld, one still taking answers, and check-in rounds (rounded
 * by their own rule) do not count. Which questions it asked too is repeatedQuestions'.
 *
 * @example countsAsEarlierRun(dilemmaInChannelA, { ...dilemmaInChannelB, id: 'older', summaryPostedAt: '2027-01-04T08:00:00Z' }, true) // true
 * @example countsAsEarlierRun(dilemmaInChannelA, { ...dilemmaInChannelA, id: 'older', cancelledAt: '2027-01-04T08:00:00Z' }, true) // false
 */
export function countsAsEarlierRun(current: RunOf, earlier: RunOf, earlierShown: boolean): boolean {
  if (earlier.id === current.id || current.round || earlier.round) return false;
  if (!inScope(current.place, earlier.place) || earlier.exerciseId !== current.exerciseId) return false;
  // Another dilemma or route asks something else.
  if (earlier.settings.variant !== current.settings.variant) return false;
  return !earlier.cancelledAt && !earlier.summaryWithheld && answersClosed(earlier) && earlierShown;
}

/** Whether a run's answer phase is over: its summary is posted, or due (closing, closed, or a later phase open). */
function answersClosed(run: RunOf): boolean {
  return !!run.summaryPostedAt || run.state !== 'open' || (run.phase ?? 'answer') !== 'answer';
}

/**
 * The ids of the questions `asked` in `current` that a counted earlier run (countsAsEarlierRun)
 * asked too: a catalogue exercise's questions all, by id; of a team's own exercise those the
 * earlier one had in the same words, give or take one (same-question.ts). Only these show
 * nothing per answer; a new question is shown as usual.
 *
 * @example repeatedQuestions(ownWithQuestion3Added, definitionOf(current).questions, ownBefore, true) // ['q1', 'q2']
 */
export function repeatedQuestions(current: RunOf, asked: readonly Question[], earlier: RunOf, earlierShown: boolean): string[] {
  if (!countsAsEarlierRun(current, earlier, earlierShown)) return [];
  if (!current.settings.custom) return asked.map((q) => q.id);
  const before = earlier.settings.custom ? buildCustomExercise(earlier.settings.custom).questions : [];
  return asked.filter((q) => before.some((b) => sameQuestion(q, b))).map((q) => q.id);
}

/**
 * The sessions among `others` worth reading the summary of: those that would repeat a question if their summary was shown.
 *
 * @example candidateRuns(current, definitionOf(current).questions, await deps.sessions.inTeam(teamId)) // the posted runs of the same exercise
 */
export function candidateRuns<T extends RunOf>(current: RunOf, asked: readonly Question[], others: readonly T[]): T[] {
  return others.filter((o) => repeatedQuestions(current, asked, o, true).length > 0);
}
