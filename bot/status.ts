import { noticeCard } from '../cards/notice-card';
import { t } from '../cards/i18n';
import type { AdaptiveCard } from '../cards/render';
import { escapeMarkdown } from '../cards/escape';
import { progressView } from '../domain/anonymity/progress';
import type { Language } from '../domain/exercise';
import type { Where } from '../dialogs/teams-port';
import type { AnswerBox } from '../storage/answer-box';
import type { SessionStore } from '../storage/session-store';

/** "@Kernedialog status": the channel's open sessions with their stepped progress. */
export async function statusCard(sessions: SessionStore, answers: AnswerBox, lang: Language, where: Where): Promise<AdaptiveCard> {
  const open = where.teamsChannelId ? await sessions.openInChannel(where.teamsChannelId) : [];
  if (open.length === 0) return noticeCard(t(lang, 'status.title'), [t(lang, 'status.none')]);
  const lines = await Promise.all(
    open.map(async (s) => {
      const view = progressView(await answers.count(s.id), s.settings.k);
      const progress = view.belowK ? t(lang, 'session.progressBelowK', { k: view.k }) : t(lang, 'session.progressAtLeast', { count: view.atLeast });
      return t(lang, 'status.item', { title: escapeMarkdown(s.settings.title), progress });
    }),
  );
  return noticeCard(t(lang, 'status.title'), lines);
}
