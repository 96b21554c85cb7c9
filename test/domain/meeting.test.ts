import assert from 'node:assert/strict';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import { tid } from '../../domain/exercises/tid';
import { finishPhase, phaseDeadlineFor } from '../../domain/lifecycle/close';
import { checkMeeting, meetingDeadline, phasesFor, MEETING_MINUTES, type MeetingPace } from '../../domain/meeting';
import { isPastDeadline, nextPhase, type Session } from '../../domain/session';
import type { Problem } from '../../domain/validation/problem';
import { checkSettings } from '../../domain/validation/settings';
import { isRefusal } from '../../domain/lifecycle/transition';

const T0 = new Date('2026-12-07T09:00:30.250Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const PACE: MeetingPace = { minutes: { answer: 8, proposals: 5, vote: 3 } };

function session(over: Partial<Session> = {}, meeting: MeetingPace | null = PACE): Session {
  return {
    schema: 1,
    id: 'm'.repeat(24),
    exerciseId: 'hvem-definerer',
    exerciseVersion: 1,
    settings: { title: 'Personalemødet', k: 3, language: 'da', distribution: 'all', timeZone: 'Europe/Copenhagen', ...(meeting ? { meeting } : {}) },
    facilitator: { id: 'f', name: 'F' },
    state: 'open',
    phase: 'answer',
    place: { serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'c', threadId: 'c', rootActivityId: '1', kind: 'chat' },
    createdAt: T0.toISOString(),
    shownProgress: 0,
    ...over,
  };
}

describe('meeting mode: phases paced in minutes', () => {
  describe('checkMeeting (the setup form)', () => {
    const check = (input: Record<string, unknown>, def: Parameters<typeof checkMeeting>[0] = hvemDefinerer) => {
      const problems: Problem[] = [];
      return { pace: checkMeeting(def, input, problems), keys: problems.map((p) => p.key) };
    };

    it('is off for a form without a pace and for "over a few days": older forms and schedules stay paced in days', () => {
      assert.deepEqual(check({}), { pace: undefined, keys: [] });
      assert.deepEqual(check({ pace: 'days', answerMinutes: '99' }), { pace: undefined, keys: [] });
    });

    it('takes the defaults 8, 5 and 3 minutes for blank fields', () => {
      assert.deepEqual(check({ pace: 'meeting', answerMinutes: '', proposalsMinutes: '' }), { pace: { minutes: { answer: 8, proposals: 5, vote: 3 } }, keys: [] });
      assert.deepEqual([MEETING_MINUTES.answer.min, MEETING_MINUTES.answer.max], [5, 10]);
    });

    it('keeps the minutes typed, as strings or numbers, and the skip to the result', () => {
      assert.deepEqual(check({ pace: 'meeting', answerMinutes: '5', proposalsMinutes: 4, voteMinutes: '2', skipToResult: 'true' }).pace, {
        minutes: { answer: 5, proposals: 4, vote: 2 },
        skipToResult: true,
      });
      assert.equal(check({ pace: 'meeting', skipToResult: 'false' }).pace?.skipToResult, undefined);
    });

    it('refuses answers outside 5–10 minutes and a phase outside 2–15, each with its own message', () => {
      assert.deepEqual(check({ pace: 'meeting', answerMinutes: '4' }).keys, ['setup.error.meetingMinutes.answer']);
      assert.deepEqual(check({ pace: 'meeting', answerMinutes: '11' }).keys, ['setup.error.meetingMinutes.answer']);
      assert.deepEqual(check({ pace: 'meeting', answerMinutes: '7.5', voteMinutes: '16', proposalsMinutes: 'fem' }).keys, [
        'setup.error.meetingMinutes.answer',
        'setup.error.meetingMinutes.proposals',
        'setup.error.meetingMinutes.vote',
      ]);
      assert.deepEqual(check({ pace: 'sometime' }).keys, ['setup.error.pace']);
    });

    it('cannot skip to the result in an exercise without answers: its summary is the vote', () => {
      assert.deepEqual(check({ pace: 'meeting', skipToResult: 'true', answerMinutes: '1' }, tid), { pace: { minutes: { answer: 8, proposals: 5, vote: 3 } }, keys: [] });
    });
  });

  describe('checkSettings with a meeting', () => {
    it('stores the pace in the settings and no deadline of its own', () => {
      const checked = checkSettings(hvemDefinerer, { language: 'da', pace: 'meeting', answerMinutes: '6' }, T0);
      assert.ok(checked.ok);
      assert.deepEqual(checked.value.meeting, { minutes: { answer: 6, proposals: 5, vote: 3 } });
      assert.equal(checked.value.deadline, undefined);
    });

    it('refuses a meeting together with a deadline or days, saying which to clear', () => {
      for (const days of [{ deadlineDate: '2026-12-09' }, { proposalsDays: '2' }]) {
        const checked = checkSettings(hvemDefinerer, { language: 'da', pace: 'meeting', ...days }, T0);
        assert.ok(!checked.ok);
        assert.deepEqual(
          checked.problems.map((p) => p.key),
          ['setup.error.meetingWithDays'],
        );
      }
    });
  });

  describe('deadlines in minutes', () => {
    it("closes each phase exactly its minutes after it opens, to the millisecond, in now's ISO form", () => {
      assert.equal(meetingDeadline(PACE, 'answer', T0), '2026-12-07T09:08:30.250Z');
      assert.equal(meetingDeadline(PACE, 'proposals', T0), '2026-12-07T09:05:30.250Z');
      assert.equal(meetingDeadline(PACE, 'vote', T0), '2026-12-07T09:03:30.250Z');
      assert.equal(meetingDeadline(PACE, 'result', T0), undefined, 'the result is written, not timed');
    });

    it('gives the next phase its minutes, not days, and leaves a session without a meeting in days', () => {
      assert.equal(phaseDeadlineFor(session(), 'proposals', T0), '2026-12-07T09:05:30.250Z');
      assert.equal(phaseDeadlineFor(session(), 'result', T0), undefined);
      const older = session({}, null);
      older.settings.phaseDays = { proposals: 2 };
      assert.equal(phaseDeadlineFor(older, 'proposals', T0), '2026-12-09T09:00:30.250Z');
      assert.equal(phaseDeadlineFor(session({}, null), 'proposals', T0), undefined, 'a stored session without a meeting has no minutes');
    });

    it('is past at its minute and not a millisecond before, with no rounding to days', () => {
      const open = session({ phaseDeadline: meetingDeadline(PACE, 'answer', T0) });
      assert.equal(isPastDeadline(open, at(8 * 60_000 - 1)), false);
      assert.equal(isPastDeadline(open, at(8 * 60_000)), true);
    });

    it("the ISO deadline sorts at or before now once due, as the watcher's storage query compares them", () => {
      const deadline = meetingDeadline(PACE, 'answer', T0)!;
      assert.ok(deadline <= at(8 * 60_000).toISOString());
      assert.ok(deadline > at(8 * 60_000 - 1).toISOString());
    });

    it('opens the proposals with their own five minutes when the answers close', () => {
      const closing = session({ state: 'closing', phaseDeadline: meetingDeadline(PACE, 'answer', T0) });
      const now = at(8 * 60_000 + 4_000);
      const out = finishPhase(now, 'answer', 'proposals', phaseDeadlineFor(closing, 'proposals', now))(closing);
      assert.ok(!isRefusal(out));
      assert.equal(out.phaseDeadline, new Date(now.getTime() + 5 * 60_000).toISOString());
    });
  });

  describe('skipping to the result', () => {
    it('runs the answers, then the result, when the team agrees face to face', () => {
      const phases = phasesFor(hvemDefinerer.phases, { ...PACE, skipToResult: true });
      assert.deepEqual(phases, ['answer', 'result']);
      assert.equal(nextPhase({ phases }, 'answer'), 'result');
      assert.deepEqual(phasesFor(hvemDefinerer.phases, PACE), hvemDefinerer.phases);
      assert.deepEqual(phasesFor(hvemDefinerer.phases, undefined), hvemDefinerer.phases);
    });
  });
});
