import { escapeMarkdown } from '../cards/escape';
import { noticeCard } from '../cards/notice-card';
import { t } from '../cards/i18n';
import { dayAndTime } from '../cards/local-time';
import { zoneText } from '../cards/cadence-text';
import type { AdaptiveCard } from '../cards/render';
import { checkCarriedActions } from '../domain/checkins/carry-forward';
import { FOLLOW_UP_ID_PREFIX, followUpSettings, isFollowUpWeeks } from '../domain/checkins/follow-up';
import { newSchedule } from '../domain/checkins/manage';
import { occurrencesAfter } from '../domain/checkins/recurrence';
import type { CheckinSchedule } from '../domain/checkins/schedule';
import type { Language } from '../domain/exercise';
import type { AgreedResult } from '../domain/validation/result';
import type { DialogDeps } from './deps';
import { onlySteerers } from './who-steers';
import { findSession, isReply } from './find-session';
import { refusal, reply, type PrivateReply } from './reply';
import type { Actor, Where } from './teams-port';
import { chatWording } from '../cards/chat-naming';

/**
 * The schedule id of a session's follow-up: one per session, so a second press (or a redelivered
 * one, or a press on another bot instance) finds the one already planned instead of planning two.
 *
 * @example followUpScheduleId('0123456789abcdef01234567') // 's-followup-0123456789abcdef01234567'
 */
export const followUpScheduleId = (sessionId: string) => `${FOLLOW_UP_ID_PREFIX}${sessionId}`;

/**
 * "Følg op om 4 / 8 / 12 uger" on the posted result: the session's facilitators plan a one-off
 * Kerneopgave-tjek in the same channel, that many weeks later at the same time of day (on the
 * next five-minute step, as every planned time), which asks
 * "did we do it?" about the result's actions. Only the actions' texts are carried, never who was
 * to do them (docs/anonymity.md). Anyone else is told who can, and nothing changes.
 */
export async function planFollowUp(deps: DialogDeps, lang: Language, actor: Actor, where: Where, data: Record<string, unknown>): Promise<PrivateReply> {
  const found = await findSession(deps, lang, where, data.sessionId);
  if (isReply(found)) return found;
  const { session } = found;
  const l = session.settings.language;
  const notFacilitator = onlySteerers({ session }, actor);
  if (notFacilitator) return notFacilitator;
  if (!isFollowUpWeeks(data.weeks)) return refusal(l, 'badPayload', 'error.badPayload');
  const result = session.state === 'closed' ? await deps.sessions.doc<AgreedResult>(session.id, 'result') : undefined;
  if (!result) return refusal(l, 'noResult', 'followUp.noResult');

  const id = followUpScheduleId(session.id);
  const existing = await deps.schedules.get(id);
  if (existing) return reply('followUpExists', alreadyPlanned(l, existing.record.schedule, deps.now()));
  const now = deps.now();
  const settings = followUpSettings(Number(data.weeks), now, { k: session.settings.k, language: l, timeZone: session.settings.timeZone });
  // The result's actions passed the same length limit as carried actions; the check only tidies them.
  const carried = checkCarriedActions(result.actions.map((a) => a.action));
  const schedule: CheckinSchedule = { ...newSchedule(id, settings, { ...session.facilitator }, now), coFacilitators: (session.coFacilitators ?? []).map((p) => ({ id: p.id, name: p.name })) };
  const { threadId: _thread, rootActivityId: _root, ...place } = session.place;
  const made = await deps.schedules.create({ schedule, place, carried: carried.ok ? carried.value : [], history: [] });
  // Pressed twice at once: the other press planned it.
  if (!made.created && made.existing) return reply('followUpExists', alreadyPlanned(l, made.existing.record.schedule, now));
  if (!made.created) return refusal(l, 'conflict', 'error.retry');
  deps.log.info('follow-up planned', { session: session.id, schedule: id, weeks: Number(data.weeks) });
  const when = whenOf(l, schedule, now);
  const actions = carried.ok ? carried.value : [];
  return reply(
    'followUpPlanned',
    noticeCard(t(l, 'followUp.plannedTitle'), [
      t(l, chatWording(session.place, 'followUp.planned'), { when, days: schedule.roundLength.amount }),
      ...(actions.length ? [t(l, 'followUp.carried'), ...actions.map((a) => `• ${escapeMarkdown(a)}`)] : [t(l, 'followUp.noActions')]),
      t(l, 'followUp.howto'),
    ]),
  );
}

function alreadyPlanned(lang: Language, schedule: CheckinSchedule, now: Date): AdaptiveCard {
  return noticeCard(t(lang, 'followUp.existsTitle'), [t(lang, 'followUp.exists', { when: whenOf(lang, schedule, now) })]);
}

/** When the round opens, in words ("tirsdag den 2. marts 2027 kl. 09:00 (dansk tid)"); once it has run, that it has. */
function whenOf(lang: Language, schedule: CheckinSchedule, now: Date): string {
  const next = schedule.ended ? undefined : occurrencesAfter(schedule, now, 1)[0];
  return next ? `${dayAndTime(lang, next, schedule.timeZone, true)} (${zoneText(lang, schedule.timeZone)})` : t(lang, 'followUp.done');
}
