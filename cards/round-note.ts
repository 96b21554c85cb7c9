import type { Language } from '../domain/exercise';
import { t } from './i18n';
import { dayAndTime } from './local-time';

export interface RoundNote {
  /** The round opened after its due time, because the service was down then (catch-up.ts). */
  late: boolean;
  closesAt: Date;
  /** The schedule's zone: the closing time is said as the team reads its clocks. */
  timeZone: string;
  /** Opened by a meeting's end (domain/checkins/meeting-rating.ts), not by a plan. */
  afterMeeting?: boolean;
}

/**
 * The line a scheduled round's root card shows on top, so the team sees it came from a plan and
 * when it closes, and why it appeared later than usual when it did.
 *
 * @example roundNoteText('da', { late: false, closesAt: new Date('2027-03-02T08:00:00Z'), timeZone: 'Europe/Copenhagen' })
 * // 'Runde i et fast tjek – lukker tirsdag den 2. marts kl. 09:00.'
 * @example roundNoteText('en', { late: true, closesAt: new Date('2027-03-02T08:00:00Z'), timeZone: 'Europe/Copenhagen' })
 * // 'A round of a recurring check-in – closes Tuesday 2 March at 09:00. Opened later than planned because the service was down.'
 */
export function roundNoteText(lang: Language, note: RoundNote): string {
  const text = t(lang, note.afterMeeting ? 'checkin.meetingRound.note' : 'checkin.round.note', { when: dayAndTime(lang, note.closesAt, note.timeZone) });
  return note.late ? `${text} ${t(lang, 'checkin.round.late')}` : text;
}
