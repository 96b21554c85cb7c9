import type { Language } from '../domain/exercise';
import { occurrencesAfter } from '../domain/checkins/recurrence';
import type { SavedChange } from '../domain/checkins/saved-changes';
import type { CheckinSchedule } from '../domain/checkins/schedule';
import { TIME_STEP_MINUTES } from '../domain/checkins/time-of-day';
import { cadencePhrase } from './cadence-text';
import { escapeMarkdown } from './escape';
import { t } from './i18n';
import { dayAndTime } from './local-time';
import { noticeCard } from './notice-card';
import type { AdaptiveCard } from './render';
import { chatWording } from './chat-naming';
import type { SessionPlace } from '../domain/session';

/**
 * The confirmation after "Gem": what was saved in words (cadence, weekday, time, zone), anything
 * saved otherwise than typed, and when the first round opens. For a quarterly or custom rule, whose
 * months are not obvious, the two rounds after it too.
 *
 * @example scheduleSavedCard('da', biweeklyTuesday, [{ field: 'time', typed: '14:07', saved: '14:05' }], now, false)
 * // 'Det faste tjek er gemt', 'Gemt: hver anden uge, tirsdag kl. 14:05 (dansk tid).',
 * // 'Du valgte kl. 14:07. Runder planlægges i trin på 5 minutter, så tiden er gemt som kl. 14:05.',
 * // 'Første runde: tirsdag den 15. december kl. 14:05, som en ny tråd i kanalen.', …
 */
export function scheduleSavedCard(lang: Language, schedule: CheckinSchedule, changes: readonly SavedChange[], now: Date, edited: boolean, place?: Pick<SessionPlace, 'kind'>): AdaptiveCard {
  const when = (at: Date) => dayAndTime(lang, at, schedule.timeZone);
  const [first, ...later] = occurrencesAfter(schedule, now, 3);
  const lines = [
    t(lang, 'schedule.saved.what', { cadence: cadencePhrase(lang, schedule) }),
    // Typed text, so escaped: a rule or zone could hold markdown.
    ...changes.map((c) => t(lang, `schedule.saved.changed.${c.field}`, { typed: escapeMarkdown(c.typed), saved: escapeMarkdown(c.saved), step: TIME_STEP_MINUTES })),
  ];
  if (!first) lines.push(t(lang, 'schedule.list.ended'));
  else {
    lines.push(t(lang, chatWording(place, edited ? 'schedule.saved.next' : 'schedule.saved.first'), { when: when(first) }));
    const spelledOut = schedule.cadence.kind === 'quarterly' || schedule.cadence.kind === 'rrule';
    if (spelledOut && later.length > 0) lines.push(t(lang, 'schedule.saved.then', { when: later.map(when).join(` ${t(lang, 'schedule.list.and')} `) }));
  }
  lines.push(t(lang, chatWording(place, 'schedule.saved.howto')));
  return noticeCard(t(lang, 'schedule.saved.title'), lines);
}
