import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { closesAt, occurrencesAfter, occurrencesBetween } from '../../../domain/checkins/recurrence';
import { iso, timing } from './fixtures';

const ZONE = 'Europe/Copenhagen';
const local = (d: Date) => DateTime.fromJSDate(d, { zone: ZONE });
const between = (t: ReturnType<typeof timing>, from: string, to: string) => occurrencesBetween(t, new Date(from), new Date(to)).map(iso);

describe('recurrence across the 2027 daylight-saving changes (Europe/Copenhagen)', () => {
  describe('weekly on Monday at 09:00', () => {
    const weekly = timing();

    it('is 08:00 UTC in winter and 07:00 UTC in summer around 28 March', () => {
      assert.deepEqual(between(weekly, '2027-03-15T00:00:00Z', '2027-04-06T00:00:00Z'), [
        '2027-03-15T08:00:00.000Z',
        '2027-03-22T08:00:00.000Z',
        '2027-03-29T07:00:00.000Z',
        '2027-04-05T07:00:00.000Z',
      ]);
    });

    it('is back at 08:00 UTC after 31 October', () => {
      assert.deepEqual(between(weekly, '2027-10-18T00:00:00Z', '2027-11-09T00:00:00Z'), [
        '2027-10-18T07:00:00.000Z',
        '2027-10-25T07:00:00.000Z',
        '2027-11-01T08:00:00.000Z',
        '2027-11-08T08:00:00.000Z',
      ]);
    });

    it('stays at 09:00 local on every Monday of the year', () => {
      const year = between(weekly, '2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z').map((s) => local(new Date(s)));
      assert.equal(year.length, 52);
      for (const at of year) assert.deepEqual([at.weekday, at.hour, at.minute], [1, 9, 0], at.toISO() ?? '');
    });
  });

  describe('monthly on the last Sunday at 09:00 (the change days themselves)', () => {
    const lastSunday = timing({ cadence: { kind: 'monthly', nth: -1, weekday: 'SU' } });

    it('opens on 28 March and 31 October at 09:00 local, whatever the offset that morning', () => {
      assert.deepEqual(between(lastSunday, '2027-02-01T00:00:00Z', '2027-04-30T00:00:00Z'), ['2027-02-28T08:00:00.000Z', '2027-03-28T07:00:00.000Z', '2027-04-25T07:00:00.000Z']);
      assert.deepEqual(between(lastSunday, '2027-09-01T00:00:00Z', '2027-11-30T00:00:00Z'), ['2027-09-26T07:00:00.000Z', '2027-10-31T08:00:00.000Z', '2027-11-28T08:00:00.000Z']);
    });
  });

  describe('monthly on the first Monday at 09:00', () => {
    const firstMonday = timing({ cadence: { kind: 'monthly', nth: 1, weekday: 'MO' } });

    it('gives the first Monday of each month, 08:00 UTC in winter and 07:00 UTC in summer', () => {
      const at = between(firstMonday, '2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z');
      assert.deepEqual(at, [
        '2027-01-04T08:00:00.000Z',
        '2027-02-01T08:00:00.000Z',
        '2027-03-01T08:00:00.000Z',
        '2027-04-05T07:00:00.000Z',
        '2027-05-03T07:00:00.000Z',
        '2027-06-07T07:00:00.000Z',
        '2027-07-05T07:00:00.000Z',
        '2027-08-02T07:00:00.000Z',
        '2027-09-06T07:00:00.000Z',
        '2027-10-04T07:00:00.000Z',
        '2027-11-01T08:00:00.000Z',
        '2027-12-06T08:00:00.000Z',
      ]);
      for (const s of at) assert.ok(local(new Date(s)).day <= 7 && local(new Date(s)).hour === 9, s);
    });
  });

  describe('every quarter on the first Monday at 09:00', () => {
    const quarterly = (startDate: string) => timing({ cadence: { kind: 'quarterly', nth: 1, weekday: 'MO' }, startDate });

    it("is the first Monday of every third month, from the start date's month when its first Monday is still to come", () => {
      assert.deepEqual(between(quarterly('2027-01-01'), '2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z'), [
        '2027-01-04T08:00:00.000Z',
        '2027-04-05T07:00:00.000Z',
        '2027-07-05T07:00:00.000Z',
        '2027-10-04T07:00:00.000Z',
      ]);
    });

    it("starts the next month when the start date's first Monday has passed: a plan made on 15 December begins in January, not March", () => {
      assert.deepEqual(between(quarterly('2026-12-15'), '2026-12-15T00:00:00Z', '2027-08-01T00:00:00Z'), ['2027-01-04T08:00:00.000Z', '2027-04-05T07:00:00.000Z', '2027-07-05T07:00:00.000Z']);
    });

    it('the last Friday of every third month, from February', () => {
      const lastFriday = timing({ cadence: { kind: 'quarterly', nth: -1, weekday: 'FR' }, startDate: '2027-02-10' });
      assert.deepEqual(occurrencesAfter(lastFriday, new Date('2027-02-10T00:00:00Z'), 3).map(iso), ['2027-02-26T08:00:00.000Z', '2027-05-28T07:00:00.000Z', '2027-08-27T07:00:00.000Z']);
    });
  });

  it("every 2 weeks counts from the start date's week", () => {
    const biweekly = timing({ cadence: { kind: 'biweekly', weekday: 'WE' }, startDate: '2027-03-08' });
    assert.deepEqual(between(biweekly, '2027-03-01T00:00:00Z', '2027-04-10T00:00:00Z'), ['2027-03-10T08:00:00.000Z', '2027-03-24T08:00:00.000Z', '2027-04-07T07:00:00.000Z']);
  });

  it('a custom rule keeps 09:00 local too (last Friday of the quarter)', () => {
    const quarterly = timing({ cadence: { kind: 'rrule', rule: 'FREQ=MONTHLY;BYDAY=-1FR;BYMONTH=3,6,9,12' } });
    assert.deepEqual(between(quarterly, '2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z'), [
      '2027-03-26T08:00:00.000Z',
      '2027-06-25T07:00:00.000Z',
      '2027-09-24T07:00:00.000Z',
      '2027-12-31T08:00:00.000Z',
    ]);
  });

  it("in another zone, 09:00 is that zone's 09:00", () => {
    const ny = timing({ timeZone: 'America/New_York' });
    // The US changes on 14 March 2027, two weeks before Europe.
    assert.deepEqual(between(ny, '2027-03-07T00:00:00Z', '2027-03-16T00:00:00Z'), ['2027-03-08T14:00:00.000Z', '2027-03-15T13:00:00.000Z']);
  });

  it('a time that does not exist on the spring-forward night moves forward by the gap', () => {
    const early = timing({ cadence: { kind: 'monthly', nth: -1, weekday: 'SU' }, timeOfDay: '02:30' });
    const [march] = between(early, '2027-03-27T00:00:00Z', '2027-03-29T00:00:00Z');
    assert.equal(local(new Date(march)).toFormat('yyyy-MM-dd HH:mm ZZ'), '2027-03-28 03:30 +02:00');
  });
});

describe('occurrencesAfter', () => {
  it('gives the next n, strictly after the instant', () => {
    const firstMonday = timing({ cadence: { kind: 'monthly', nth: 1, weekday: 'MO' } });
    assert.deepEqual(occurrencesAfter(firstMonday, new Date('2027-03-01T08:00:00Z'), 2).map(iso), ['2027-04-05T07:00:00.000Z', '2027-05-03T07:00:00.000Z']);
    assert.deepEqual(occurrencesAfter(firstMonday, new Date('2027-03-01T07:59:59Z'), 1).map(iso), ['2027-03-01T08:00:00.000Z']);
  });

  it('never gives a round before the start date', () => {
    assert.deepEqual(occurrencesAfter(timing({ startDate: '2027-06-01' }), new Date('2027-01-01T00:00:00Z'), 1).map(iso), ['2027-06-07T07:00:00.000Z']);
  });

  it('gives fewer when the rule ends, and finds a yearly rule years ahead', () => {
    assert.equal(occurrencesAfter(timing({ cadence: { kind: 'rrule', rule: 'FREQ=WEEKLY;COUNT=3' } }), new Date('2027-01-01T00:00:00Z'), 10).length, 3);
    const yearly = timing({ cadence: { kind: 'rrule', rule: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1' } });
    assert.deepEqual(occurrencesAfter(yearly, new Date('2027-01-01T00:00:00Z'), 3).map(iso), ['2027-06-01T07:00:00.000Z', '2028-06-01T07:00:00.000Z', '2029-06-01T07:00:00.000Z']);
  });
});

describe('round windows', () => {
  it('a 3-day round over the spring change closes at 09:00 local, 71 real hours later', () => {
    const due = new Date('2027-03-26T08:00:00Z'); // Friday 09:00 CET
    const closes = closesAt(timing(), due);
    assert.equal(local(closes).toFormat('ccc HH:mm'), 'Mon 09:00');
    assert.equal((closes.getTime() - due.getTime()) / 3_600_000, 71);
  });

  it('a round in hours is real hours', () => {
    const due = new Date('2027-03-27T08:00:00Z');
    assert.equal(iso(closesAt(timing({ roundLength: { amount: 24, unit: 'hours' } }), due)), '2027-03-28T08:00:00.000Z');
  });
});
