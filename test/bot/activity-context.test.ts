import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { whereOf } from '../../bot/activity-context';

const base = { type: 'message', id: 'a1', serviceUrl: 'https://smba.example/emea/' };

describe('whereOf: where an activity comes from', () => {
  it('a group or meeting chat is its own channel and team, marked as a chat', () => {
    const where = whereOf({
      ...base,
      conversation: { id: '19:meeting_abc@thread.v2', conversationType: 'groupChat', tenantId: 't1', isGroup: true },
      channelData: { tenant: { id: 't1' } },
    } as unknown as Activity);
    assert.deepEqual(
      { channel: where.teamsChannelId, team: where.teamId, kind: where.kind, conversation: where.conversationId },
      { channel: '19:meeting_abc@thread.v2', team: '19:meeting_abc@thread.v2', kind: 'chat', conversation: '19:meeting_abc@thread.v2' },
    );
  });

  it('a channel thread keeps its channel and team, and is not a chat', () => {
    const where = whereOf({
      ...base,
      conversation: { id: '19:chan@thread.tacv2;messageid=9', conversationType: 'channel', tenantId: 't1', isGroup: true },
      channelData: { teamsChannelId: '19:chan@thread.tacv2', team: { id: '19:team@thread.tacv2' } },
    } as unknown as Activity);
    assert.deepEqual({ channel: where.teamsChannelId, team: where.teamId, kind: where.kind }, { channel: '19:chan@thread.tacv2', team: '19:team@thread.tacv2', kind: undefined });
  });

  it('a personal chat has neither', () => {
    const where = whereOf({ ...base, conversation: { id: 'a:1', conversationType: 'personal', tenantId: 't1' } } as unknown as Activity);
    assert.deepEqual({ channel: where.teamsChannelId, team: where.teamId, kind: where.kind }, { channel: undefined, team: undefined, kind: undefined });
  });

  it("takes Teams' time zone from the clientInfo entity, and the activity's localTimezone over it", () => {
    const conversation = { id: '19:chan@thread.tacv2;messageid=9', conversationType: 'channel', tenantId: 't1' };
    const clientInfo = { type: 'clientInfo', locale: 'da-DK', timezone: 'Europe/Copenhagen' };
    assert.equal(whereOf({ ...base, conversation, entities: [clientInfo] } as unknown as Activity).timezone, 'Europe/Copenhagen');
    assert.equal(whereOf({ ...base, conversation, entities: [clientInfo], localTimezone: 'America/Nuuk' } as unknown as Activity).timezone, 'America/Nuuk');
    assert.equal(
      whereOf({ ...base, conversation, entities: [{ type: 'clientInfo', timezone: 42 }], localTimezone: '' } as unknown as Activity).timezone,
      undefined,
      'no zone when Teams sends none that reads',
    );
  });
});
