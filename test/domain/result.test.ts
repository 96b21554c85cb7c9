import assert from 'node:assert/strict';
import { asStoredOneOff, followUpSettings, ONE_OFF_RULE } from '../../domain/checkins/follow-up';
import { newSchedule } from '../../domain/checkins/manage';
import { occurrencesAfter } from '../../domain/checkins/recurrence';
import { ACTION_MAX, checkResult, WHO_MAX } from '../../domain/validation/result';

const TODAY = '2027-02-10';

describe('checkResult: actions with who and by when', () => {
  it('keeps an action with who and a date from today on', () => {
    assert.deepEqual(checkResult({ formulation: 'Færre skemaer', action1: 'Spørg forvaltningen', who1: 'Mette', when1: TODAY, action2: 'Drop referatet', when2: '2027-03-01' }, TODAY), {
      ok: true,
      value: {
        formulation: 'Færre skemaer',
        actions: [
          { action: 'Spørg forvaltningen', who: 'Mette', when: TODAY },
          { action: 'Drop referatet', when: '2027-03-01' },
        ],
      },
    });
  });

  it('refuses a date in the past or one that cannot be read, naming the action', () => {
    const problems = (input: Record<string, unknown>) => {
      const checked = checkResult({ formulation: 'Færre skemaer', ...input }, TODAY);
      return checked.ok ? [] : checked.problems.map((p) => [p.key, p.vars?.n]);
    };
    assert.deepEqual(problems({ action1: 'A', when1: '2027-02-09' }), [['result.error.datePast', 1]]);
    assert.deepEqual(problems({ action2: 'B', when2: '2027-02-30' }), [['result.error.date', 2]]);
    assert.deepEqual(problems({ action3: 'C', when3: 'næste fredag' }), [['result.error.date', 3]]);
    assert.deepEqual(problems({ who1: 'Mette', when1: '2027-03-01' }), [['result.error.noAction', 1]], 'who and when without an action are not dropped silently');
  });

  it('holds each field to the limit the form states', () => {
    const keys = (input: Record<string, unknown>) => {
      const checked = checkResult({ formulation: 'F', ...input }, TODAY);
      return checked.ok ? [] : checked.problems.map((p) => [p.field, p.vars?.max]);
    };
    assert.deepEqual(keys({ action1: 'x'.repeat(ACTION_MAX) }), []);
    assert.deepEqual(keys({ action1: 'x'.repeat(ACTION_MAX + 1) }), [['action1', ACTION_MAX]]);
    assert.deepEqual(keys({ action1: 'A', who1: 'x'.repeat(WHO_MAX + 1) }), [['who1', WHO_MAX]]);
  });
});

describe('followUpSettings: a one-off Kerneopgave-tjek', () => {
  it('falls that many weeks later at the same local time of day, also across summer time, and only once', () => {
    // Friday 5 March 2027 10:15 in Copenhagen (winter time); eight weeks on is summer time.
    const now = new Date('2027-03-05T09:15:00Z');
    const settings = followUpSettings(8, now, { k: 5, language: 'da', timeZone: 'Europe/Copenhagen' });
    assert.deepEqual([settings.templateId, settings.cadence, settings.startDate, settings.timeOfDay], ['kerneopgave-tjek', { kind: 'once', date: '2027-04-30' }, '2027-04-30', '10:15']);
    assert.deepEqual(occurrencesAfter(settings, now, 3), [new Date('2027-04-30T08:15:00Z')], 'one round, at 10:15 summer time, and no second');
  });

  it('is planned on the next five-minute step after the press, as every stored time is', () => {
    const zone = { k: 5, language: 'da' as const, timeZone: 'Europe/Copenhagen' };
    // Friday 1 January 2027 17:01:40 in Copenhagen: four weeks on, 17:05.
    const at = followUpSettings(4, new Date('2027-01-01T16:01:40Z'), zone);
    assert.deepEqual([at.cadence, at.timeOfDay], [{ kind: 'once', date: '2027-01-29' }, '17:05']);
    assert.equal(followUpSettings(4, new Date('2027-01-01T16:05:59Z'), zone).timeOfDay, '17:05', 'a press on a step stays there');
    // 23:58 moves on to midnight, and so to the next day.
    const late = followUpSettings(4, new Date('2027-01-01T22:58:00Z'), zone);
    assert.deepEqual([late.cadence, late.timeOfDay], [{ kind: 'once', date: '2027-01-30' }, '00:00']);
    assert.deepEqual(occurrencesAfter(late, new Date('2027-01-01T22:58:00Z'), 2), [new Date('2027-01-29T23:00:00Z')]);
  });

  it('reads a follow-up stored with the old one-off rule as a one-off, and a typed rule as a rule', () => {
    const stored = {
      ...newSchedule(
        's-followup-0123456789abcdef01234567',
        { ...followUpSettings(4, new Date('2027-01-01T16:05:00Z'), { k: 5, language: 'da', timeZone: 'Europe/Copenhagen' }), cadence: { kind: 'rrule', rule: ONE_OFF_RULE } },
        { id: '29:1', name: 'Mette' },
        new Date(),
      ),
    };
    assert.deepEqual(asStoredOneOff(stored).cadence, { kind: 'once', date: '2027-01-29' });
    const typed = { ...stored, id: 's-0123456789abcdef' };
    assert.equal(asStoredOneOff(typed), typed);
  });
});
