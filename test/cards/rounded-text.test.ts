import assert from 'node:assert/strict';
import { roundedText } from '../../cards/figure-text';
import { coarse } from '../../domain/anonymity/coarse';
import { scoreView } from '../../cards/checkin-score-view';
import { scoreMeeting } from '../../domain/checkins/score-meeting';
import { summariseCheckin } from '../../domain/checkins/summarise-checkin';
import { moedevurdering } from '../../domain/checkins/templates/moedevurdering';
import { checkinSummaryCard } from '../../cards/checkin-summary-card';
import { cardText } from '../support/playground-client';

describe('roundedText: a rounded check-in figure as a leader reads it', () => {
  it('says "over" for a mean just short of the top, where the top is a figure of the grid', () => {
    assert.equal(roundedText('da', coarse(39.2, { min: 0, max: 40 }, 6).value, 10, { min: 0, max: 40 }), 'over 35');
    assert.equal(roundedText('en', coarse(4.7, { min: 1, max: 5 }, 6).value, 1, { min: 1, max: 5 }), 'above 4.5');
  });

  it('says "under" for a mean just above the bottom', () => {
    assert.equal(roundedText('da', coarse(1.2, { min: 1, max: 5 }, 6).value, 1, { min: 1, max: 5 }), 'under 1,5');
  });

  it('prints the end itself only when everyone is there', () => {
    assert.equal(roundedText('da', coarse(40, { min: 0, max: 40 }, 6).value, 10, { min: 0, max: 40 }), '40');
  });

  it('prints a figure plainly where the grid leaves a whole step to it (0–100 in steps of 20: 90 stands for 80–100)', () => {
    assert.equal(roundedText('da', coarse(97, { min: 0, max: 100 }, 7).value, 20, { min: 0, max: 100 }), '90');
    assert.equal(roundedText('da', 3, 1, { min: 1, max: 5 }), '3');
  });

  it('prints a figure filed before rounding (no step) as it was', () => {
    assert.equal(roundedText('da', 4.5, undefined, { min: 1, max: 5 }), '4,5');
  });

  it('reads "over 35 af 40" on the meeting rating card for a team that rated 39 on average, not "35", which looks flagged', () => {
    const ten = { relationship: '10', goals: '10', approach: '10', overall: '10' };
    const score = scoreMeeting([{ relationship: '9', goals: '8', approach: '9', overall: '9' }, ten, ten, ten, ten, ten], 5);
    const lines = scoreView('da', score, (id) => id, false).sections.flatMap((s) => s.lines);
    assert.ok(lines.some((l) => /over 35/.test(l)), lines.join('\n'));
    assert.ok(!lines.some((l) => /: 35 af 40/.test(l)), lines.join('\n'));
  });

  it('prints the change and the trend lines the same way: "Mødet i alt: over 35 (uændret …)" and "over 35 · over 35"', () => {
    const ten = { relationship: '10', goals: '10', approach: '10', overall: '10' };
    const first = summariseCheckin(moedevurdering, [{ relationship: '9', goals: '8', approach: '9', overall: '9' }, ten, ten, ten, ten, ten], { dueAt: '2027-01-04T08:00:00Z', k: 5 });
    const second = summariseCheckin(moedevurdering, [{ relationship: '9', goals: '9', approach: '9', overall: '8' }, ten, ten, ten, ten, ten], { dueAt: '2027-01-11T08:00:00Z', k: 5 });
    const text = cardText(checkinSummaryCard('da', { title: 'Mødevurdering', k: 5, summary: second, history: [first.round] }));
    assert.match(text, /Mødet i alt: over 35 \(uændret siden/);
    assert.match(text, /Mødet i alt: over 35 · over 35/);
    assert.match(text, /Relationen: 9 \(uændret siden/);
  });
});
