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

  it('every text that says kanal or tråd has a chat twin, unless only a channel can reach it', () => {
    // Keys a group or meeting chat never shows, each with why; the rest must have a twin.
    const channelOnly: Record<string, string> = {
      'setup.error.notInChannel': 'a chat is its own channel (bot/activity-context.ts whereOf), so teamsChannelId is always set there',
      'data.error.notInChannel': 'the same: a chat always has a channel id',
      'language.error.notInTeam': 'a chat is its own team, so teamId is always set there',
      'retention.error.notInTeam': 'the same: a chat always has a team id',
      'data.notice.title': "posted only in a channel thread's reply (delete-data.ts, ';messageid=')",
      'data.notice.body': 'the same as data.notice.title',
      'guidance.faggrupper.1': '"samle trådene" is an idiom here, not a Teams thread',
    };
    const missing = Object.keys(da).filter((k) => !k.endsWith('.chat') && /kanal|tråd/i.test(da[k as keyof typeof da]) && !Object.hasOwn(da, `${k}.chat`) && !Object.hasOwn(channelOnly, k));
    assert.deepEqual(missing, [], 'add a .chat twin, or say in channelOnly why no chat can see it');
    for (const key of Object.keys(channelOnly)) assert.match(da[key as keyof typeof da] ?? '', /kanal|tråd/i, `${key} is still a key that needs the exception`);
  });

  it('picks the twin only in a chat, and the key itself where there is none', () => {
    assert.equal(chatWording({ kind: 'chat' }, 'status.title'), 'status.title.chat');
    assert.equal(chatWording({}, 'status.title'), 'status.title');
    assert.equal(chatWording(undefined, 'status.title'), 'status.title');
    assert.equal(chatWording({ kind: 'chat' }, 'session.anonymity'), 'session.anonymity');
  });
});
