import { t } from '../cards/i18n';
import { render, type AdaptiveCard } from '../cards/render';
import { escapeMarkdown } from '../cards/escape';
import { controlActions, steererIds, withRefresh } from '../cards/facilitator-controls';
import { definitionOf, progressText } from '../cards/session-card';
import type { Language } from '../domain/exercise';
import { isFacilitator, phaseOf, type Session } from '../domain/session';
import type { DialogDeps } from './deps';
import { chatWording } from '../cards/chat-naming';
import type { Actor, Where } from './teams-port';

/**
 * "@Kernedialog status": the channel's open sessions, their phase, progress, and a link to each
 * thread. Everyone sees the same list; a facilitator's own view (`status.view`, a Teams per-user
 * view) adds her buttons under each session she steers, so she always has a way to them.
 */
export async function statusCard({ sessions, answers }: DialogDeps, lang: Language, actor: Actor | undefined, where: Where, own = false): Promise<AdaptiveCard> {
  const open = where.teamsChannelId ? await sessions.openInChannel(where.teamsChannelId) : [];
  const lines = await Promise.all(
    open.map(async (s) => {
      const phase = phaseOf(s);
      // The result phase takes no answers: there is nothing to count, only the facilitator's pen.
      const progress = phase === 'result' ? t(lang, 'phase.result.waiting') : progressText(lang, phase, await answers.count(s.id, phase), s.settings.k);
      return {
        line: t(lang, 'status.item', { title: escapeMarkdown(s.settings.title), phase: t(lang, `phase.${phase}.title`), progress }),
        link: threadLink(lang, s),
        // One button a row, so none is cut off at phone width.
        controls: own && actor && isFacilitator(s, actor.id) ? controlActions(s, definitionOf(s)).map((a) => ({ type: 'ActionSet', actions: [a] })) : [],
      };
    }),
  );
  const steers = lines.some((l) => l.controls.length > 0);
  const card = render('status', {
    title: t(lang, chatWording(where, 'status.title')),
    none: t(lang, chatWording(where, 'status.none')),
    hint: steers ? t(lang, 'status.controlsHint') : '',
    sessions: lines,
  });
  return withRefresh(card, 'status.view', {}, [...new Set(open.flatMap((s) => steererIds(s)))]);
}

/** A Teams deep link to the session's thread (in a chat: its card's message), as a markdown link. */
function threadLink(lang: Language, s: Session): string {
  const root = s.place.rootActivityId;
  if (!root) return '';
  if (s.place.kind === 'chat') {
    const url = `https://teams.microsoft.com/l/message/${encodeURIComponent(s.place.teamsChannelId)}/${encodeURIComponent(root)}?tenantId=${encodeURIComponent(s.place.tenantId)}&context=${encodeURIComponent('{"contextType":"chat"}')}`;
    return `[${t(lang, 'status.openThread.chat')}](${url})`;
  }
  const url = `https://teams.microsoft.com/l/message/${encodeURIComponent(s.place.teamsChannelId)}/${encodeURIComponent(root)}?tenantId=${encodeURIComponent(s.place.tenantId)}&parentMessageId=${encodeURIComponent(root)}`;
  return `[${t(lang, 'status.openThread')}](${url})`;
}
