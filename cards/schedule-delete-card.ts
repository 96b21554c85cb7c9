import type { Language } from '../domain/exercise';
import type { CheckinSchedule } from '../domain/checkins/schedule';
import { checkinTemplate } from '../domain/checkins/templates';
import { cadenceText } from './cadence-text';
import { escapeMarkdown } from './escape';
import { executeAction } from './execute-action';
import { t } from './i18n';
import { render, type AdaptiveCard } from './render';
import { chatWording } from './chat-naming';
import type { SessionPlace } from '../domain/session';

/**
 * "Delete the recurring check-in?", privately, after the delete button on the list. Like the
 * cancel confirmation (templates/confirm.json), but with a way back, and with the version the
 * list was built from, so a delete from a stale card can be refused.
 *
 * @example scheduleConfirmDeleteCard('da', schedule)
 * // 'Slette det faste tjek?', 'Kerneopgave-tjek: Første mandag i måneden kl. 09:00 (Europe/Copenhagen).', …
 * // buttons schedule.deleteConfirm and schedule.deleteCancel, each with data { verb, scheduleId: 's-1', version: 1 }
 */
export function scheduleConfirmDeleteCard(lang: Language, schedule: CheckinSchedule, place?: Pick<SessionPlace, 'kind'>): AdaptiveCard {
  const template = checkinTemplate(schedule.templateId);
  const ids = { scheduleId: schedule.id, version: schedule.version };
  return render('schedule-delete', {
    title: t(lang, 'schedule.delete.title'),
    lines: [
      t(lang, 'schedule.delete.what', { title: template ? t(lang, template.titleKey) : escapeMarkdown(schedule.templateId), cadence: cadenceText(lang, schedule) }),
      t(lang, chatWording(place, 'schedule.delete.body')),
    ],
    actions: [executeAction(t(lang, 'schedule.delete.confirm'), 'schedule.deleteConfirm', ids, 'destructive'), executeAction(t(lang, 'schedule.delete.cancel'), 'schedule.deleteCancel', ids)],
  });
}
