import assert from 'node:assert/strict';
import { cadencePhrase, cadenceText } from '../../cards/cadence-text';
import { ONE_OFF_RULE } from '../../domain/checkins/follow-up';

describe('cadenceText: how often a check-in runs, in words', () => {
  it('says a follow-up planned from a result runs once, on its date, instead of showing a rule', () => {
    const once = { cadence: { kind: 'once' as const, date: '2027-01-29' }, timeOfDay: '17:05', timeZone: 'Europe/Copenhagen' };
    assert.equal(cadencePhrase('da', once), 'én gang, fredag den 29. januar 2027 kl. 17:05 (dansk tid)');
    assert.equal(cadenceText('en', once), 'Once, on Friday 29 January 2027 at 17:05 (Danish time)');
    assert.doesNotMatch(cadencePhrase('da', once), /FREQ|COUNT/);
  });

  it('shows the one-off rule as a rule when a leader typed it: a one-off is known by its kind, not its text', () => {
    assert.match(cadenceText('da', { cadence: { kind: 'rrule', rule: ONE_OFF_RULE }, timeOfDay: '09:00', timeZone: 'Europe/Copenhagen' }), /FREQ=DAILY;COUNT=1/);
  });

  it('still shows a custom rule as written', () => {
    assert.match(cadenceText('da', { cadence: { kind: 'rrule', rule: 'FREQ=WEEKLY;BYDAY=MO,TH' }, timeOfDay: '09:00', timeZone: 'Europe/Copenhagen' }), /FREQ=WEEKLY;BYDAY=MO,TH/);
  });

  it('names the weekday and time of the usual cadences', () => {
    assert.equal(cadenceText('da', { cadence: { kind: 'monthly', nth: 1, weekday: 'MO' }, timeOfDay: '09:00', timeZone: 'Europe/Copenhagen' }), 'Hver måned, første mandag kl. 09:00 (dansk tid)');
  });
});
