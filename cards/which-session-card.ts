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
  const when = startedApart(lang, sessions);
  if (!verb) return noticeCard(t(lang, 'which.title'), [t(lang, 'which.wait'), ...sessions.map((s, i) => `• ${escapeMarkdown(s.settings.title)} (${when[i]})`)]);
  const card = noticeCard(t(lang, 'which.title'), [t(lang, verb === 'session.cancel' ? 'which.cancel' : 'which.close')]);
  // The title as text that wraps, and a short button under it: a long title would be cut off on a button at phone width.
  const label = t(lang, verb === 'session.cancel' ? 'which.cancelThis' : 'which.closeThis');
  const rows = sessions.map((s, i) => ({
    type: 'Container',
    separator: true,
    items: [
      { type: 'TextBlock', text: escapeMarkdown(s.settings.title), wrap: true, weight: 'Bolder' },
      // Two exercises of the same name are told apart by when they started.
      { type: 'TextBlock', text: when[i], wrap: true, isSubtle: true, spacing: 'None' },
      // `back: 'note'`, as for the typed command: "Nej, fortsæt" answers with a note, not the whole card.
      { type: 'ActionSet', actions: [executeAction(label, verb, { sessionId: s.id, back: 'note' })] },
    ],
  }));
  return { ...card, body: [...((card.body as unknown[]) ?? []), ...rows] };
}

/**
 * "startet mandag den 1. marts kl. 09:00" for each, in the zone it was set up in; with seconds
 * when two of one title started in the same minute, which would otherwise read alike.
 */
function startedApart(lang: Language, sessions: readonly Session[]): string[] {
  const started = (s: Session, withSeconds: boolean) => t(lang, 'which.started', { when: dayAndTime(lang, new Date(s.createdAt), s.settings.timeZone, false, withSeconds) });
  const read = sessions.map((s) => `${s.settings.title}\n${started(s, false)}`);
  return sessions.map((s, i) => started(s, read.indexOf(read[i]) !== read.lastIndexOf(read[i])));
}
