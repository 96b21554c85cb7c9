import assert from 'node:assert/strict';
import { sessionCard } from '../../cards/session-card';
import { kerneopgaveTjek } from '../../domain/checkins/templates/kerneopgave-tjek';
import type { Language } from '../../domain/exercise';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import type { Session } from '../../domain/session';
import { nodes, texts } from '../support/card-nodes';
import { sessionOf } from '../support/card-sessions';

// sessionOf's deadline is 2027-03-04T16:00:00Z: Thursday 4 March, 17:00 in Copenhagen.
const EARLY = { closingAt: '2027-03-02T13:05:00Z', closedAt: '2027-03-02T13:05:09Z', closedBy: 'facilitator' as const };
const AT_DEADLINE = { closingAt: '2027-03-04T16:00:41Z', closedAt: '2027-03-04T16:00:44Z', closedBy: 'deadline' as const };

function round(lang: Language, over: Partial<Session> = {}): Session {
  return { ...sessionOf(kerneopgaveTjek, { lang, round: true }), ...over };
}

function exercise(lang: Language, over: Partial<Session> = {}): Session {
  return { ...sessionOf(hvemDefinerer, { lang }), ...over };
}

/** Everything on the card a person could press or fill in. */
const controls = (card: unknown) => nodes(card).filter((n) => /^(Action|Input)\./.test(String(n.type)));

/** A card updated in place at the close must not still say when it closes, nor take answers. */
describe('the shared card once the session is closed', () => {
  it('a round closed early by the facilitator says when it closed, and has nothing to press', () => {
    const card = sessionCard(round('da', { state: 'closed', ...EARLY }), 0);
    const shown = texts(card);
    assert.ok(shown.includes('Runde i et fast tjek – blev lukket tirsdag den 2. marts kl. 14:05.'), shown.join('\n'));
    assert.ok(shown.includes('Runden er lukket'));
    assert.ok(!shown.some((s) => /lukker/.test(s)), shown.join('\n'));
    assert.deepEqual(controls(card), []);
    assert.equal(card.refresh, undefined, 'no per-user view is asked for');
  });

  it('an open round still says when it closes, and takes answers', () => {
    const card = sessionCard(round('da'), 0);
    assert.ok(texts(card).includes('Runde i et fast tjek – lukker torsdag den 4. marts kl. 17:00.'));
    assert.ok(controls(card).some((n) => n.verb === 'session.answer'));
  });

  it('a round closed by its deadline names the deadline, not the moment the watcher got to it', () => {
    const shown = texts(sessionCard(round('en', { state: 'closed', ...AT_DEADLINE }), 0));
    assert.ok(shown.includes('A round of a recurring check-in – closed on Thursday 4 March at 17:00.'), shown.join('\n'));
    assert.ok(shown.includes('The round is closed'));
    assert.ok(!shown.some((s) => /closes/.test(s)));
  });

  it('a cancelled round says it was cancelled, and when', () => {
    const shown = texts(sessionCard(round('da', { state: 'closed', cancelledAt: '2027-03-02T08:30:00Z', closedAt: '2027-03-02T08:30:00Z' }), 0));
    assert.ok(shown.includes('Runde i et fast tjek – blev aflyst tirsdag den 2. marts kl. 09:30.'), shown.join('\n'));
    assert.ok(shown.includes('Runden er aflyst'));
  });

  it('an exercise closed with its result says when it closed, not "Ingen frist – facilitator lukker øvelsen"', () => {
    const closed = exercise('da', { state: 'closed', phase: 'result', phaseDeadline: undefined, closedAt: '2027-03-09T13:05:00Z' });
    const card = sessionCard(closed, 0);
    const shown = texts(card);
    assert.ok(shown.includes('Lukket 9. mar. 2027 kl. 14:05'), shown.join('\n'));
    assert.ok(shown.includes('Øvelsen er lukket'));
    assert.ok(!shown.some((s) => /Ingen frist|Frist:/.test(s)), shown.join('\n'));
    assert.deepEqual(controls(card), []);
  });

  it('an exercise whose last phase was closed early in English says "Closed", not its deadline', () => {
    const shown = texts(sessionCard(exercise('en', { state: 'closed', ...EARLY }), 0));
    assert.ok(shown.includes('Closed 2 Mar 2027, 14:05'), shown.join('\n'));
    assert.ok(!shown.some((s) => /Deadline:/.test(s)));
  });

  it('a session closed before these fields existed falls back on the closed title', () => {
    const shown = texts(sessionCard(round('da', { state: 'closed', phaseDeadline: undefined }), 0));
    assert.equal(shown.filter((s) => s === 'Runden er lukket').length, 2, shown.join('\n'));
  });
});
