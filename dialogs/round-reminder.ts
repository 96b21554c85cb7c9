import { noticeCard } from '../cards/notice-card';
import { t } from '../cards/i18n';
import { formatDeadline } from '../cards/session-card';
import type { Session } from '../domain/session';
import type { DialogDeps } from './deps';

/** A reminder in the round's own thread: names nobody, and says when the round closes. */
export async function sendReminder(deps: DialogDeps, session: Session): Promise<void> {
  const lang = session.settings.language;
  const closes = formatDeadline(lang, session.settings.deadline ?? '', session.settings.timeZone);
  await deps.port.reply(session.place, noticeCard(t(lang, 'checkin.reminder.title'), [t(lang, 'checkin.reminder.body', { closes, k: session.settings.k })]));
}
