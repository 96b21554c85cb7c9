import { DateTime } from 'luxon';
import type { Language } from '../domain/exercise';
import { deadlineOf, type Session } from '../domain/session';
import { t } from './i18n';
import { dayAndTime } from './local-time';
import { roundNoteText } from './round-note';
import { isMeetingRound } from '../domain/checkins/meeting-rating';
import { roundWording } from './round-wording';

/**
 * The shared card's line on when answering ends, for an exercise and a check-in round alike. Open,
 * it says when the session closes (a round: round-note.ts); closed, when it closed or was
 * cancelled, so the card updated in place at the close never still says "lukker torsdag …".
 *
 * @example deadlineLine('da', openRound) // 'Runde i et fast tjek – lukker torsdag den 4. marts kl. 17:00.'
 * @example deadlineLine('da', roundClosedEarly) // 'Runde i et fast tjek – blev lukket tirsdag den 2. marts kl. 14:05.'
 * @example deadlineLine('en', exerciseClosed) // 'Closed 2 Mar 2027, 14:05'
 */
export function deadlineLine(lang: Language, session: Session): string {
  const zone = session.settings.timeZone;
  if (session.state === 'closed') return endedLine(lang, session, zone);
  const deadline = deadlineOf(session);
  // The result has no deadline of its own: the facilitator writes it, also after a meeting's
  // answers closed by themselves, so "no deadline – the facilitator closes" would read as untrue.
  if (!deadline) return t(lang, session.phase === 'result' ? 'session.resultNext' : 'session.noDeadline');
  if (session.round) return roundNoteText(lang, { late: session.round.late, closesAt: new Date(deadline), timeZone: zone, afterMeeting: isMeetingRound(session.round) });
  return t(lang, 'session.deadline', { deadline: formatDeadline(lang, deadline, zone) });
}

/** A round says "blev lukket", not "lukket": one letter from its open "lukker" is easily misread in small print. */
function endedLine(lang: Language, session: Session, zone: string): string {
  const at = endedAt(session);
  const cancelled = !!session.cancelledAt;
  // Records always have closedAt; without a time the card's closed title is still true.
  if (!at) return t(lang, roundWording(session, cancelled ? 'cancel.cardTitle' : 'session.closedTitle'));
  if (session.round) return t(lang, roundEndedKey(isMeetingRound(session.round), cancelled), { when: dayAndTime(lang, at, zone) });
  return t(lang, cancelled ? 'session.cancelledAt' : 'session.closedAt', { when: formatDeadline(lang, at.toISOString(), zone) });
}

/** A closed or cancelled round's line: a planned round's, or a meeting rating's ("Vurdering efter mødet"). */
function roundEndedKey(afterMeeting: boolean, cancelled: boolean): string {
  if (afterMeeting) return cancelled ? 'checkin.meetingRound.cancelledNote' : 'checkin.meetingRound.closedNote';
  return cancelled ? 'checkin.round.cancelledNote' : 'checkin.round.closedNote';
}

/**
 * When answering ended: at the cancel, or at whichever came first of the deadline and the start
 * of the close (answers stop when a close begins, domain/lifecycle/close.ts). A close by the
 * deadline watcher begins a little after the deadline, so the card names the deadline itself.
 */
function endedAt(session: Session): Date | undefined {
  if (session.cancelledAt) return new Date(session.cancelledAt);
  const ends = [deadlineOf(session), session.closingAt ?? session.closedAt].filter((x): x is string => !!x).map(Date.parse);
  return ends.length ? new Date(Math.min(...ends)) : undefined;
}

/**
 * An exercise's deadline, or when it closed, as its card says it, in the zone it was set in.
 *
 * @example formatDeadline('da', '2027-03-04T16:00:00Z', 'Europe/Copenhagen') // '4. mar. 2027 kl. 17:00'
 */
export function formatDeadline(lang: Language, iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone })
    .setLocale(lang === 'da' ? 'da' : 'en-GB')
    .toFormat(lang === 'da' ? "d. LLL yyyy 'kl.' HH:mm" : 'd LLL yyyy, HH:mm');
}
