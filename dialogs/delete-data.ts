import { dataDeleteConfirmCard, dataDeletePromptCard } from '../cards/data-delete-card';
import { noticeCard } from '../cards/notice-card';
import { t } from '../cards/i18n';
import type { Language } from '../domain/exercise';
import { facilitates, storedInChannel, type Stored } from './data-facilitators';
import type { DialogDeps } from './deps';
import { eraseChannel } from './erase-data';
import { refusal, reply, type PrivateReply } from './reply';
import { TeamUnreachableError, type Actor, type Where } from './teams-port';
import { chatWording } from '../cards/chat-naming';

/**
 * "@Kernedialog slet data" in a channel. A reply to a message in a channel is public, so it
 * neither asks nor acts: it refuses a non-facilitator, or offers a button whose confirmation
 * only the clicker sees (requestDataDelete).
 */
export async function deleteDataPrompt(deps: DialogDeps, lang: Language, actor: Actor, where: Where): Promise<PrivateReply> {
  const allowed = await allowedHere(deps, lang, actor, where);
  if ('card' in allowed) return allowed;
  return reply('deleteDataPrompt', dataDeletePromptCard(lang, where));
}

/** "Slet data …": what will go, for the clicker only, with a way back. */
export async function requestDataDelete(deps: DialogDeps, lang: Language, actor: Actor, where: Where): Promise<PrivateReply> {
  const allowed = await allowedHere(deps, lang, actor, where);
  if ('card' in allowed) return allowed;
  const counts = { sessions: allowed.stored.sessions.length, schedules: allowed.stored.schedules.length };
  return reply('confirmDataDelete', dataDeleteConfirmCard(lang, counts, where));
}

/**
 * "Ja, slet alt": the channel's data goes (erase-data.ts). The thread is told that a facilitator
 * did it, without a name: the role is what gives the right, and the person is already visible as
 * the author of the "slet data" message above it.
 */
export async function confirmDataDelete(deps: DialogDeps, lang: Language, actor: Actor, where: Where): Promise<PrivateReply> {
  const allowed = await allowedHere(deps, lang, actor, where);
  if ('card' in allowed) return allowed;
  const erased = await eraseChannel(deps, allowed.channel);
  deps.log.info('channel data deleted', { sessions: erased.sessions, schedules: erased.schedules });
  if (where.conversationId.includes(';messageid=')) {
    const place = { serviceUrl: where.serviceUrl, tenantId: where.tenantId, teamsChannelId: allowed.channel, teamId: where.teamId, threadId: where.conversationId };
    deps.later('data deleted notice', async () => {
      await deps.port.reply(place, noticeCard(t(lang, 'data.notice.title'), [t(lang, 'data.notice.body')])).catch((err) => {
        if (!(err instanceof TeamUnreachableError)) throw err;
      });
    });
  }
  return reply('dataDeleted', noticeCard(t(lang, chatWording(where, 'data.done.title')), [t(lang, 'data.done.body', { ...erased })]));
}

/** "Nej, behold data": nothing changes. */
export function keepData(lang: Language, where?: Pick<Where, 'kind'>): PrivateReply {
  return reply('dataKept', noticeCard(t(lang, 'data.kept.title'), [t(lang, chatWording(where, 'data.kept.body'))]));
}

/** The channel and what it holds, if the actor facilitates something in it; otherwise the refusal. */
async function allowedHere(deps: DialogDeps, lang: Language, actor: Actor, where: Where): Promise<{ channel: string; stored: Stored } | PrivateReply> {
  const channel = where.teamsChannelId;
  if (!channel) return refusal(lang, 'notInChannel', 'data.error.notInChannel');
  const stored = await storedInChannel(deps, channel);
  if (facilitates(stored, actor.id)) return { channel, stored };
  // Someone who facilitated here always has something stored here, so "nothing" is told only to non-facilitators.
  const anything = stored.sessions.length + stored.schedules.length > 0;
  return anything
    ? refusal(lang, 'notFacilitator', chatWording(where, 'data.error.notFacilitator'))
    : reply('nothingStored', noticeCard(t(lang, chatWording(where, 'data.prompt.title')), [t(lang, chatWording(where, 'data.nothing'))]));
}
