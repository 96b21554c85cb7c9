import type { ExerciseDefinition, PhaseKind } from './exercise';
import type { Problem } from './validation/problem';

/** The phases a meeting paces in minutes; the result is written in the meeting and has none. */
export type TimedPhase = 'answer' | 'proposals' | 'vote';

/**
 * "Til et møde": the exercise runs during one meeting, each phase open for minutes, not days.
 * Stored in SessionSettings.meeting; a record without it is paced in days as before.
 */
export interface MeetingPace {
  minutes: Record<TimedPhase, number>;
  /** The team agrees face to face: from the summary straight to writing the result, no proposals or vote. */
  skipToResult?: true;
}

/** Each phase's bounds and default, in minutes: answers fit in a meeting's first quarter of an hour. */
export const MEETING_MINUTES: Record<TimedPhase, { min: number; max: number; default: number }> = {
  answer: { min: 5, max: 10, default: 8 },
  proposals: { min: 2, max: 15, default: 5 },
  vote: { min: 2, max: 15, default: 3 },
};

const TIMED: readonly TimedPhase[] = ['answer', 'proposals', 'vote'];

/**
 * The setup form's pace as settings: undefined when paced in days (also when the form has no
 * pace, as older forms and schedules do), else each phase's minutes (blank means the default).
 *
 * @example checkMeeting(def, { pace: 'meeting', answerMinutes: '6', skipToResult: 'true' }, problems) // { minutes: { answer: 6, proposals: 5, vote: 3 }, skipToResult: true }
 */
export function checkMeeting(def: Pick<ExerciseDefinition, 'phases'>, input: Record<string, unknown>, problems: Problem[]): MeetingPace | undefined {
  const pace = input.pace ?? 'days';
  if (pace === 'days' || pace === '') return undefined;
  if (pace !== 'meeting') {
    problems.push({ field: 'pace', key: 'setup.error.pace' });
    return undefined;
  }
  const minutes = {} as Record<TimedPhase, number>;
  for (const phase of TIMED) {
    const bounds = MEETING_MINUTES[phase];
    const raw = typeof input[`${phase}Minutes`] === 'number' ? String(input[`${phase}Minutes`]) : typeof input[`${phase}Minutes`] === 'string' ? String(input[`${phase}Minutes`]).trim() : '';
    const n = raw === '' ? bounds.default : /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
    if (!(n >= bounds.min && n <= bounds.max)) {
      // Only a phase the exercise has can be wrong; another's field is not on the form.
      if (def.phases.includes(phase)) problems.push({ field: `${phase}Minutes`, key: `setup.error.meetingMinutes.${phase}`, vars: { min: bounds.min, max: bounds.max } });
      minutes[phase] = bounds.default;
    } else minutes[phase] = n;
  }
  // A card's Input.Toggle sends its valueOn/valueOff as strings.
  const skip = (input.skipToResult === 'true' || input.skipToResult === true) && canSkip(def);
  return { minutes, ...(skip ? { skipToResult: true as const } : {}) };
}

/** Skipping proposals and vote only makes sense after an answer phase whose summary the team discusses. */
export function canSkip(def: Pick<ExerciseDefinition, 'phases'>): boolean {
  return def.phases.includes('answer') && def.phases.includes('result');
}

/**
 * The phases the session runs: all of the exercise's, or, when a meeting skips to the result,
 * without proposals and vote.
 *
 * @example phasesFor(['answer', 'proposals', 'vote', 'result'], { minutes, skipToResult: true }) // ['answer', 'result']
 */
export function phasesFor(phases: readonly PhaseKind[], meeting: MeetingPace | undefined): readonly PhaseKind[] {
  return meeting?.skipToResult ? phases.filter((p) => p !== 'proposals' && p !== 'vote') : phases;
}

/**
 * When `phase`, opening at `now`, closes by itself in a meeting: exactly its minutes later, to the
 * millisecond (the deadline watcher compares ISO strings, so the form must match `now`'s), or
 * undefined for the result phase, which the facilitator writes.
 *
 * @example meetingDeadline({ minutes: { answer: 8, proposals: 5, vote: 3 } }, 'answer', new Date('2026-12-07T09:00:30Z')) // '2026-12-07T09:08:30.000Z'
 */
export function meetingDeadline(meeting: MeetingPace, phase: PhaseKind, now: Date): string | undefined {
  if (phase === 'result') return undefined;
  return new Date(now.getTime() + meeting.minutes[phase] * 60_000).toISOString();
}
