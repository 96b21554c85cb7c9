import assert from 'node:assert/strict';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import type { SessionSettings } from '../../domain/session';
import type { Problem } from '../../domain/validation/problem';
import { checkSettings, type SetupInput } from '../../domain/validation/settings';

const NOW = new Date('2026-11-01T09:00:00Z');

function ok(input: SetupInput, now = NOW, zone?: string): SessionSettings {
  const result = checkSettings(hvemDefinerer, input, now, zone);
  assert.ok(result.ok, `expected valid settings, got ${JSON.stringify(!result.ok && result.problems)}`);
  return result.value;
}

function problems(input: SetupInput, now = NOW, zone?: string): Problem[] {
  const result = checkSettings(hvemDefinerer, input, now, zone);
  assert.equal(result.ok, false, `expected problems for ${JSON.stringify(input)}`);
  return result.ok ? [] : result.problems;
}

const keys = (ps: Problem[]) => ps.map((p) => p.key);

describe('checkSettings (Hvem definerer kerneopgaven?)', () => {
  describe('defaults', () => {
    it("uses k 5, distribution 'all' and no deadline when only the language is given", () => {
      assert.deepEqual(ok({ language: 'da' }), { title: '', k: 5, language: 'da', distribution: 'all', timeZone: 'Europe/Copenhagen' });
    });

    it("treats an empty distribution as 'all'", () => {
      assert.equal(ok({ language: 'en', distribution: '' }).distribution, 'all');
    });

    it("accepts 'assigned', which this exercise offers", () => {
      assert.equal(ok({ language: 'da', distribution: 'assigned' }).distribution, 'assigned');
    });

    it('rejects a distribution the exercise does not offer', () => {
      assert.deepEqual(keys(problems({ language: 'da', distribution: 'random' })), ['setup.error.distribution']);
    });
  });

  describe('k, the anonymity threshold', () => {
    it('accepts whole numbers from 3 to 50, as text or number', () => {
      assert.equal(ok({ language: 'da', k: '3' }).k, 3);
      assert.equal(ok({ language: 'da', k: ' 12 ' }).k, 12);
      assert.equal(ok({ language: 'da', k: 50 }).k, 50);
    });

    for (const k of ['2', '0', '51', '100', '-5', 'abc', '4.5', '5,0', '1e1', 4.5, 2, 51, NaN, Infinity]) {
      it(`rejects ${JSON.stringify(k) ?? String(k)} (${typeof k}) with 'setup.error.k' and the limits`, () => {
        const ps = problems({ language: 'da', k });
        assert.deepEqual(ps, [{ field: 'k', key: 'setup.error.k', vars: { min: 3, max: 50 } }]);
      });
    }
  });

  describe('language', () => {
    it('accepts da and en', () => {
      assert.equal(ok({ language: 'da' }).language, 'da');
      assert.equal(ok({ language: 'en' }).language, 'en');
    });

    for (const language of [undefined, '', 'DA', 'de', 'en-US', 'sv']) {
      it(`rejects ${JSON.stringify(language)}`, () => {
        assert.deepEqual(keys(problems({ language })), ['setup.error.language']);
      });
    }
  });

  describe('title', () => {
    it('is trimmed', () => {
      assert.equal(ok({ language: 'da', title: '  Vores kerneopgave  ' }).title, 'Vores kerneopgave');
    });

    it('may be 120 characters, not 121', () => {
      assert.equal(ok({ language: 'da', title: 'æ'.repeat(120) }).title.length, 120);
      assert.deepEqual(problems({ language: 'da', title: 'æ'.repeat(121) }), [{ field: 'title', key: 'setup.error.titleTooLong', vars: { max: 120 } }]);
    });
  });

  describe('deadline, read in Europe/Copenhagen', () => {
    it('converts a winter date and time to UTC (CET, +01:00)', () => {
      assert.equal(ok({ language: 'da', deadlineDate: '2026-12-01', deadlineTime: '16:00' }).deadline, '2026-12-01T15:00:00Z');
    });

    it('converts a summer date and time to UTC (CEST, +02:00)', () => {
      const now = new Date('2027-05-01T09:00:00Z');
      assert.equal(ok({ language: 'da', deadlineDate: '2027-06-01', deadlineTime: '16:00' }, now).deadline, '2027-06-01T14:00:00Z');
    });

    it('accepts a time with seconds', () => {
      assert.equal(ok({ language: 'da', deadlineDate: '2026-12-01', deadlineTime: '09:30:15' }).deadline, '2026-12-01T08:30:15Z');
    });

    it('uses 16:00 local time when only a date is given', () => {
      assert.equal(ok({ language: 'da', deadlineDate: '2026-12-01' }).deadline, '2026-12-01T15:00:00Z');
    });

    it("uses the facilitator's time zone when Teams gives one, and keeps it for display", () => {
      const settings = ok({ language: 'en', deadlineDate: '2026-12-01', deadlineTime: '16:00' }, NOW, 'America/New_York');
      assert.equal(settings.deadline, '2026-12-01T21:00:00Z');
      assert.equal(settings.timeZone, 'America/New_York');
    });

    it('falls back to Copenhagen for an unknown time zone', () => {
      const settings = ok({ language: 'da', deadlineDate: '2026-12-01', deadlineTime: '16:00' }, NOW, 'Mars/Olympus');
      assert.equal(settings.deadline, '2026-12-01T15:00:00Z');
      assert.equal(settings.timeZone, 'Europe/Copenhagen');
    });

    it('has no deadline when both fields are empty', () => {
      assert.equal('deadline' in ok({ language: 'da', deadlineDate: '', deadlineTime: '  ' }), false);
    });

    it('rejects a deadline in the past, or right now', () => {
      assert.deepEqual(keys(problems({ language: 'da', deadlineDate: '2026-10-31', deadlineTime: '12:00' })), ['setup.error.deadlinePast']);
      // NOW is 10:00 in Copenhagen.
      assert.deepEqual(keys(problems({ language: 'da', deadlineDate: '2026-11-01', deadlineTime: '10:00' })), ['setup.error.deadlinePast']);
      assert.equal(ok({ language: 'da', deadlineDate: '2026-11-01', deadlineTime: '10:01' }).deadline, '2026-11-01T09:01:00Z');
    });

    it('rejects a deadline more than 90 days ahead, naming the limit', () => {
      // NOW + 90 days = 2027-01-30T09:00Z = 10:00 in Copenhagen.
      assert.equal(ok({ language: 'da', deadlineDate: '2027-01-30', deadlineTime: '10:00' }).deadline, '2027-01-30T09:00:00Z');
      assert.deepEqual(problems({ language: 'da', deadlineDate: '2027-01-30', deadlineTime: '10:01' }), [{ field: 'deadline', key: 'setup.error.deadlineFar', vars: { days: 90 } }]);
      assert.deepEqual(keys(problems({ language: 'da', deadlineDate: '2027-06-01' })), ['setup.error.deadlineFar']);
    });

    const badFormats: [string, unknown, unknown][] = [
      ['a Danish-style date', '01-12-2026', '16:00'],
      ['a date with slashes', '2026/12/01', ''],
      ['an impossible date', '2026-02-30', '16:00'],
      ['an impossible time', '2026-12-01', '25:00'],
      ['a 12-hour time', '2026-12-01', '4pm'],
      ['a time without a date', '', '16:00'],
      ['a date with a time glued on', '2026-12-01T16:00', ''],
      ['a number as the date', 20261201, ''],
    ];
    for (const [what, deadlineDate, deadlineTime] of badFormats) {
      it(`rejects ${what} with 'setup.error.deadlineFormat'`, () => {
        assert.deepEqual(problems({ language: 'da', deadlineDate, deadlineTime }), [{ field: 'deadline', key: 'setup.error.deadlineFormat' }]);
      });
    }
  });

  describe('input of the wrong type', () => {
    const junk: unknown[] = [42, {}, [], ['da'], { toString: () => 'da' }, null, true];

    it('never throws, whatever each field holds', () => {
      for (const value of junk) {
        for (const field of ['title', 'k', 'language', 'distribution', 'deadlineDate', 'deadlineTime']) {
          assert.doesNotThrow(() => checkSettings(hvemDefinerer, { language: 'da', [field]: value }, NOW), `${field} = ${JSON.stringify(value)}`);
        }
      }
    });

    it('does not accept objects or arrays as a language or k', () => {
      assert.deepEqual(keys(problems({ language: ['da'] })), ['setup.error.language']);
      assert.deepEqual(keys(problems({ language: { toString: () => 'da' } })), ['setup.error.language']);
      assert.deepEqual(keys(problems({ language: 'da', k: [5] })), ['setup.error.k']);
      assert.deepEqual(keys(problems({ language: 'da', k: { valueOf: () => 5 } })), ['setup.error.k']);
    });

    it("ignores an object or array as the title rather than showing '[object Object]'", () => {
      assert.equal(ok({ language: 'da', title: { a: 1 } }).title, '');
      assert.equal(ok({ language: 'da', title: ['x'] }).title, '');
    });

    it('reports every problem at once, each with its field', () => {
      const ps = problems({ title: 'x'.repeat(200), k: '2', language: 'fr', distribution: 'x', deadlineDate: 'i morgen' });
      assert.deepEqual(
        ps.map((p) => p.field),
        ['title', 'k', 'language', 'distribution', 'deadline'],
      );
    });
  });
});
