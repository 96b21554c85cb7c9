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
  it('says "mindst" for a mean short of the top, where the top is a figure of the grid', () => {
    assert.equal(roundedText('da', coarse(39.2, { min: 0, max: 40 }, 6).value, 10, { min: 0, max: 40 }), 'mindst 35');
    assert.equal(roundedText('en', coarse(4.7, { min: 1, max: 5 }, 6).value, 1, { min: 1, max: 5 }), 'at least 4.5');
  });

  it('says "højst" for a mean short of the bottom', () => {
    assert.equal(roundedText('da', coarse(1.2, { min: 1, max: 5 }, 6).value, 1, { min: 1, max: 5 }), 'højst 1,5');
  });

  it('reads a mean exactly on the pulled-in figure as that figure, "mindst 35", not the 30 it ties with', () => {
    // The tie rule toward the middle read a total of exactly 35 as 30, beside four items that each read 9 (36 added up).
    assert.equal(roundedText('da', coarse(35, { min: 0, max: 40 }, 6).value, 10, { min: 0, max: 40 }), 'mindst 35');
    assert.equal(roundedText('da', coarse(34.9, { min: 0, max: 40 }, 6).value, 10, { min: 0, max: 40 }), '30');
    assert.equal(roundedText('en', coarse(5, { min: 0, max: 40 }, 6).value, 10, { min: 0, max: 40 }), 'at most 5');
    // An ordinary tie between two grid figures still goes toward the middle.
    assert.equal(roundedText('da', coarse(2.5, { min: 1, max: 5 }, 6).value, 1, { min: 1, max: 5 }), '3');
  });

  it('a meeting rated 35 in total by six, items 8.7 to 8.8: the card reads "mindst 35 af 40" beside "9 af 10" on each item', () => {
    // Six people, each 8 on one item and 9 on the other three (35 each); the 8s fall on items 0, 1, 2, 2, 3, 3.
    const items = ['relationship', 'goals', 'approach', 'overall'];
    const score = scoreMeeting(
      [0, 1, 2, 2, 3, 3].map((low) => Object.fromEntries(items.map((id, j) => [id, j === low ? '8' : '9']))),
      5,
    );
    assert.deepEqual(score.shown && [score.meanTotal, score.steps], [35, { total: 10, item: 2 }]);
    const lines = scoreView('da', score, (id) => ({ relationship: 'Relationen', goals: 'Mål og emner', approach: 'Måden', overall: 'Mødet som helhed' })[id] ?? id, false).sections.flatMap(
      (s) => s.lines,
    );
    assert.ok(lines.includes('Samlet score (fire punkter): mindst 35 af 40'), lines.join('\n'));
    for (const item of ['Relationen', 'Mål og emner', 'Måden', 'Mødet som helhed']) assert.ok(lines.includes(`${item}: 9 af 10`), lines.join('\n'));
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

  it('reads "mindst 35 af 40" on the meeting rating card for a team that rated 39 on average, not "35", which looks flagged', () => {
    const ten = { relationship: '10', goals: '10', approach: '10', overall: '10' };
    const score = scoreMeeting([{ relationship: '9', goals: '8', approach: '9', overall: '9' }, ten, ten, ten, ten, ten], 5);
    const lines = scoreView('da', score, (id) => id, false).sections.flatMap((s) => s.lines);
    assert.ok(
      lines.some((l) => /mindst 35/.test(l)),
      lines.join('\n'),
    );
    assert.ok(!lines.some((l) => /: 35 af 40/.test(l)), lines.join('\n'));
  });

  it('prints the change and the trend lines the same way: "Samlet score: mindst 35 (uændret …)" and "mindst 35 · mindst 35"', () => {
    const ten = { relationship: '10', goals: '10', approach: '10', overall: '10' };
    const first = summariseCheckin(moedevurdering, [{ relationship: '9', goals: '8', approach: '9', overall: '9' }, ten, ten, ten, ten, ten], { dueAt: '2027-01-04T08:00:00Z', k: 5 });
    const second = summariseCheckin(moedevurdering, [{ relationship: '9', goals: '9', approach: '9', overall: '8' }, ten, ten, ten, ten, ten], { dueAt: '2027-01-11T08:00:00Z', k: 5 });
    const text = cardText(checkinSummaryCard('da', { title: 'Mødevurdering', k: 5, summary: second, history: [first.round] }));
    assert.match(text, /Samlet score: mindst 35 \(uændret siden/);
    assert.match(text, /Samlet score: mindst 35 · mindst 35/);
    assert.match(text, /Relationen: 9 \(uændret siden/);
  });
});
