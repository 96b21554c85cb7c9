import type { Session } from '../domain/session';
import type { VoteTally } from '../domain/summary/votes';
import { figures } from './chart-block';
import { escapeMarkdown } from './escape';
import { t } from './i18n';
import { clip, render, renderWithin, type AdaptiveCard } from './render';
import { voteChart } from './vote-chart';
import { proposalLabel } from './proposal-label';
import { chatWording } from './chat-naming';

/** The ranked proposals after the vote, each with its owner where it has one. Vote counts below the threshold read "too few", without a number (docs/anonymity.md, rules 4 and 10). */
export function voteResultCard(session: Session, tally: VoteTally): AdaptiveCard {
  const lang = session.settings.language;
  const title = t(lang, 'vote.title', { title: escapeMarkdown(session.settings.title) });
  const next = t(lang, chatWording(session.place, 'vote.next'));
  if (!tally.shown) return render('vote-result', { title, headline: t(lang, 'vote.notShown', { k: session.settings.k }), figures: [], next });
  // The owner after the cut text, so a long proposal never loses who decides it.
  const lines = tally.ranked.map((r) =>
    t(lang, r.votes === undefined ? 'vote.lineFew' : 'vote.line', { rank: r.rank, text: escapeMarkdown(proposalLabel(lang, clip(r.text, 300), r.owner)), votes: r.votes ?? 0 }),
  );
  const data = { title, headline: t(lang, 'vote.headline', { voters: tally.voters }), next };
  // With many long proposals the chart block, which repeats the lines as its fallback, may not fit;
  // the lines alone carry every figure, so they are what is kept.
  return renderWithin('vote-result', { ...data, figures: figures(voteChart(lang, tally), lines, 'Small') }) ?? render('vote-result', { ...data, figures: figures(undefined, lines, 'Small') });
}
