import assert from 'node:assert/strict';
import da from '../../cards/strings/da.json';
import en from '../../cards/strings/en.json';
import { chatWording } from '../../cards/chat-naming';

describe('chatWording: texts for a group or meeting chat', () => {
  const twins = Object.keys(da).filter((k) => k.endsWith('.chat') && k !== 'summary.repeatedWhere.chat');

  it('each chat twin words the same text as its key, without a thread or a channel', () => {
    assert.ok(twins.length >= 40, `${twins.length} twins`);
    for (const key of twins) {
      const base = key.slice(0, -'.chat'.length);
      assert.ok(Object.hasOwn(da, base), `${key} twins ${base}, which exists`);
      const texts: [string, string][] = [
        [da[key as keyof typeof da], da[base as keyof typeof da]],
        [en[key as keyof typeof en], en[base as keyof typeof en]],
      ];
      for (const [twin, original] of texts) {
        // The chat's help intro names them on purpose: it says the chat stands for both.
        if (key !== 'help.intro.chat') assert.doesNotMatch(twin, /tråd|kanal|thread|channel/i, key);
        // The same placeholders, so a caller's values fill both.
        assert.deepEqual(twin.match(/\{\w+\}/g)?.sort(), original.match(/\{\w+\}/g)?.sort(), key);
      }
    }
  });

  it('picks the twin only in a chat, and the key itself where there is none', () => {
    assert.equal(chatWording({ kind: 'chat' }, 'status.title'), 'status.title.chat');
    assert.equal(chatWording({}, 'status.title'), 'status.title');
    assert.equal(chatWording(undefined, 'status.title'), 'status.title');
    assert.equal(chatWording({ kind: 'chat' }, 'session.anonymity'), 'session.anonymity');
  });
});
