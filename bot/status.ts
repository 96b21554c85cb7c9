import { t } from '../cards/i18n';
import { render, type AdaptiveCard } from '../cards/render';
import { escapeMarkdown } from '../cards/escape';
import { progressText } from '../cards/session-card';
import type { Language } from '../domain/exercise';
import { phaseOf, type Session } from '../domain/session';
import type { DialogDeps } from '../dialogs/deps';
import type { Actor, Where } from '../dialogs/teams-port';

/** "@Kernedialog status": the channel's open sessions, their phase, progress, and a link to each thread. */
export async function statusCard({ sessions, answers }: DialogDeps, lang: Language, _actor: Actor | undefined, where: Where): Promise<AdaptiveCard> {
  const open = where.teamsChannelId ? await sessions.openInChannel(where.teamsChannelId) : [];
  const lines = await Promise.all(
    open.map(async (s) => {
      const phase = phaseOf(s);
      // The result phase takes no answers: there is nothing to count, only the facilitator's pen.
      const progress = phase === 'result' ? t(lang, 'phase.result.waiting') : progressText(lang, phase, await answers.count(s.id, phase), s.settings.k);
      return {
        line: t(lang, 'status.item', { title: escapeMarkdown(s.settings.title), phase: t(lang, `phase.${phase}.title`), progress }),
        link: threadLink(lang, s),
      };
    }),
  );
  return render('status', { title: t(lang, 'status.title'), none: t(lang, 'status.none'), sessions: lines });
}

/** A Teams deep link to the session's thread, as a markdown link. */
function threadLink(lang: Language, s: Session): string {
  const root = s.place.rootActivityId;
  if (!root) return '';
  const url = `https://teams.microsoft.com/l/message/${encodeURIComponent(s.place.teamsChannelId)}/${encodeURIComponent(root)}?tenantId=${encodeURIComponent(s.place.tenantId)}&parentMessageId=${encodeURIComponent(root)}`;
  return `[${t(lang, 'status.openThread')}](${url})`;
}
