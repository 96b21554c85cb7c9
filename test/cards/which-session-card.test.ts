import assert from 'node:assert/strict';
import type { Session } from '../../domain/session';
import { whichSessionCard } from '../../cards/which-session-card';
import { openSessionRecord } from '../support/session-record';

const at = (title: string, createdAt: string): Session => {
  const s = openSessionRecord();
  return { ...s, settings: { ...s.settings, title }, createdAt };
};
const text = (card: unknown) => JSON.stringify(card);

describe('cards: "Hvilken mener du?" tells open sessions apart', () => {
  it('says when each started, to the minute', () => {
    const card = text(whichSessionCard('da', [at('Personalemødet', '2026-12-06T20:51:07Z'), at('Personalemødet', '2026-12-06T21:05:00Z')], 'session.closeAsk'));
    assert.match(card, /startet søndag den 6\. december kl\. 21:51"/);
    assert.match(card, /startet søndag den 6\. december kl\. 22:05"/);
  });

  it('adds the seconds when two of one title started in the same minute, and only to those', () => {
    const sessions = [at('Personalemødet', '2026-12-06T20:51:07Z'), at('Personalemødet', '2026-12-06T20:51:42Z'), at('MED-udvalget', '2026-12-06T20:51:10Z')];
    for (const card of [text(whichSessionCard('da', sessions, 'session.cancel')), text(whichSessionCard('da', sessions))]) {
      assert.match(card, /kl\. 21:51:07/);
      assert.match(card, /kl\. 21:51:42/);
      assert.match(card, /MED-udvalget.*kl\. 21:51[")]/);
    }
    assert.match(text(whichSessionCard('en', sessions, 'session.closeAsk')), /Sunday 6 December at 21:51:42/);
  });
});
