import type { Language } from '../domain/exercise';
import { escapeMarkdown } from './escape';
import { t } from './i18n';
import { dayAndTime } from './local-time';
import { render, type AdaptiveCard } from './render';
import type { SessionPlace } from '../domain/session';
import { chatWording } from './chat-naming';

export interface Reminder {
  /** The check-in's title as plain text; escaped here. */
  title: string;
  closesAt: Date;
  timeZone: string;
  /**
   * progressText() from session-card.ts: "fewer than k answers so far" or "at least n" in steps,
   * never a live count below k (docs/anonymity.md, rule 6). Empty to leave it out.
   */
  progressText: string;
  /** Where the round is: in a group or meeting chat its card is not "at the top of the thread". */
  place?: Pick<SessionPlace, 'kind'>;
}

/**
 * The reminder posted in a round's own thread. It speaks to everyone and names nobody: who has
 * or has not answered is not known to the bot in a form it could show (docs/anonymity.md, rule 2).
 *
 * @example reminderCard('da', { title: 'Kerneopgave-tjek', closesAt: new Date('2027-03-04T08:00:00Z'), timeZone: 'Europe/Copenhagen', progressText: 'Færre end 5 svar indtil videre.' })
 * // 'Påmindelse: Kerneopgave-tjek', 'Runden lukker torsdag den 4. marts kl. 09:00. Har du ikke svaret endnu, …', 'Færre end 5 svar indtil videre.', 'Svarene er anonyme: …'
 */
export function reminderCard(lang: Language, reminder: Reminder): AdaptiveCard {
  return render('reminder', {
    title: t(lang, 'checkin.reminder.title', { title: escapeMarkdown(reminder.title) }),
    closes: t(lang, chatWording(reminder.place, 'checkin.reminder.closes'), { when: dayAndTime(lang, reminder.closesAt, reminder.timeZone) }),
    progress: reminder.progressText,
    anonymous: t(lang, 'checkin.reminder.anonymous'),
  });
}
