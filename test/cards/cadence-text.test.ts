import assert from 'node:assert/strict';
import { cadencePhrase, cadenceText } from '../../cards/cadence-text';
import { ONE_OFF_RULE } from '../../domain/checkins/follow-up';

describe('cadenceText: how often a check-in runs, in words', () => {
  it('says a follow-up planned from a result runs once, instead of showing its rule', () => {
    const once = { cadence: { kind: 'rrule' as const, rule: ONE_OFF_RULE }, timeOfDay: '10:15', timeZone: 'Europe/Copenhagen' };
    assert.equal(cadenceText('da', once), 'Én gang kl. 10:15 (dansk tid)');
    assert.equal(cadenceText('en', once), 'Once at 10:15 (Danish time)');
    assert.doesNotMatch(cadencePhrase('da', once), /FREQ|COUNT/);
  });

  it('still shows a custom rule as written', () => {
    assert.match(cadenceText('da', { cadence: { kind: 'rrule', rule: 'FREQ=WEEKLY;BYDAY=MO,TH' }, timeOfDay: '09:00', timeZone: 'Europe/Copenhagen' }), /FREQ=WEEKLY;BYDAY=MO,TH/);
  });

  it('names the weekday and time of the usual cadences', () => {
    assert.equal(cadenceText('da', { cadence: { kind: 'monthly', nth: 1, weekday: 'MO' }, timeOfDay: '09:00', timeZone: 'Europe/Copenhagen' }), 'Hver måned, første mandag kl. 09:00 (dansk tid)');
  });
});
