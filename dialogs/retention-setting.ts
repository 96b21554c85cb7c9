import { errorCard, noticeCard, problemTexts } from '../cards/notice-card';
import { t } from '../cards/i18n';
import type { AdaptiveCard } from '../cards/render';
import { checkRetentionDays, RETENTION_MIN_DAYS } from '../domain/retention/policy';
import { facilitates, storedInTeam } from './data-facilitators';
import type { DialogDeps } from './deps';
import type { Actor, Where } from './teams-port';

/**
 * "@Kernedialog opbevaring" shows how long the team's raw answers are kept; "opbevaring 30" sets
 * it, for the team's facilitators (data-facilitators.ts). A retention period is a team-wide
 * policy that every participant may want to know, so the answer is public in the channel, and it
 * names the role, not the person (who is visible anyway as the command's author).
 */
export async function retentionCommand(deps: DialogDeps, actor: Actor, where: Where, daysText: string | undefined): Promise<AdaptiveCard> {
  const lang = await deps.teams.language(where.teamId);
  const { maxDays } = deps.teams.policy;
  if (!where.teamId) return errorCard(lang, 'retention.error.notInTeam');
  if (daysText === undefined) {
    const days = await deps.teams.retentionDays(where.teamId);
    return noticeCard(t(lang, 'retention.title'), [t(lang, 'retention.current', { days }), t(lang, 'retention.howto', { min: RETENTION_MIN_DAYS, max: maxDays })]);
  }
  if (!facilitates(await storedInTeam(deps, where.teamId), actor.id)) return errorCard(lang, 'retention.error.notFacilitator');
  const checked = checkRetentionDays(daysText, deps.teams.policy);
  if (!checked.ok) return noticeCard(t(lang, 'error.title'), problemTexts(lang, checked.problems), true);
  await deps.teams.setRetentionDays(where.teamId, checked.value);
  deps.log.info('team retention changed', { team: where.teamId, days: checked.value });
  return noticeCard(t(lang, 'retention.changedTitle'), [t(lang, 'retention.changed', { days: checked.value })]);
}
