import type { Summary } from '../domain/summary/summarise';
import { distributionData, gapData } from './distribution-lines';
import type { Session } from '../domain/session';
import { escapeMarkdown } from './escape';
import { t } from './i18n';
import { definitionOf } from './session-card';
import { render, type AdaptiveCard } from './render';

/** The summary reply in the session's thread. Below k it says only that nothing can be shown. */
export function summaryCard(session: Session, summary: Summary): AdaptiveCard {
  const lang = session.settings.language;
  const def = definitionOf(session);
  const title = t(lang, 'summary.title', { title: escapeMarkdown(session.settings.title || t(lang, def.titleKey)) });
  if (!summary.shown) {
    return render('summary', { title, shown: false, headline: t(lang, 'summary.notShown', { k: summary.k }), notShownHint: t(lang, 'summary.notShownHint'), perspectives: [], distributions: [], gapShown: false });
  }
  const texts = summary.kind === 'mixed' ? summary.texts : summary;
  const perspectives = texts.shown ? texts.perspectives : [];
  // Nothing is compared when every perspective is hidden: "no shared words" would be a claim about hidden answers.
  const anyShown = def.summaryKind === 'perspectives' && perspectives.some((p) => p.shown);
  const gap = summary.kind === 'mixed' ? gapData(lang, def, summary.gap) : undefined;
  const labelOf = (id: string) => t(lang, def.questions.find((q) => q.id === id)?.labelKey ?? id);
  return render('summary', {
    title,
    shown: true,
    headline: t(lang, def.summaryKind === 'perspectives' ? 'summary.headline' : 'summary.headlineMixed', { count: summary.respondents }),
    distributions: summary.kind === 'mixed' ? [...summary.scales, ...summary.choices].map((s) => distributionData(lang, def, s, summary.k)) : [],
    gapShown: !!gap,
    gap: gap ?? { title: '', headline: '', lines: [] },
    perspectives: perspectives.map((p) => ({
      label: t(lang, p.labelKey),
      countText: p.shown ? t(lang, 'summary.perspectiveCount', { count: p.count ?? 0 }) : t(lang, 'summary.perspectiveHidden', { k: summary.k }),
      themes: p.themes.map((th) => ({
        // No figure below k is ever shown (BRIEF rules 3 and 5), not even the size of a theme.
        heading: t(lang, th.members.length >= summary.k ? 'summary.theme' : 'summary.themeFew', { label: th.label.map(escapeMarkdown).join(' · '), count: th.members.length, k: summary.k }),
        quotes: th.quotes.map((q) => `“${escapeMarkdown(q)}”`),
      })),
      otherText: p.shown && p.otherCount ? t(lang, p.otherCount >= summary.k ? 'summary.other' : 'summary.otherFew', { count: p.otherCount }) : '',
    })),
    compare: anyShown,
    sharedText: texts.shown && texts.shared.length ? t(lang, 'summary.shared', { words: texts.shown ? texts.shared.map(escapeMarkdown).join(', ') : '' }) : t(lang, 'summary.sharedNone'),
    distinctTexts: Object.entries(texts.shown ? texts.distinct : {}).filter(([, ws]) => ws.length > 0).map(([id, ws]) => t(lang, 'summary.distinct', { perspective: labelOf(id).toLowerCase(), words: ws.map(escapeMarkdown).join(', ') })),
    agreementText: texts.shown && texts.agreement !== undefined ? t(lang, 'summary.agreement', { agreement: texts.agreement }) : '',
    discussionTitle: t(lang, 'summary.discussionTitle'),
    discussion: t(lang, def.discussionKey),
  });
}
