import assert from 'node:assert/strict';
import { beginClose, finishPhase, phaseDeadlineFor } from '../../../domain/lifecycle/close';
import { STALE_SUMMARY_CLAIM_MS, STALE_THREAD_CLAIM_MS, summaryDue } from '../../../domain/lifecycle/claims';
import { cancel, cancelIn, markSwept, writeResult } from '../../../domain/lifecycle/end';
import { showProgress } from '../../../domain/lifecycle/progress';
import { claimSummary, markSummaryPosted, markSummaryWithheld } from '../../../domain/lifecycle/summary-post';
import { claimThread, threadPosted } from '../../../domain/lifecycle/thread';
import { isRefusal, type Transition } from '../../../domain/lifecycle/transition';
import type { Session } from '../../../domain/session';

const T0 = new Date('2026-12-05T09:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

function session(over: Partial<Session> = {}): Session {
  return {
    schema: 1,
    id: 'a'.repeat(24),
    exerciseId: 'faggrupper',
    exerciseVersion: 1,
    settings: { title: 'Test', k: 3, language: 'da', distribution: 'all', timeZone: 'Europe/Copenhagen', phaseDays: { proposals: 2 } },
    facilitator: { id: 'f', name: 'F' },
    state: 'open',
    phase: 'answer',
    place: { serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'c', threadId: 'c;messageid=1', rootActivityId: '1' },
    createdAt: T0.toISOString(),
    shownProgress: 0,
    ...over,
  };
}

/** The session a transition leads to; fails when it refuses. */
function next(t: Transition, s: Session): Session {
  const out = t(s);
  assert.ok(!isRefusal(out), `refused: ${JSON.stringify(out)}`);
  return out;
}

function refusal(t: Transition, s: Session): string {
  const out = t(s);
  assert.ok(isRefusal(out), 'expected a refusal');
  return out.refused;
}

describe('the session lifecycle (pure transitions)', () => {
  describe('closing a phase', () => {
    it('begins only from open, and says who closed it and when', () => {
      const closing = next(beginClose(T0, 'deadline'), session());
      assert.deepEqual([closing.state, closing.closedBy, closing.closingAt], ['closing', 'deadline', T0.toISOString()]);
      assert.equal(refusal(beginClose(T0, 'facilitator'), closing), 'notOpen', 'a second close leaves the first alone');
      assert.equal(refusal(beginClose(T0, 'facilitator'), session({ state: 'closed' })), 'notOpen');
    });

    it('finishes into the next phase, from zero progress with its own deadline, or closes the session', () => {
      const closing = session({ state: 'closing', closingAt: T0.toISOString(), shownProgress: 10 });
      const deadline = phaseDeadlineFor(closing, 'proposals', T0);
      assert.equal(deadline, later(2 * 86_400_000).toISOString(), 'two days, as set up');
      const proposals = next(finishPhase(T0, 'answer', 'proposals', deadline), closing);
      assert.deepEqual([proposals.state, proposals.phase, proposals.shownProgress, proposals.closingAt, proposals.phaseDeadline], ['open', 'proposals', 0, undefined, deadline]);
      const closed = next(finishPhase(T0, 'answer', undefined), closing);
      assert.deepEqual([closed.state, closed.closedAt], ['closed', T0.toISOString()]);
      assert.equal(phaseDeadlineFor(closing, 'vote', T0), undefined, 'no days for the vote: until the facilitator moves on');
    });

    it('finishes only a session still closing that phase, so of two closers only the first write applies', () => {
      const closed = next(finishPhase(T0, 'answer', undefined), session({ state: 'closing' }));
      assert.equal(refusal(finishPhase(T0, 'answer', undefined), closed), 'notClosing');
      assert.equal(refusal(finishPhase(T0, 'answer', 'vote'), session()), 'notClosing');
      // A closer of the answer phase that stalled meets the proposals phase closing: it must not reopen it.
      assert.equal(refusal(finishPhase(T0, 'answer', 'proposals'), session({ state: 'closing', phase: 'proposals' })), 'notClosing');
    });
  });

  describe('posting the summary once', () => {
    const closed = session({ state: 'closed', closedAt: T0.toISOString() });

    it('is due once the answer phase is over: at close, or when a later phase opened', () => {
      assert.equal(refusal(claimSummary(T0), session()), 'notDue');
      assert.equal(refusal(claimSummary(T0), session({ state: 'closing' })), 'notDue');
      assert.equal(next(claimSummary(T0), closed).summaryClaimedAt, T0.toISOString());
      assert.ok(next(claimSummary(T0), session({ phase: 'proposals' })).summaryClaimedAt);
    });

    it('is due until posted or withheld: the one rule the claim and the watcher index share', () => {
      assert.deepEqual([session(), closed, { ...closed, summaryPostedAt: T0.toISOString() }, { ...closed, summaryWithheld: 'unreachable' as const }].map(summaryDue), [false, true, false, false]);
    });

    it('waits for a fresh claim of another process, and takes over a stale one after a crash', () => {
      const claimed = next(claimSummary(T0), closed);
      assert.equal(refusal(claimSummary(later(STALE_SUMMARY_CLAIM_MS - 1)), claimed), 'claimed');
      assert.equal(next(claimSummary(later(STALE_SUMMARY_CLAIM_MS)), claimed).summaryClaimedAt, later(STALE_SUMMARY_CLAIM_MS).toISOString());
    });

    it('never posts twice, never after it was withheld, and never for a cancelled session', () => {
      const posted = next(markSummaryPosted(T0), next(claimSummary(T0), closed));
      assert.equal(refusal(claimSummary(later(STALE_SUMMARY_CLAIM_MS * 10)), posted), 'posted');
      assert.equal(refusal(markSummaryPosted(T0), posted), 'posted');
      const withheld = next(markSummaryWithheld('unreachable'), closed);
      assert.equal(refusal(claimSummary(later(STALE_SUMMARY_CLAIM_MS * 10)), withheld), 'withheld');
      const cancelled = next(cancel(T0), session());
      assert.equal(cancelled.summaryWithheld, 'cancelled');
      assert.equal(refusal(claimSummary(later(STALE_SUMMARY_CLAIM_MS * 10)), cancelled), 'withheld');
      assert.equal(refusal(claimSummary(T0), { ...cancelled, summaryWithheld: undefined }), 'cancelled', 'cancelled alone is enough');
    });
  });

  describe('ending', () => {
    it('cancels in the phase that was shut, and leaves a phase opened meanwhile to be shut first', () => {
      assert.equal(next(cancelIn('answer', T0), session()).cancelledAt, T0.toISOString());
      assert.equal(refusal(cancelIn('answer', T0), session({ phase: 'proposals' })), 'unchanged');
      assert.equal(refusal(cancelIn('vote', T0), session({ phase: 'vote', state: 'closed' })), 'closed', 'a closed one stays as it is');
    });

    it('cancels an open or closing session now, and leaves a closed one alone', () => {
      const c = next(cancel(T0), session({ state: 'closing' }));
      assert.deepEqual([c.state, c.closedAt, c.cancelledAt], ['closed', T0.toISOString(), T0.toISOString()]);
      assert.equal(refusal(cancel(later(1)), c), 'cancelled');
      assert.equal(refusal(cancel(T0), session({ state: 'closed' })), 'closed');
      assert.equal(next(cancel(T0), session({ phase: 'vote', summaryPostedAt: T0.toISOString() })).summaryWithheld, undefined, 'a posted summary stays posted');
    });

    it('writes the result only in the open result phase, and closes the session', () => {
      assert.equal(next(writeResult(T0), session({ phase: 'result' })).state, 'closed');
      assert.equal(refusal(writeResult(T0), session({ phase: 'vote' })), 'notResultPhase');
      assert.equal(refusal(writeResult(T0), session({ phase: 'result', state: 'closed' })), 'notResultPhase', "a second facilitator's result is refused");
    });

    it('marks a closed session swept once', () => {
      const swept = next(markSwept(T0), session({ state: 'closed' }));
      assert.equal(swept.sweptAt, T0.toISOString());
      assert.equal(refusal(markSwept(later(1)), swept), 'swept');
      assert.equal(refusal(markSwept(T0), session()), 'notDue');
    });
  });

  describe('the thread and the progress figure', () => {
    it('claims the thread once: a delivery within the minute waits, a stale claim is taken over, a posted thread is never posted again', () => {
      const unposted = session({ place: { serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'c' } });
      const claimed = next(claimThread(T0), unposted);
      assert.equal(refusal(claimThread(later(STALE_THREAD_CLAIM_MS)), claimed), 'claimed');
      assert.ok(next(claimThread(later(STALE_THREAD_CLAIM_MS + 1)), claimed));
      const posted = next(threadPosted({ threadId: 'c;messageid=9', rootActivityId: '9' }), claimed);
      assert.equal(posted.place.threadId, 'c;messageid=9');
      assert.equal(refusal(claimThread(later(STALE_THREAD_CLAIM_MS * 10)), posted), 'posted');
    });

    it('moves the progress figure only up, only while its phase is open, and never onto the next phase', () => {
      assert.equal(next(showProgress('answer', 5), session()).shownProgress, 5);
      assert.equal(refusal(showProgress('answer', 5), session({ shownProgress: 5 })), 'unchanged');
      assert.equal(refusal(showProgress('answer', 3), session({ shownProgress: 5 })), 'unchanged');
      assert.equal(refusal(showProgress('answer', 10), session({ state: 'closing' })), 'notOpen');
      assert.equal(refusal(showProgress('answer', 10), session({ phase: 'proposals' })), 'notOpen', 'counted in the answer phase, the proposals opened meanwhile');
    });
  });

  it('never changes the session it is given', () => {
    const s = session();
    const frozen = JSON.stringify(s);
    for (const t of [beginClose(T0, 'facilitator'), cancel(T0), showProgress('answer', 5), claimSummary(T0)]) t(s);
    assert.equal(JSON.stringify(s), frozen);
  });
});
