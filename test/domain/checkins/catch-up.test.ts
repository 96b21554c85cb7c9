import assert from 'node:assert/strict';
import { catchUp, roundKey, type CatchUp } from '../../../domain/checkins/catch-up';
import { iso, schedule } from './fixtures';

const at = (s: string) => new Date(s);
/** The result with dates as ISO strings, for readable comparisons. */
const plain = (c: CatchUp) => ({
  open: c.open && { dueAt: iso(c.open.dueAt), closesAt: iso(c.open.closesAt), late: c.open.late },
  skipped: c.skipped.map((s) => `${iso(s.dueAt)} ${s.reason}`),
  handledUpTo: c.handledUpTo && iso(c.handledUpTo),
});

describe('catchUp (weekly on Monday 09:00 Copenhagen, 3-day rounds)', () => {
  const weekly = schedule();

  it('does nothing before the next round is due', () => {
    assert.deepEqual(plain(catchUp(weekly, at('2027-03-01T07:59:59Z'), at('2027-02-22T08:00:00Z'))), { open: undefined, skipped: [], handledUpTo: undefined });
  });

  it('opens the round on time, not late, at the due instant and a few minutes after', () => {
    for (const now of ['2027-03-01T08:00:00Z', '2027-03-01T08:10:00Z']) {
      assert.deepEqual(plain(catchUp(weekly, at(now), at('2027-02-22T08:00:00Z'))), {
        open: { dueAt: '2027-03-01T08:00:00.000Z', closesAt: '2027-03-04T08:00:00.000Z', late: false },
        skipped: [],
        handledUpTo: '2027-03-01T08:00:00.000Z',
      });
    }
  });

  it('opens it late, with the flag, when the service comes back inside its window', () => {
    const c = catchUp(weekly, at('2027-03-02T10:00:00Z'), at('2027-02-22T08:00:00Z'));
    assert.deepEqual(plain(c).open, { dueAt: '2027-03-01T08:00:00.000Z', closesAt: '2027-03-04T08:00:00.000Z', late: true });
  });

  it('after three weeks down, opens only the newest round and skips the others', () => {
    assert.deepEqual(plain(catchUp(weekly, at('2027-02-23T10:00:00Z'), at('2027-02-01T08:00:00Z'))), {
      open: { dueAt: '2027-02-22T08:00:00.000Z', closesAt: '2027-02-25T08:00:00.000Z', late: true },
      skipped: ['2027-02-08T08:00:00.000Z missed', '2027-02-15T08:00:00.000Z missed'],
      handledUpTo: '2027-02-22T08:00:00.000Z',
    });
  });

  it('skips the newest round too when its window has passed, and then has nothing left to say', () => {
    const now = at('2027-02-25T08:00:00Z'); // the exact close of the 22 February round
    const first = catchUp(weekly, now, at('2027-02-01T08:00:00Z'));
    assert.deepEqual(plain(first), {
      open: undefined,
      skipped: ['2027-02-08T08:00:00.000Z missed', '2027-02-15T08:00:00.000Z missed', '2027-02-22T08:00:00.000Z missed'],
      handledUpTo: '2027-02-22T08:00:00.000Z',
    });
    assert.deepEqual(plain(catchUp(weekly, now, first.handledUpTo)), { open: undefined, skipped: [], handledUpTo: undefined });
  });

  it('keeps the local time across the spring change: due at 07:00 UTC on 29 March', () => {
    const c = catchUp(weekly, at('2027-03-29T07:00:00Z'), at('2027-03-22T08:00:00Z'));
    assert.deepEqual(plain(c).open, { dueAt: '2027-03-29T07:00:00.000Z', closesAt: '2027-04-01T07:00:00.000Z', late: false });
  });

  it('never opens a round that was due before the schedule was created', () => {
    const created = schedule({ createdAt: '2027-03-01T10:00:00.000Z' });
    assert.deepEqual(plain(catchUp(created, at('2027-03-01T10:00:00Z'), undefined)), { open: undefined, skipped: [], handledUpTo: undefined });
    assert.equal(plain(catchUp(created, at('2027-03-08T08:00:00Z'), undefined)).open?.dueAt, '2027-03-08T08:00:00.000Z');
  });

  it('does not open a round that an edit put in the past', () => {
    // Edited at 08:30 UTC on Monday 1 March, e.g. from 14:00 to 09:00 local: the 09:00 round is not opened late.
    const edited = schedule({ changedAt: '2027-03-01T08:30:00.000Z' });
    assert.deepEqual(plain(catchUp(edited, at('2027-03-01T08:31:00Z'), at('2027-02-22T08:00:00Z'))), { open: undefined, skipped: [], handledUpTo: undefined });
    assert.equal(plain(catchUp(edited, at('2027-03-08T08:00:00Z'), at('2027-02-22T08:00:00Z'))).open?.dueAt, '2027-03-08T08:00:00.000Z');
  });

  it("while paused, due rounds are skipped as 'paused', so resuming opens nothing old", () => {
    const paused = schedule({ paused: true });
    const c = catchUp(paused, at('2027-03-09T09:00:00Z'), at('2027-02-22T08:00:00Z'));
    assert.deepEqual(plain(c), {
      open: undefined,
      skipped: ['2027-03-01T08:00:00.000Z paused', '2027-03-08T08:00:00.000Z paused'],
      handledUpTo: '2027-03-08T08:00:00.000Z',
    });
    assert.deepEqual(plain(catchUp(schedule(), at('2027-03-09T09:00:00Z'), c.handledUpTo)).open, undefined);
  });

  it('after more than a year down, lists at most a year of skipped rounds', () => {
    const c = catchUp(weekly, at('2029-06-05T10:00:00Z'), at('2027-01-04T08:00:00Z'));
    assert.ok(c.skipped.length >= 52 && c.skipped.length <= 53, String(c.skipped.length));
    assert.equal(plain(c).open?.dueAt, '2029-06-04T07:00:00.000Z');
  });

  it('a scheduler polling hourly, down for 16 days, opens each round once or skips it once, one at a time', () => {
    const fresh = schedule({ createdAt: '2027-03-21T12:00:00.000Z' });
    let lastDue: Date | undefined;
    const opened: string[] = [];
    const skipped: string[] = [];
    const down = (t: number) => t >= Date.parse('2027-04-06T00:00:00Z') && t < Date.parse('2027-04-22T00:00:00Z');
    for (let t = Date.parse('2027-03-22T00:00:00Z'); t <= Date.parse('2027-05-10T12:00:00Z'); t += 3_600_000) {
      if (down(t)) continue;
      const c = catchUp(fresh, new Date(t), lastDue);
      if (c.open) opened.push(iso(c.open.dueAt) + (c.open.late ? ' late' : ''));
      skipped.push(...c.skipped.map((s) => iso(s.dueAt)));
      lastDue = c.handledUpTo ?? lastDue;
    }
    const all = [...opened.map((o) => o.replace(' late', '')), ...skipped];
    assert.equal(new Set(all).size, all.length, 'no round twice');
    assert.equal(all.length, 8, 'each of the 8 Mondays from 22 March to 10 May is dealt with');
    // Down from Tuesday 6 April to Thursday 22 April: the 12 April round is skipped, the 19 April one opens late.
    assert.deepEqual(skipped, ['2027-04-12T07:00:00.000Z']);
    assert.deepEqual(
      opened.filter((o) => o.endsWith('late')),
      ['2027-04-19T07:00:00.000Z late'],
    );
  });
});

describe('roundKey', () => {
  it('names a round by its schedule and due time, without milliseconds', () => {
    assert.equal(roundKey('s-42', at('2027-03-01T08:00:00.000Z')), 's-42|2027-03-01T08:00:00Z');
  });
});

describe('catchUp of a one-off', () => {
  const once = schedule({ cadence: { kind: 'once', date: '2027-03-01' }, createdAt: '2027-02-01T08:00:00.000Z' });

  it('opens its one round, and then nothing, whatever the mark says', () => {
    assert.equal(iso(catchUp(once, at('2027-03-01T08:00:05Z'), undefined).open!.dueAt), '2027-03-01T08:00:00.000Z');
    assert.deepEqual(plain(catchUp(once, at('2027-03-08T08:00:05Z'), at('2027-03-01T08:00:00Z'))), { open: undefined, skipped: [], handledUpTo: undefined });
  });

  it('opens nothing once ended, even with no mark (a record whose mark was lost)', () => {
    const ended = { ...once, ended: { at: '2027-03-01T08:00:05.000Z', opened: true } };
    assert.deepEqual(plain(catchUp(ended, at('2027-03-01T08:00:10Z'), undefined)), { open: undefined, skipped: [], handledUpTo: undefined });
  });
});
