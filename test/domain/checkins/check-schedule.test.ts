import assert from 'node:assert/strict';
import { checkSchedule } from '../../../domain/checkins/check-schedule';
import type { ScheduleSettings } from '../../../domain/checkins/schedule';
import type { Problem } from '../../../domain/validation/problem';
import { GROUPS_TEXT_MAX, splitGroups } from '../../../domain/validation/settings';

// Sunday 10 January 2027, 13:00 in Copenhagen.
const NOW = new Date('2027-01-10T12:00:00Z');
const BASE = { templateId: 'kerneopgave-tjek', cadence: 'monthly', nth: '1', weekday: 'MO', time: '09:00', roundAmount: '3', roundUnit: 'days', language: 'da' };

function ok(over: Record<string, unknown> = {}, now = NOW): ScheduleSettings {
  const result = checkSchedule({ ...BASE, ...over }, now);
  assert.ok(result.ok, `expected a valid schedule, got ${JSON.stringify(!result.ok && result.problems)}`);
  return result.value;
}

function problems(over: Record<string, unknown>, now = NOW): Problem[] {
  const result = checkSchedule({ ...BASE, ...over }, now);
  assert.equal(result.ok, false, `expected problems for ${JSON.stringify(over)}`);
  return result.ok ? [] : result.problems;
}

const keys = (over: Record<string, unknown>) => problems(over).map((p) => p.key);

describe('checkSchedule', () => {
  it('gives the settings with k 5, Europe/Copenhagen and today as the defaults', () => {
    assert.deepEqual(ok({ reminders: '48, 24' }), {
      templateId: 'kerneopgave-tjek',
      cadence: { kind: 'monthly', nth: 1, weekday: 'MO' },
      timeOfDay: '09:00',
      timeZone: 'Europe/Copenhagen',
      startDate: '2027-01-10',
      roundLength: { amount: 3, unit: 'days' },
      k: 5,
      language: 'da',
      reminderHours: [24, 48],
    });
  });

  it("takes today's date in the schedule's zone, not in UTC", () => {
    assert.equal(ok({}, new Date('2027-01-10T23:30:00Z')).startDate, '2027-01-11');
    assert.equal(ok({ timeZone: 'America/New_York' }, new Date('2027-01-11T02:00:00Z')).startDate, '2027-01-10');
  });

  describe('template', () => {
    for (const templateId of [undefined, '', 'kerneopgave', 'hvem-definerer', 42]) {
      it(`refuses ${JSON.stringify(templateId)}`, () => assert.deepEqual(keys({ templateId }), ['schedule.error.template']));
    }
  });

  describe('cadence', () => {
    it('weekly and every 2 weeks need a weekday, in any case', () => {
      assert.deepEqual(ok({ cadence: 'weekly', weekday: 'th' }).cadence, { kind: 'weekly', weekday: 'TH' });
      assert.deepEqual(ok({ cadence: 'biweekly', weekday: 'FR' }).cadence, { kind: 'biweekly', weekday: 'FR' });
      assert.deepEqual(keys({ cadence: 'weekly', weekday: '' }), ['schedule.error.weekday']);
      assert.deepEqual(keys({ cadence: 'weekly', weekday: 'mandag' }), ['schedule.error.weekday']);
    });

    it('monthly takes first to fourth, or -1 for the last weekday', () => {
      assert.deepEqual(ok({ nth: '-1', weekday: 'SU' }).cadence, { kind: 'monthly', nth: -1, weekday: 'SU' });
      assert.deepEqual(ok({ nth: 4 }).cadence, { kind: 'monthly', nth: 4, weekday: 'MO' });
      for (const nth of ['5', '0', '-2', '', 'first', '1.0']) assert.deepEqual(keys({ nth }), ['schedule.error.nth'], String(nth));
    });

    it('quarterly takes a weekday and first to fourth or last, like monthly', () => {
      assert.deepEqual(ok({ cadence: 'quarterly', nth: '1', weekday: 'tu' }).cadence, { kind: 'quarterly', nth: 1, weekday: 'TU' });
      assert.deepEqual(ok({ cadence: 'quarterly', nth: '-1', weekday: 'FR' }).cadence, { kind: 'quarterly', nth: -1, weekday: 'FR' });
      assert.deepEqual(keys({ cadence: 'quarterly', nth: '5' }), ['schedule.error.nth']);
      assert.deepEqual(keys({ cadence: 'quarterly', weekday: '8' }), ['schedule.error.weekday']);
    });

    it('quarterly rounds are three months apart, so a round may stay open the longest 30 days, which monthly refuses', () => {
      assert.equal(ok({ cadence: 'quarterly', roundAmount: '30' }).roundLength.amount, 30);
      assert.deepEqual(keys({ cadence: 'monthly', roundAmount: '30' }), ['schedule.error.roundTooLongDays']);
    });

    it('refuses a rule typed under Avanceret while another cadence is chosen, rather than dropping it', () => {
      assert.deepEqual(problems({ cadence: 'weekly', rrule: 'FREQ=DAILY' }), [{ field: 'rrule', key: 'schedule.error.rruleNotChosen', vars: { cadence: 'schedule.form.cadence.weekly' } }]);
      assert.deepEqual(ok({ cadence: 'weekly', rrule: '  ' }).cadence, { kind: 'weekly', weekday: 'MO' });
    });

    it('refuses an unknown cadence', () => {
      assert.deepEqual(keys({ cadence: 'daily' }), ['schedule.error.cadence']);
      assert.deepEqual(keys({ cadence: undefined }), ['schedule.error.cadence']);
    });
  });

  describe('a custom rule', () => {
    it('is stored cleaned: no prefix, no spaces, upper case', () => {
      assert.deepEqual(ok({ cadence: 'rrule', rrule: ' RRULE:freq=weekly; byday=mo,th ', roundAmount: '2' }).cadence, { kind: 'rrule', rule: 'FREQ=WEEKLY;BYDAY=MO,TH' });
    });

    it('may be daily, with a round shorter than the 23 hours of the spring-forward day', () => {
      assert.deepEqual(ok({ cadence: 'rrule', rrule: 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', roundAmount: '8', roundUnit: 'hours' }).cadence, { kind: 'rrule', rule: 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR' });
      assert.deepEqual(problems({ cadence: 'rrule', rrule: 'FREQ=DAILY', roundAmount: '23', roundUnit: 'hours' }), [
        { field: 'roundLength', key: 'schedule.error.roundTooLongHours', vars: { hours: 23 } },
      ]);
    });

    const bad: [string, string, Record<string, string>?][] = [
      ['', 'schedule.error.rruleEmpty'],
      ['RRULE:', 'schedule.error.rruleEmpty'],
      ['FREQ=HOURLY', 'schedule.error.rruleTooOften'],
      ['FREQ=MINUTELY;INTERVAL=30', 'schedule.error.rruleTooOften'],
      ['FREQ=BOGUS', 'schedule.error.rruleValue', { part: 'FREQ' }],
      ['BYDAY=MO', 'schedule.error.rruleValue', { part: 'FREQ' }],
      ['FREQ=DAILY;FREQ=WEEKLY', 'schedule.error.rruleValue', { part: 'FREQ' }],
      ['FREQ=DAILY;BYHOUR=9,15', 'schedule.error.rrulePart', { part: 'BYHOUR' }],
      ['FREQ=DAILY;BYMINUTE=0', 'schedule.error.rrulePart', { part: 'BYMINUTE' }],
      ['DTSTART=20270101T090000Z;FREQ=DAILY', 'schedule.error.rrulePart', { part: 'DTSTART' }],
      ['FREQ=WEEKLY;TZID=Europe/Paris', 'schedule.error.rrulePart', { part: 'TZID' }],
      ['FREQ=WEEKLY;BYDAY=XX', 'schedule.error.rruleValue', { part: 'BYDAY' }],
      ['FREQ=WEEKLY;BYDAY=', 'schedule.error.rruleValue', { part: 'BYDAY' }],
      ['FREQ=DAILY;INTERVAL=abc', 'schedule.error.rruleValue', { part: 'INTERVAL' }],
      ['FREQ=DAILY;INTERVAL=0', 'schedule.error.rruleValue', { part: 'INTERVAL' }],
      ['FREQ=DAILY;INTERVAL=60', 'schedule.error.rruleValue', { part: 'INTERVAL' }],
      ['FREQ=MONTHLY;BYMONTHDAY=32', 'schedule.error.rruleValue', { part: 'BYMONTHDAY' }],
      ['FREQ=DAILY;COUNT=3;UNTIL=20271231', 'schedule.error.rruleValue', { part: 'COUNT' }],
      ['FREQ=DAILY;X-NAME=1', 'schedule.error.rrulePart', { part: 'X-NAME' }],
      ['FREQ=DAILY;BYDAY=MO=TU', 'schedule.error.rruleValue', { part: 'BYDAY' }],
    ];
    for (const [rrule, key, vars] of bad) {
      it(`refuses ${JSON.stringify(rrule)} with ${key}`, () => {
        assert.deepEqual(problems({ cadence: 'rrule', rrule }), [{ field: 'rrule', key, ...(vars ? { vars } : {}) }]);
      });
    }

    it('refuses a rule longer than 300 characters', () => {
      assert.deepEqual(keys({ cadence: 'rrule', rrule: `FREQ=WEEKLY;BYDAY=${Array(120).fill('MO').join(',')}` }), ['schedule.error.rruleTooLong']);
    });

    it('refuses a rule that never comes round: 30 February, or an end in the past', () => {
      assert.deepEqual(problems({ cadence: 'rrule', rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' }), [{ field: 'rrule', key: 'schedule.error.never' }]);
      assert.deepEqual(keys({ cadence: 'rrule', rrule: 'FREQ=WEEKLY;UNTIL=20261231' }), ['schedule.error.never']);
    });
  });

  describe('time of day and time zone', () => {
    it('reads 9:00 and 9.30 as 09:00 and 09:30', () => {
      assert.equal(ok({ time: '9:00' }).timeOfDay, '09:00');
      assert.equal(ok({ time: '9.30' }).timeOfDay, '09:30');
    });

    it('moves a time between two five-minute steps to the nearest step, never into the next day', () => {
      assert.equal(ok({ time: '14:07' }).timeOfDay, '14:05');
      assert.equal(ok({ time: '14:08' }).timeOfDay, '14:10');
      assert.equal(ok({ time: '9.32' }).timeOfDay, '09:30');
      assert.equal(ok({ time: '23:58' }).timeOfDay, '23:55');
      assert.equal(ok({ time: '00:02' }).timeOfDay, '00:00');
    });

    for (const time of ['', '24:00', '25:00', '12:60', '0900', '9', '9am', '09:00:00', undefined]) {
      it(`refuses the time ${JSON.stringify(time)}`, () => assert.deepEqual(keys({ time }), ['schedule.error.time']));
    }

    it('stores a zone in its canonical spelling', () => {
      assert.equal(ok({ timeZone: 'europe/copenhagen' }).timeZone, 'Europe/Copenhagen');
      assert.equal(ok({ timeZone: 'America/New_York' }).timeZone, 'America/New_York');
    });

    for (const timeZone of ['Mars/Olympus', '+01:00', 'UTC+1', 'Copenhagen']) {
      it(`refuses the zone ${JSON.stringify(timeZone)}: not IANA, or no daylight saving`, () => assert.deepEqual(keys({ timeZone }), ['schedule.error.timeZone']));
    }
  });

  describe('start date', () => {
    it('may be today or up to a year ahead', () => {
      assert.equal(ok({ startDate: '2027-01-10' }).startDate, '2027-01-10');
      assert.equal(ok({ startDate: '2028-01-10' }).startDate, '2028-01-10');
    });

    it('refuses the past, more than a year ahead and bad dates', () => {
      assert.deepEqual(keys({ startDate: '2027-01-09' }), ['schedule.error.startDatePast']);
      assert.deepEqual(problems({ startDate: '2028-01-11' }), [{ field: 'startDate', key: 'schedule.error.startDateFar', vars: { days: 365 } }]);
      for (const startDate of ['10-01-2027', '2027-02-30', 'i morgen']) assert.deepEqual(keys({ startDate }), ['schedule.error.startDateFormat'], startDate);
    });
  });

  describe('round length', () => {
    for (const [roundAmount, roundUnit] of [
      ['0', 'days'],
      ['31', 'days'],
      ['721', 'hours'],
      ['3', 'weeks'],
      ['3', ''],
      ['2.5', 'days'],
      ['', 'days'],
    ]) {
      it(`refuses ${roundAmount} ${roundUnit || '(no unit)'}`, () => {
        assert.deepEqual(problems({ roundAmount, roundUnit }), [{ field: 'roundLength', key: 'schedule.error.roundLength', vars: { hours: 720, days: 30 } }]);
      });
    }

    it('must close before the next round: 7 days is too long for a weekly check-in, 6 is fine', () => {
      assert.deepEqual(problems({ cadence: 'weekly', roundAmount: '7' }), [{ field: 'roundLength', key: 'schedule.error.roundTooLongDays', vars: { days: 7 } }]);
      assert.equal(ok({ cadence: 'weekly', roundAmount: '6' }).roundLength.amount, 6);
    });

    it('first Mondays can be 28 days apart, so a monthly round may last 27 days but not 28', () => {
      assert.equal(ok({ roundAmount: '27' }).roundLength.amount, 27);
      assert.deepEqual(problems({ roundAmount: '28' }), [{ field: 'roundLength', key: 'schedule.error.roundTooLongDays', vars: { days: 28 } }]);
    });
  });

  describe('reminders', () => {
    it('are whole hours after opening, sorted and without repeats', () => {
      assert.deepEqual(ok({ reminders: '48 24;24' }).reminderHours, [24, 48]);
      assert.deepEqual(ok({ reminders: '' }).reminderHours, []);
    });

    it('are at most three', () => {
      assert.deepEqual(problems({ reminders: '1,2,3,4' }), [{ field: 'reminders', key: 'schedule.error.reminders', vars: { max: 3 } }]);
    });

    it('fall inside the round', () => {
      assert.deepEqual(problems({ reminders: '24, 72' }), [{ field: 'reminders', key: 'schedule.error.reminderOutside', vars: { hours: 72 } }]);
      assert.deepEqual(keys({ reminders: '0' }), ['schedule.error.reminderOutside']);
      assert.deepEqual(ok({ reminders: '71' }).reminderHours, [71]);
    });

    for (const reminders of ['1.5', '-3', 'en dag']) {
      it(`refuses ${JSON.stringify(reminders)}`, () => assert.deepEqual(keys({ reminders }), ['schedule.error.reminders']));
    }
  });

  describe("text limits, the same as the form's maxLength", () => {
    it('refuses a time zone, reminders or groups longer than the form allows, naming the field and the limit', () => {
      assert.deepEqual(problems({ timeZone: `Europe/${'x'.repeat(58)}` }), [{ field: 'timeZone', key: 'schedule.error.tooLong', vars: { field: 'schedule.form.timeZone', max: 64 } }]);
      assert.deepEqual(problems({ reminders: `24${','.repeat(37)}48` }), [{ field: 'reminders', key: 'schedule.error.tooLong', vars: { field: 'schedule.form.reminders', max: 40 } }]);
      assert.deepEqual(problems({ templateId: 'faelles-forstaaelse', groups: `Lærere\n${'x'.repeat(GROUPS_TEXT_MAX - 6)}` }), [
        { field: 'groups', key: 'schedule.error.tooLong', vars: { field: 'schedule.form.groups', max: GROUPS_TEXT_MAX } },
      ]);
    });

    it("reads the groups as the setup form does: one list, case-blind duplicates kept once, and the setup form's limit", () => {
      assert.deepEqual(splitGroups('Lærere, pædagoger\nlærere ;  Administration  '), ['Lærere', 'pædagoger', 'Administration']);
      assert.deepEqual(ok({ templateId: 'faelles-forstaaelse', groups: 'Lærere\nPædagoger\nLÆRERE' }).groups, ['Lærere', 'Pædagoger']);
      assert.equal(GROUPS_TEXT_MAX, 732, 'twelve names of 60 characters, one per line');
    });

    it('takes them at the limit', () => {
      assert.deepEqual(ok({ reminders: `24${','.repeat(36)}48` }).reminderHours, [24, 48]);
    });
  });

  describe('k and language', () => {
    it('takes k from 3 to 50', () => {
      assert.equal(ok({ k: '3' }).k, 3);
      assert.equal(ok({ k: 50 }).k, 50);
      for (const k of ['2', '51', 'x', 4.5, NaN]) assert.deepEqual(keys({ k }), ['setup.error.k'], String(k));
    });

    it('needs Danish or English', () => {
      assert.equal(ok({ language: 'en' }).language, 'en');
      assert.deepEqual(keys({ language: 'de' }), ['setup.error.language']);
    });
  });

  describe('professional groups', () => {
    it('are asked only of templates that need them', () => {
      assert.equal('groups' in ok({ groups: 'Lærere\nPædagoger' }), false);
      assert.deepEqual(ok({ templateId: 'faelles-forstaaelse', groups: 'Lærere\nPædagoger, Ledelse' }).groups, ['Lærere', 'Pædagoger', 'Ledelse']);
      assert.deepEqual(keys({ templateId: 'faelles-forstaaelse', groups: 'Lærere' }), ['setup.error.groups']);
    });

    it('are at most six for relational coordination, which asks seven items about each', () => {
      assert.equal(ok({ templateId: 'relationel-koordinering', groups: 'A\nB\nC\nD\nE\nF' }).groups?.length, 6);
      assert.deepEqual(problems({ templateId: 'relationel-koordinering', groups: 'A\nB\nC\nD\nE\nF\nG' }), [{ field: 'groups', key: 'schedule.error.rcGroups', vars: { min: 2, max: 6 } }]);
    });
  });

  it("reports every field's problem at once, before checking dates", () => {
    assert.deepEqual(keys({ templateId: 'x', cadence: 'weekly', weekday: '', time: '25:00', timeZone: 'Nowhere', roundAmount: '0', k: '1', language: '' }), [
      'schedule.error.template',
      'schedule.error.weekday',
      'schedule.error.time',
      'schedule.error.timeZone',
      'schedule.error.roundLength',
      'setup.error.k',
      'setup.error.language',
    ]);
  });
});
