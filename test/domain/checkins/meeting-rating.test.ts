import assert from 'node:assert/strict';
import { isAfterMeeting, isMeetingRound, meetingDue, meetingRatingSettings, meetingRatingSwitch, meetingScheduleId } from '../../../domain/checkins/meeting-rating';
import { occurrencesAfter } from '../../../domain/checkins/recurrence';

describe('meeting rating: the words and the times', () => {
  it('reads "til [timer]", "fra" and their English, and refuses anything else', () => {
    assert.deepEqual(meetingRatingSwitch(''), { ok: true, value: { show: true } });
    assert.deepEqual(meetingRatingSwitch('til'), { ok: true, value: { on: true, hours: 24 } });
    assert.deepEqual(meetingRatingSwitch(' ON  168 '), { ok: true, value: { on: true, hours: 168 } });
    assert.deepEqual(meetingRatingSwitch('fra'), { ok: true, value: { on: false } });
    assert.deepEqual(meetingRatingSwitch('off'), { ok: true, value: { on: false } });
    for (const bad of ['til 0', 'til 169', 'til 2.5', 'til 12 timer', 'on -3'])
      assert.deepEqual(meetingRatingSwitch(bad), { ok: false, problems: [{ key: 'meetingRating.error.hours', vars: { min: 1, max: 168 } }] }, bad);
    for (const bad of ['måske', 'fra 3']) assert.equal(meetingRatingSwitch(bad).ok, false, bad);
  });

  it("takes Teams' EndTime to the second, and nothing that is no time", () => {
    assert.equal(meetingDue('2027-03-01T10:00:17.4388966Z')?.toISOString(), '2027-03-01T10:00:17.000Z');
    assert.equal(meetingDue('i går'), undefined);
    assert.equal(meetingDue(undefined), undefined);
    assert.equal(meetingDue(1_800_000_000_000), undefined);
  });

  it("names one schedule per chat, whose rounds are known as a meeting's, and which the clock never opens", () => {
    const id = meetingScheduleId('19:meeting_a@thread.v2');
    assert.equal(id, meetingScheduleId('19:meeting_a@thread.v2'));
    assert.notEqual(id, meetingScheduleId('19:meeting_b@thread.v2'));
    assert.match(id, /^s-[a-z0-9-]{1,40}$/, 'a schedule id the list buttons accept');
    assert.equal(isMeetingRound({ scheduleId: id }), true);
    assert.equal(isMeetingRound({ scheduleId: 's-0123456789abcdef' }), false);
    assert.equal(isMeetingRound({ scheduleId: 's-0123456789abcdef', afterMeeting: true }), true, 'the flag says it plainly');
    assert.equal(isMeetingRound({ scheduleId: id, afterMeeting: false }), false);
    const settings = meetingRatingSettings(24, 'da', 'Europe/Copenhagen', new Date('2027-03-01T10:00:00Z'));
    assert.equal(isAfterMeeting(settings), true);
    assert.deepEqual(occurrencesAfter(settings, new Date('2027-03-01T10:00:00Z'), 3), []);
  });
});
