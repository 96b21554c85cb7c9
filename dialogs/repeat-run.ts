import { definitionOf } from '../cards/session-card';
import type { Session } from '../domain/session';
import { candidateRuns, repeatedQuestions } from '../domain/summary/repeat-rule';
import type { DialogDeps } from './deps';

/**
 * The questions of `session` that an earlier run in its team (or, outside a team, its chat) asked
 * and showed figures for (domain/summary/repeat-rule.ts): their scales and choices show nothing
 * per answer (docs/anonymity.md, "Figures across rounds"). Read at close; a storage error fails
 * the close, which is retried, rather than posting exact figures.
 *
 * @example await rerunQuestions(deps, secondDilemmaInTheTeam) // ['position', 'reason']
 */
export async function rerunQuestions(deps: Pick<DialogDeps, 'sessions'>, session: Session): Promise<string[]> {
  if (session.round) return [];
  const asked = definitionOf(session).questions;
  const { teamId, teamsChannelId } = session.place;
  // Every channel of the team (a scan of the table, like inChannel's); a group chat has only itself.
  const others = teamId ? await deps.sessions.inTeam(teamId) : await deps.sessions.inChannel(teamsChannelId);
  const repeated = new Set<string>();
  // The rule is checked once on the records; only a candidate's stored summary says whether it showed figures.
  for (const earlier of candidateRuns(session, asked, others)) {
    if (repeated.size === asked.length) break;
    // A summary not stored yet (that run is closing too) counts as shown: the two must not both be exact.
    const stored = await deps.sessions.summary<{ shown?: unknown }>(earlier.id);
    if (stored !== undefined && stored.shown !== true) continue;
    for (const id of repeatedQuestions(session, asked, earlier, true)) repeated.add(id);
  }
  return asked.map((q) => q.id).filter((id) => repeated.has(id));
}
