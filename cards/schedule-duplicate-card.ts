import type { Language } from '../domain/exercise';
import type { CheckinSchedule } from '../domain/checkins/schedule';
import { checkinTemplate } from '../domain/checkins/templates';
import { cadencePhrase } from './cadence-text';
import { escapeMarkdown } from './escape';
import { executeAction } from './execute-action';
import { t } from './i18n';
import { render, type AdaptiveCard } from './render';
import { chatWording } from './chat-naming';
import type { SessionPlace } from '../domain/session';

/**
 * "Planlægge et tjek til?", privately, when the channel already has a schedule of the same check-in,
 * since a second one is more often a mistake than a wish. "Ja" sends the form's values again with `schedule.saveConfirm`, which saves
 * without asking; "Nej" (`schedule.keepExisting`) saves nothing.
 *
 * @example scheduleDuplicateCard('da', [monthlySchedule], { templateId: 'kerneopgave-tjek', cadence: 'weekly', … })
 * // 'Der er allerede et fast tjek i kanalen: Kerneopgave-tjek, hver måned, første mandag kl. 09:00 (dansk tid).'
 * // buttons 'Ja, planlæg et til' (schedule.saveConfirm, data { verb, templateId: 'kerneopgave-tjek', cadence: 'weekly', … }) and 'Nej, behold det eksisterende'
 */
export function scheduleDuplicateCard(lang: Language, existing: readonly CheckinSchedule[], form: Record<string, string>, place?: Pick<SessionPlace, 'kind'>): AdaptiveCard {
  const template = checkinTemplate(existing[0].templateId);
  const title = template ? t(lang, template.titleKey) : escapeMarkdown(existing[0].templateId);
  const cadences = existing.map((s) => cadencePhrase(lang, s)).join(` ${t(lang, 'schedule.list.and')} `);
  return render('schedule-duplicate', {
    title: t(lang, 'schedule.duplicate.title'),
    lines: [t(lang, chatWording(place, 'schedule.duplicate.body'), { title, cadences }), t(lang, 'schedule.duplicate.ask')],
    actions: [executeAction(t(lang, 'schedule.duplicate.confirm'), 'schedule.saveConfirm', form, 'positive'), executeAction(t(lang, 'schedule.duplicate.cancel'), 'schedule.keepExisting', {})],
  });
}
