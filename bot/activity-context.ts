import type { Activity } from 'botbuilder';
import type { Actor, Where } from '../dialogs/teams-port';

/** Translates the Teams wire shape into the dialog layer's Actor and Where, once. */
export function actorOf(activity: Activity): Actor | undefined {
  const id = activity.from?.id;
  if (typeof id !== 'string' || id === '') return undefined;
  return { id, name: typeof activity.from.name === 'string' ? activity.from.name : '' };
}

export function whereOf(activity: Activity): Where {
  const channelData = (activity.channelData ?? {}) as { teamsChannelId?: string; channel?: { id?: string }; team?: { id?: string }; tenant?: { id?: string } };
  // A group or meeting chat is its own channel and team: its data, language and installation are the chat's.
  const chat = activity.conversation?.conversationType === 'groupChat' && !channelData.team?.id ? activity.conversation.id : undefined;
  const teamsChannelId = chat ?? channelData.teamsChannelId ?? channelData.channel?.id;
  const teamId = chat ?? channelData.team?.id;
  const entities = Array.isArray(activity.entities) ? activity.entities : [];
  const clientZone = entities.find((e) => e?.type === 'clientInfo')?.timezone;
  const timezone = typeof activity.localTimezone === 'string' && activity.localTimezone ? activity.localTimezone : typeof clientZone === 'string' ? clientZone : undefined;
  return {
    conversationId: activity.conversation?.id ?? '',
    activityId: activity.id ?? '',
    serviceUrl: activity.serviceUrl ?? '',
    tenantId: activity.conversation?.tenantId ?? channelData.tenant?.id ?? '',
    ...(activity.type === 'invoke' && typeof activity.replyToId === 'string' && activity.replyToId ? { cardId: activity.replyToId } : {}),
    ...(teamsChannelId ? { teamsChannelId } : {}),
    ...(teamId ? { teamId } : {}),
    ...(chat ? { kind: 'chat' as const } : {}),
    ...(timezone ? { timezone } : {}),
  };
}

/** Card data as a plain record, or undefined if it is not an object (a forged payload). */
export function cardData(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  // Copy onto a null prototype so "__proto__" or "constructor" keys are just data.
  return Object.assign(Object.create(null) as Record<string, unknown>, value);
}

/** The people @mentioned in a message, other than the bot itself. */
export function mentionedPeople(activity: Activity): Actor[] {
  const entities = Array.isArray(activity.entities) ? activity.entities : [];
  return entities
    .filter((e) => e?.type === 'mention' && typeof e.mentioned?.id === 'string' && e.mentioned.id !== activity.recipient?.id)
    .map((e) => ({ id: e.mentioned.id as string, name: typeof e.mentioned.name === 'string' ? e.mentioned.name : String(e.text ?? '').replace(/<\/?at>/g, '') }));
}
