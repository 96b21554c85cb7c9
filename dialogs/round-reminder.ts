import { reminderCard } from '../cards/reminder-card';
import { progressText } from '../cards/session-card';
import type { Session } from '../domain/session';
import type { DialogDeps } from './deps';
import { postInSession } from './post-in-session';

/** A reminder in the round's own thread: names nobody, says when the round closes, and shows progress only in steps of k. */
export async function sendReminder(deps: DialogDeps, session: Session): Promise<void> {
  const lang = session.settings.language;
  const count = await deps.answers.count(session.id, 'answer');
  await postInSession(
    deps,
    session,
    reminderCard(lang, {
      title: session.settings.title,
      closesAt: new Date(session.settings.deadline ?? session.createdAt),
      timeZone: session.settings.timeZone,
      progressText: progressText(lang, 'answer', count, session.settings.k),
      place: session.place,
    }),
  );
}
