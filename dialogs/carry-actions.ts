import { escapeMarkdown } from '../cards/escape';
import { noticeCard, problemTexts } from '../cards/notice-card';
import { t } from '../cards/i18n';
import type { Language } from '../domain/exercise';
import { checkCarriedActions } from '../domain/checkins/carry-forward';
import type { DialogDeps } from './deps';
import { refusal, reply, type PrivateReply } from './reply';
import { onlySteerers } from './who-steers';
import type { Actor, Where } from './teams-port';
import { sessionOfThread } from './find-session';
import { whichSessionCard } from '../cards/which-session-card';
import { chatWording } from '../cards/chat-naming';

/**
 * "@Kernedialog aftal Fast punkt på personalemødet; Færre interne møder" in a check-in round's
 * thread: the schedule's owner or a co-facilitator marks up to three agreed actions, and the next
 * round asks "did we do it?" about each. Agreeing is a public act, so the answer is posted in the
 * thread; only the actions' texts are kept, never who is to do them.
 */
export async function agreeActions(deps: DialogDeps, lang: Language, actor: Actor, where: Where, text: string): Promise<PrivateReply> {
  const session = await sessionOfThread(deps, where, actor, { rounds: true });
  if (Array.isArray(session)) return reply('whichSession', whichSessionCard(lang, session));
  if (!session?.round) return refusal(lang, 'notInRound', chatWording(where, 'checkin.agree.notInRound'));
  const l = session.settings.language;
  const found = await deps.schedules.get(session.round.scheduleId);
  if (!found) return refusal(l, 'scheduleNotFound', chatWording(where, 'schedule.error.notFound'));
  const notOwner = onlySteerers({ schedule: found.record.schedule }, actor);
  if (notOwner) return notOwner;
  const checked = checkCarriedActions(text.split(/[;\n]/));
  if (!checked.ok) return reply('invalidActions', noticeCard(t(l, 'error.title'), problemTexts(l, checked.problems), true));
  if (checked.value.length === 0) return refusal(l, 'noActions', 'checkin.agree.empty');
  await deps.schedules.change(found.record.schedule.id, (r) => ({ ...r, carried: checked.value }));
  deps.log.info('actions agreed for the next round', { schedule: found.record.schedule.id, actions: checked.value.length });
  return reply('actionsAgreed', noticeCard(t(l, 'checkin.agree.title'), [t(l, 'checkin.agree.body'), ...checked.value.map((a) => `• ${escapeMarkdown(a)}`)]));
}
