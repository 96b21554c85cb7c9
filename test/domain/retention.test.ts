import assert from 'node:assert/strict';
import { KEPT_ROWS, withoutQuotes } from '../../domain/retention/kept-rows';
import { checkRetentionDays, DEFAULT_RETENTION, isPastRetention } from '../../domain/retention/policy';

describe('retention rules', () => {
  it("takes a team's days from 7 to the ceiling, and nothing else", () => {
    assert.deepEqual(checkRetentionDays('30', DEFAULT_RETENTION), { ok: true, value: 30 });
    assert.deepEqual(checkRetentionDays(' 7 ', DEFAULT_RETENTION), { ok: true, value: 7 });
    assert.deepEqual(checkRetentionDays('365', DEFAULT_RETENTION), { ok: true, value: 365 });
    for (const text of ['6', '366', '0', '-30', '30.5', '30 dage', 'tredive', '', '1e2']) {
      assert.deepEqual(checkRetentionDays(text, DEFAULT_RETENTION), { ok: false, problems: [{ key: 'retention.error.range', vars: { min: 7, max: 365 } }] }, text);
    }
    assert.equal(checkRetentionDays('100', { maxDays: 90 }).ok, false, "the municipality's ceiling binds teams");
  });

  it('is past retention exactly `days` after the close, and never for a session without a close time', () => {
    assert.equal(isPastRetention('2027-01-01T10:00:00Z', 30, new Date('2027-01-31T09:59:59Z')), false);
    assert.equal(isPastRetention('2027-01-01T10:00:00Z', 30, new Date('2027-01-31T10:00:00Z')), true);
    assert.equal(isPastRetention('9999', 7, new Date('2999-01-01')), false);
    assert.equal(isPastRetention('', 7, new Date('2999-01-01')), false);
  });

  it('empties every quote list, at any depth, keeps how many there were, and changes nothing else', () => {
    const theme = (quotes: string[]) => ({ label: ['tid'], members: [0, 2], quotes });
    const summary = {
      kind: 'mixed',
      texts: { perspectives: [{ themes: [theme(['Vi mangler tid'])] }] },
      groups: { groups: [{ group: 'Lærere', themes: [theme(['Mere tid'])] }] },
      sides: { a: { perspectives: [{ themes: [theme(['Ja'])] }] } },
      shared: ['tid'],
    };
    const kept = withoutQuotes(summary);
    assert.doesNotMatch(JSON.stringify(kept), /Vi mangler tid|Mere tid|"Ja"/);
    // The number stays (a reader of the posted card could count the quotes, and the sizes shown depend on it).
    assert.equal(JSON.stringify(kept), JSON.stringify(summary).replace(/"quotes":\[[^\]]*\]/g, '"quotes":[],"quoted":1'));
    assert.deepEqual(summary.texts.perspectives[0].themes[0].quotes, ['Vi mangler tid'], 'the input is not changed');
  });

  it('empties the quotes of "other" too, keeping their number', () => {
    const kept = withoutQuotes({ perspectives: [{ themes: [], otherCount: 3, otherQuotes: ['Kaffe', 'Kage'] }] });
    assert.deepEqual(kept, { perspectives: [{ themes: [], otherCount: 3, otherQuotes: [], otherQuoted: 2 }] });
  });

  it('keeps only the session record and the aggregates, so any new row kind is deleted by default', () => {
    assert.deepEqual([...KEPT_ROWS].sort(), ['result', 'session', 'summary', 'votes']);
  });
});
