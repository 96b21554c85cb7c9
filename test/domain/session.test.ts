import assert from 'node:assert/strict';
import { answerRefusal, isCurrentVersion, isPastDeadline, type Session } from '../../domain/session';

const base = { schema: 1, exerciseVersion: 1, state: 'open', settings: { deadline: '2026-12-01T15:00:00Z' } } as unknown as Session;

describe('session rules', () => {
  it('runs only sessions of the current shape and exercise version', () => {
    assert.equal(isCurrentVersion(base, 1), true);
    assert.equal(isCurrentVersion({ ...base, exerciseVersion: 0 }, 1), false, 'the questions changed since it started');
    assert.equal(isCurrentVersion({ ...base, schema: 2 } as unknown as Session, 1), false);
    assert.equal(isCurrentVersion(base, undefined), false, 'the exercise left the catalogue');
  });

  it('refuses answers once closed or past the deadline, even before the deadline watcher runs', () => {
    assert.equal(answerRefusal(base, new Date('2026-12-01T14:59:00Z')), undefined);
    assert.equal(answerRefusal(base, new Date('2026-12-01T15:00:00Z')), 'closed');
    assert.equal(answerRefusal({ ...base, state: 'closing' }, new Date('2026-11-01T00:00:00Z')), 'closed');
    assert.equal(isPastDeadline({ ...base, settings: { ...base.settings, deadline: undefined } }, new Date('2999-01-01')), false);
  });
});
