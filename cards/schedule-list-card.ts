import { DateTime } from 'luxon';
import type { Language } from '../domain/exercise';
import { isOneOff } from '../domain/checkins/follow-up';
import { isAfterMeeting } from '../domain/checkins/meeting-rating';
import { canManage } from '../domain/checkins/manage';
import { occurrencesAfter } from '../domain/checkins/recurrence';
import type { CheckinSchedule } from '../domain/checkins/schedule';
import { checkinTemplate } from '../domain/checkins/templates';
import { cadenceText, roundLengthText } from './cadence-text';
import { escapeMarkdown } from './escape';
import { executeAction } from './execute-action';
import { t } from './i18n';
import { dayAndTime } from './local-time';
import { render, type AdaptiveCard } from './render';
import { chatWording } from './chat-naming';
import type { SessionPlace } from '../domain/session';

/**
 * A channel's recurring check-ins: what each runs, how often, when its next round opens (in the
 * schedule's own zone) or that it is paused, and who set it up. Buttons to pause or resume,
 * edit and delete appear only on the schedules `viewerId` may change (canManage).
 *
 * The card differs per viewer, so send it only to the viewer (as the answer to their own
 * command or click), never as a shared channel message. The buttons are a convenience:
 * the route checks canManage again on every click, and `version` lets it refuse a stale card.
 *
 * @example scheduleListCard('da', [schedule], '29:owner', now)
 * // one entry: 'Kerneopgave-tjek', 'Første mandag i måneden kl. 09:00 (Europe/Copenhagen)', 'Næste runde: mandag den 1. marts kl. 09:00',
 * // buttons schedule.pause, schedule.edit, schedule.delete, each with data { verb, scheduleId: 's-1', version: 1 }
 */
export function scheduleListCard(lang: Language, schedules: readonly CheckinSchedule[], viewerId: string, now: Date, place?: Pick<SessionPlace, 'kind'>): AdaptiveCard {
  const entries = schedules.map((s) => entry(lang, s, canManage(s, viewerId), now, place));
  return render('schedule-list', {
    title: t(lang, chatWording(place, 'schedule.list.title')),
    empty: t(lang, chatWording(place, 'schedule.list.empty')),
    schedules: entries,
    // Said only where it explains why some schedules have no buttons.
    whoMayChange: entries.some((e) => e.actions.length === 0) ? t(lang, 'schedule.list.whoMayChange') : '',
  });
}

function entry(lang: Language, s: CheckinSchedule, manages: boolean, now: Date, place?: Pick<SessionPlace, 'kind'>) {
  const template = checkinTemplate(s.templateId);
  const names = s.coFacilitators.map((c) => escapeMarkdown(c.name)).join(', ');
  return {
    // A template this version does not know is still listed, so it can be deleted.
    title: template ? t(lang, template.titleKey) : escapeMarkdown(s.templateId),
    cadence: cadenceText(lang, s),
    round: t(lang, 'schedule.list.round', { length: roundLengthText(lang, s.roundLength), k: s.k }),
    reminders: s.reminderHours.length ? t(lang, 'schedule.list.reminders', { hours: listText(lang, s.reminderHours.map(String)) }) : '',
    paused: s.paused,
    status: statusText(lang, s, now, place),
    people: [t(lang, 'schedule.list.owner', { name: escapeMarkdown(s.owner.name) }), ...(names ? [t(lang, 'schedule.list.coFacilitators', { names })] : [])].join(' · '),
    actions: manages ? actionsOf(lang, s) : [],
  };
}

/**
 * Pause or resume, edit and delete. A one-off is not edited (planned again from the result for
 * another date) and not paused; only resumed, if Teams refused a post and paused it (scheduler.ts).
 * A meeting rating has no form: its hours are set by "mødevurdering til" (dialogs/meeting-rating.ts).
 */
function actionsOf(lang: Language, s: CheckinSchedule) {
  const ids = { scheduleId: s.id, version: s.version };
  const resume = executeAction(t(lang, 'schedule.list.resume'), 'schedule.resume', ids, 'positive');
  const remove = executeAction(t(lang, 'schedule.list.delete'), 'schedule.delete', ids, 'destructive');
  if (isOneOff(s)) return [...(s.paused && !s.ended ? [resume] : []), remove];
  const pauseOrResume = s.paused ? resume : executeAction(t(lang, 'schedule.list.pause'), 'schedule.pause', ids);
  if (isAfterMeeting(s)) return [pauseOrResume, remove];
  return [pauseOrResume, executeAction(t(lang, 'schedule.list.edit'), 'schedule.edit', ids), remove];
}

function statusText(lang: Language, s: CheckinSchedule, now: Date, place?: Pick<SessionPlace, 'kind'>): string {
  if (s.ended) return t(lang, s.ended.opened ? chatWording(place, 'schedule.list.onceDone') : 'schedule.list.onceMissed');
  if (s.paused) return t(lang, 'schedule.list.paused');
  if (isAfterMeeting(s)) return t(lang, 'schedule.list.afterMeeting');
  const next = occurrencesAfter(s, now, 1)[0];
  // A one-off's time has come and the scheduler is about to mark it: its round is opening.
  if (!next) return t(lang, isOneOff(s) ? chatWording(place, 'schedule.list.onceDone') : 'schedule.list.ended');
  const otherYear = DateTime.fromJSDate(next, { zone: s.timeZone }).year !== DateTime.fromJSDate(now, { zone: s.timeZone }).year;
  return t(lang, 'schedule.list.next', { when: dayAndTime(lang, next, s.timeZone, otherYear) });
}

/** @example listText('da', ['24', '48', '72']) // '24, 48 og 72' */
function listText(lang: Language, parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${t(lang, 'schedule.list.and')} ${parts[parts.length - 1]}`;
}
