import { escapeMarkdown } from '../cards/escape';
import { errorCard, noticeCard, problemTexts } from '../cards/notice-card';
import { t } from '../cards/i18n';
import type { AdaptiveCard } from '../cards/render';
import { checkCarriedActions } from '../domain/checkins/carry-forward';
import { canManage } from '../domain/checkins/manage';
import type { DialogDeps } from './deps';
import type { Actor, Where } from './teams-port';
import { sessionOfThread } from './find-session';

/**
 * "@Kernedialog aftal Fast punkt på personalemødet; Færre interne møder" in a check-in round's
 * thread: the schedule's owner or a co-facilitator marks up to three agreed actions, and the next
 * round asks "did we do it?" about each. Agreeing is a public act, so the answer is posted in the
 * thread; only the actions' texts are kept, never who is to do them.
 */
export async function agreeActions(deps: DialogDeps, actor: Actor, where: Where, text: string): Promise<AdaptiveCard> {
  const lang = await deps.teams.language(where.teamId);
  const session = await sessionOfThread(deps, where);
  if (!session?.round) return errorCard(lang, 'checkin.agree.notInRound');
  const l = session.settings.language;
  const found = await deps.schedules.get(session.round.scheduleId);
  if (!found) return errorCard(l, 'schedule.error.notFound');
  if (!canManage(found.record.schedule, actor.id)) return errorCard(l, 'schedule.error.notOwner', { name: escapeMarkdown(found.record.schedule.owner.name) });
  const checked = checkCarriedActions(text.split(/[;\n]/));
  if (!checked.ok) return noticeCard(t(l, 'error.title'), problemTexts(l, checked.problems), true);
  if (checked.value.length === 0) return errorCard(l, 'checkin.agree.empty');
  await deps.schedules.change(found.record.schedule.id, (r) => ({ ...r, carried: checked.value }));
  deps.log.info('actions agreed for the next round', { schedule: found.record.schedule.id, actions: checked.value.length });
  return noticeCard(t(l, 'checkin.agree.title'), [t(l, 'checkin.agree.body'), ...checked.value.map((a) => `• ${escapeMarkdown(a)}`)]);
}
