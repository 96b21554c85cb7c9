import type { Session } from '../domain/session';
import type { VoteTally } from '../domain/summary/votes';
import { escapeMarkdown } from './escape';
import { t } from './i18n';
import { clip, render, type AdaptiveCard } from './render';

/** The ranked proposals after the vote. Vote counts below k read "fewer than k" (BRIEF rule 5). */
export function voteResultCard(session: Session, tally: VoteTally): AdaptiveCard {
  const lang = session.settings.language;
  const title = t(lang, 'vote.title', { title: escapeMarkdown(session.settings.title) });
  const next = t(lang, 'vote.next');
  if (!tally.shown) return render('vote-result', { title, headline: t(lang, 'vote.notShown', { k: tally.k }), ranked: [], next });
  return render('vote-result', {
    title,
    headline: t(lang, 'vote.headline', { voters: tally.voters }),
    ranked: tally.ranked.map((r) => t(lang, r.votes === undefined ? 'vote.lineFew' : 'vote.line', { rank: r.rank, text: escapeMarkdown(clip(r.text, 300)), votes: r.votes ?? 0, k: tally.k })),
    next,
  });
}
