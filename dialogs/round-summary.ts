import { checkinSummaryCard } from '../cards/checkin-summary-card';
import type { AdaptiveCard } from '../cards/render';
import { summariseCheckin, type CheckinSummary } from '../domain/checkins/summarise-checkin';
import type { ExerciseDefinition } from '../domain/exercise';
import type { AnswerTexts } from '../domain/validation/answer';
import type { Session } from '../domain/session';
import { withRound } from '../storage/schedule-store';
import { exactFigures } from '../domain/checkins/exact-figures';
import type { DialogDeps } from './deps';

/**
 * A check-in round's summary: its template's score, the carried actions, and its figures for the
 * trend, each rounded beside the schedule's last exact figure where an earlier round showed one
 * (exact-figures.ts). A deleted schedule has no history to round beside.
 */
export async function summariseRound(deps: DialogDeps, def: ExerciseDefinition, session: Session, answers: readonly AnswerTexts[]): Promise<CheckinSummary> {
  const round = session.round!;
  const history = (await deps.schedules.get(round.scheduleId))?.record.history ?? [];
  return summariseCheckin(def, answers, { dueAt: round.dueAt, k: session.settings.k, groups: session.settings.groups, carried: round.carried, exact: exactFigures(history, round.dueAt) });
}

/**
 * Files the round's figures in its schedule's history (once: a round replaces its own earlier
 * filing) and builds the summary card with the trend over the rounds so far. A deleted schedule
 * has no history; the card then shows this round alone.
 */
export async function roundSummaryCard(deps: DialogDeps, session: Session, summary: CheckinSummary): Promise<AdaptiveCard> {
  const round = session.round!;
  const filed = await deps.schedules.change(round.scheduleId, (r) => ({ ...r, history: withRound(r.history, summary.round) }));
  return checkinSummaryCard(session.settings.language, {
    title: session.settings.title,
    k: session.settings.k,
    summary,
    history: filed?.record.history ?? [summary.round],
    timeZone: session.settings.timeZone,
  });
}
