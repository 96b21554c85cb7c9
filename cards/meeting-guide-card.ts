import { timeOfDay } from './local-time';
import type { PhaseKind } from '../domain/exercise';
import type { MeetingPace } from '../domain/meeting';
import { deadlineOf, type Session } from '../domain/session';
import { escapeMarkdown } from './escape';
import { t } from './i18n';
import { noticeCard } from './notice-card';
import { definitionOf } from './session-card';
import type { AdaptiveCard } from './render';

/** A meeting's talk about the summary, in minutes; the guide suggests it and counts it in the total. */
const DISCUSSION_MINUTES = 15;

/**
 * The facilitator's private plan for a meeting-mode exercise, sent when it starts: each phase the
 * session runs, numbered, with its minutes, and what she does in it. Nothing in it is about answers.
 *
 * @example meetingGuideCard(meetingSession) // 'Din mødeguide: …', '1. Svar – 8 min.: …'
 */
export function meetingGuideCard(session: Session): AdaptiveCard {
  const { language: lang, meeting, title, k } = session.settings;
  const phases = definitionOf(session).phases;
  if (!meeting) throw new Error(`meetingGuideCard(): session ${session.id} is not paced for a meeting.`);
  const button = t(lang, 'phase.result.advance');
  const lines: string[] = [];
  const step = (key: string, vars: Record<string, string | number> = {}) => lines.push(t(lang, key, { n: lines.length, ...vars }));
  lines.push(t(lang, 'meeting.guide.posted'));
  for (const phase of phases) {
    if (phase === 'answer') {
      step('meeting.guide.answer', { minutes: meeting.minutes.answer, time: timeOfDay(lang, deadlineOf(session), session.settings.timeZone) });
      step('meeting.guide.summary', { k });
      step('meeting.guide.discuss', { discussion: t(lang, 'summary.discussionTitle') });
    } else if (phase === 'result') step(meeting.skipToResult ? 'meeting.guide.result.skip' : 'meeting.guide.result', { button });
    else step(`meeting.guide.${phase}`, { minutes: meeting.minutes[phase] });
  }
  lines.push(t(lang, 'meeting.guide.total', { minutes: totalMinutes(phases, meeting) }));
  return noticeCard(t(lang, 'meeting.guide.title', { title: escapeMarkdown(title) }), lines);
}

/**
 * What the facilitator gets once the summary is posted: the summary's own discussion prompt (or,
 * below k, a word that it shows no answers), questions to ask, what to write down, and what comes next.
 *
 * @example meetingAfterSummaryCard(session, 'Hvad går igen …?', true) // 'Til drøftelse: …', 'Fra opsamlingen: Hvad går igen …?'
 */
export function meetingAfterSummaryCard(session: Session, prompt: string, shown: boolean): AdaptiveCard {
  const { language: lang, meeting, title, k } = session.settings;
  const next =
    session.state === 'open' && session.phase === 'proposals'
      ? t(lang, 'meeting.after.next.proposals', { time: timeOfDay(lang, deadlineOf(session), session.settings.timeZone) })
      : t(lang, 'meeting.after.next.result', { button: t(lang, 'phase.result.advance') });
  return noticeCard(t(lang, 'meeting.after.title', { title: escapeMarkdown(title) }), [
    t(lang, 'meeting.after.posted'),
    shown ? t(lang, 'meeting.after.prompt', { prompt }) : t(lang, 'meeting.after.noSummary', { k }),
    t(lang, 'meeting.after.questions'),
    t(lang, 'meeting.after.writeDown'),
    ...(meeting ? [next] : []),
  ]);
}

/** The minutes the phases take, with the discussion after the summary. */
function totalMinutes(phases: readonly PhaseKind[], meeting: MeetingPace): number {
  return phases.reduce((sum, p) => sum + (p === 'result' ? 0 : meeting.minutes[p] + (p === 'answer' ? DISCUSSION_MINUTES : 0)), 0);
}
