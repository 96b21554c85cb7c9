import type { Session } from '../session';

/** What the rule needs to know of a session: which exercise, where, and what became of its summary. */
export type RunOf = Pick<Session, 'id' | 'exerciseId' | 'round' | 'place' | 'cancelledAt' | 'summaryPostedAt'> & { settings: Pick<Session['settings'], 'custom' | 'variant'> };

/**
 * Whether `earlier` makes `current` a re-run whose figures must not be shown (docs/anonymity.md,
 * "Figures across rounds"): another session of the same exercise in the same channel whose summary
 * the team saw, with figures (`earlierShown`: its stored summary was shown, not below k). Another
 * variant (dilemma, route) or a team's own exercise with other questions does not count: it asks
 * something else. A cancelled session, one whose summary was
 * never posted, and check-in rounds (rounded by their own rule) do not count.
 *
 * @example countsAsEarlierRun(dilemmaInChannelA, { ...dilemmaInChannelA, id: 'older', summaryPostedAt: '2027-01-04T08:00:00Z' }, true) // true
 * @example countsAsEarlierRun(dilemmaInChannelA, { ...dilemmaInChannelA, id: 'older', cancelledAt: '2027-01-04T08:00:00Z' }, true) // false
 */
export function countsAsEarlierRun(current: RunOf, earlier: RunOf, earlierShown: boolean): boolean {
  if (earlier.id === current.id || current.round || earlier.round) return false;
  if (earlier.place.teamsChannelId !== current.place.teamsChannelId || earlier.exerciseId !== current.exerciseId) return false;
  // Another dilemma or route, or a team's own exercise with other questions, asks something else.
  if (earlier.settings.variant !== current.settings.variant) return false;
  if (JSON.stringify(earlier.settings.custom ?? null) !== JSON.stringify(current.settings.custom ?? null)) return false;
  return !earlier.cancelledAt && !!earlier.summaryPostedAt && earlierShown;
}

/**
 * The sessions among `others` worth reading the summary of: those the rule could count if their summary was shown.
 *
 * @example candidateRuns(current, await deps.sessions.inChannel(channel)) // the posted runs of the same exercise
 */
export function candidateRuns<T extends RunOf>(current: RunOf, others: readonly T[]): T[] {
  return others.filter((o) => countsAsEarlierRun(current, o, true));
}
