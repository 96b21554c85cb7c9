import type { Session } from '../domain/session';
import { candidateRuns } from '../domain/summary/repeat-rule';
import type { DialogDeps } from './deps';

/**
 * Whether `session` re-runs an exercise whose summary this channel has seen (domain/summary/repeat-rule.ts),
 * so its scales and choices show nothing per answer (docs/anonymity.md, "Figures across rounds"). Read at
 * close; a storage error fails the close, which is retried, rather than posting exact figures.
 *
 * @example await isRerun(deps, secondDilemmaInTheChannel) // true
 */
export async function isRerun(deps: Pick<DialogDeps, 'sessions'>, session: Session): Promise<boolean> {
  if (session.round) return false;
  // The rule is checked once on the records; only a candidate's stored summary says whether it showed figures.
  for (const earlier of candidateRuns(session, await deps.sessions.inChannel(session.place.teamsChannelId))) {
    if ((await deps.sessions.summary<{ shown?: unknown }>(earlier.id))?.shown === true) return true;
  }
  return false;
}
