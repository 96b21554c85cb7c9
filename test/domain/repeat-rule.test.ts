import assert from 'node:assert/strict';
import { candidateRuns, countsAsEarlierRun, type RunOf } from '../../domain/summary/repeat-rule';

const current: RunOf = { id: 'now', exerciseId: 'dilemmaer', settings: { variant: 'd1' }, place: { serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'channel-a' } };
const earlier = (over: Partial<RunOf> = {}): RunOf => ({ ...current, id: 'before', summaryPostedAt: '2027-01-04T08:00:00Z', ...over });

describe('which earlier session makes a run a re-run (docs/anonymity.md, "Figures across rounds")', () => {
  it('the same exercise in the same channel whose summary was posted with figures', () => {
    assert.equal(countsAsEarlierRun(current, earlier(), true), true);
  });

  it('not when its summary was below k, never posted, or the session was cancelled', () => {
    assert.equal(countsAsEarlierRun(current, earlier(), false), false, 'below k: nothing shown to compare');
    assert.equal(countsAsEarlierRun(current, earlier({ summaryPostedAt: undefined }), true), false, 'not posted (yet, or withheld)');
    assert.equal(countsAsEarlierRun(current, earlier({ cancelledAt: '2027-01-03T08:00:00Z' }), true), false);
  });

  it('not another channel, another exercise, another dilemma, or a team\'s own exercise with other questions', () => {
    assert.equal(countsAsEarlierRun(current, earlier({ place: { ...current.place, teamsChannelId: 'channel-b' } }), true), false);
    assert.equal(countsAsEarlierRun(current, earlier({ exerciseId: 'vildfarelser' }), true), false);
    assert.equal(countsAsEarlierRun(current, earlier({ settings: { variant: 'd2' } }), true), false);
    const own = (text: string): RunOf => ({ ...current, exerciseId: 'egen', settings: { custom: { questions: [{ kind: 'scale', text }] } } });
    assert.equal(countsAsEarlierRun(own('Vi har tid nok'), { ...own('Vi har tid nok'), id: 'before', summaryPostedAt: 'x' }, true), true);
    assert.equal(countsAsEarlierRun(own('Vi har tid nok'), { ...own('Vi har for travlt'), id: 'before', summaryPostedAt: 'x' }, true), false);
  });

  it('not itself, and not check-in rounds, which are rounded by their own rule', () => {
    assert.equal(countsAsEarlierRun(current, { ...current, summaryPostedAt: 'x' }, true), false);
    const round = { scheduleId: 's', dueAt: '2027-01-04T08:00:00Z', late: false, carried: [] };
    assert.equal(countsAsEarlierRun({ ...current, round }, earlier({ round }), true), false);
  });

  it('candidateRuns keeps the sessions worth reading the summary of', () => {
    const others = [earlier({ id: 'a' }), earlier({ id: 'b', exerciseId: 'tid' }), earlier({ id: 'c', summaryPostedAt: undefined }), { ...current }];
    assert.deepEqual(candidateRuns(current, others).map((o) => o.id), ['a']);
  });
});
