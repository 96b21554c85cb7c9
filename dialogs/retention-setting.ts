import { noticeCard, problemTexts } from '../cards/notice-card';
import { t } from '../cards/i18n';
import type { Language } from '../domain/exercise';
import { checkRetentionDays, RETENTION_MIN_DAYS } from '../domain/retention/policy';
import { facilitates, storedInTeam } from './data-facilitators';
import type { DialogDeps } from './deps';
import { refusal, reply, type PrivateReply } from './reply';
import type { Actor, Where } from './teams-port';
import { chatWording } from '../cards/chat-naming';

/**
 * "@Kernedialog opbevaring" shows how long the team's raw answers are kept; "opbevaring 30" sets
 * it, for the team's facilitators (data-facilitators.ts). A retention period is a team-wide
 * policy that every participant may want to know, so the answer is public in the channel, and it
 * names the role, not the person (who is visible anyway as the command's author).
 */
export async function retentionCommand(deps: DialogDeps, lang: Language, actor: Actor, where: Where, daysText: string | undefined): Promise<PrivateReply> {
  const { maxDays } = deps.teams.policy;
  if (!where.teamId) return refusal(lang, 'notInTeam', 'retention.error.notInTeam');
  if (daysText === undefined) {
    const days = await deps.teams.retentionDays(where.teamId);
    return reply(
      'retentionShown',
      noticeCard(t(lang, 'retention.title'), [t(lang, chatWording(where, 'retention.current'), { days }), t(lang, chatWording(where, 'retention.howto'), { min: RETENTION_MIN_DAYS, max: maxDays })]),
    );
  }
  if (!facilitates(await storedInTeam(deps, where.teamId), actor.id)) return refusal(lang, 'notFacilitator', chatWording(where, 'retention.error.notFacilitator'));
  const checked = checkRetentionDays(daysText, deps.teams.policy);
  if (!checked.ok) return reply('invalidDays', noticeCard(t(lang, 'error.title'), problemTexts(lang, checked.problems), true));
  await deps.teams.setRetentionDays(where.teamId, checked.value);
  // Sessions the sweep had put off to the old period are looked at again under the new one.
  await deps.sessions.sweepAgain(where.teamId);
  deps.log.info('team retention changed', { team: where.teamId, days: checked.value });
  return reply('retentionChanged', noticeCard(t(lang, 'retention.changedTitle'), [t(lang, chatWording(where, 'retention.changed'), { days: checked.value })]));
}
