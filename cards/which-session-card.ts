import type { Language } from '../domain/exercise';
import type { Session } from '../domain/session';
import { escapeMarkdown } from './escape';
import { executeAction } from './execute-action';
import { t } from './i18n';
import { dayAndTime } from './local-time';
import { noticeCard } from './notice-card';
import type { AdaptiveCard } from './render';

/**
 * Asked when a command in a chat could mean more than one open session its writer steers: with
 * `verb`, a button each that asks the same as the session card's own (nothing happens on the
 * click alone); without, their titles and "write it again when only one is open".
 *
 * @example whichSessionCard('da', [a, b], 'session.cancel') // "Hvilken mener du?" with a button for a and one for b
 */
export function whichSessionCard(lang: Language, sessions: readonly Session[], verb?: 'session.closeAsk' | 'session.cancel'): AdaptiveCard {
  if (!verb) return noticeCard(t(lang, 'which.title'), [t(lang, 'which.wait'), ...sessions.map((s) => `• ${escapeMarkdown(s.settings.title)} (${started(lang, s)})`)]);
  const card = noticeCard(t(lang, 'which.title'), [t(lang, verb === 'session.cancel' ? 'which.cancel' : 'which.close')]);
  // The title as text that wraps, and a short button under it: a long title would be cut off on a button at phone width.
  const label = t(lang, verb === 'session.cancel' ? 'which.cancelThis' : 'which.closeThis');
  const rows = sessions.map((s) => ({
    type: 'Container',
    separator: true,
    items: [
      { type: 'TextBlock', text: escapeMarkdown(s.settings.title), wrap: true, weight: 'Bolder' },
      // Two exercises of the same name are told apart by when they started.
      { type: 'TextBlock', text: started(lang, s), wrap: true, isSubtle: true, spacing: 'None' },
      // `back: 'note'`, as for the typed command: "Nej, fortsæt" answers with a note, not the whole card.
      { type: 'ActionSet', actions: [executeAction(label, verb, { sessionId: s.id, back: 'note' })] },
    ],
  }));
  return { ...card, body: [...((card.body as unknown[]) ?? []), ...rows] };
}

/** "Startet mandag den 1. marts kl. 9:00", in the zone the session was set up in. */
function started(lang: Language, session: Session): string {
  return t(lang, 'which.started', { when: dayAndTime(lang, new Date(session.createdAt), session.settings.timeZone) });
}
