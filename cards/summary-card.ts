import type { Summary } from '../domain/summary/summarise';
import type { ChoiceSummary, ScaleSummary } from '../domain/summary/distribution';
import { distributionData, gapData } from './distribution-lines';
import type { Language } from '../domain/exercise';
import type { Session } from '../domain/session';
import { escapeMarkdown } from './escape';
import { contributionSections, groupSections } from './group-sections';
import type { Contribution } from '../domain/group-answers/contribution';
import { jointQuestionsOf } from '../domain/group-answers/joint-part';
import { lowRatingSections } from './low-rating-sections';
import { repeatedNote } from './repeated-lines';
import type { RepeatedFigure } from '../domain/summary/repeat-figures';
import { sideSections } from './side-sections';
import { heldBackText, themeSection, type SummarySection } from './summary-section';
import { headline } from './headline';
import { hasText, t } from './i18n';
import { definitionOf, setupTexts } from './session-card';
import { clip, render, renderWithin, type AdaptiveCard } from './render';

/**
 * The summary reply in the session's thread. Below k it says only that nothing can be shown, but
 * for the groups' named contributions (`contributions`, in a joint-contribution session), which are no one's secret.
 */
export function summaryCard(session: Session, summary: Summary, contributions?: readonly Contribution[]): AdaptiveCard {
  const lang = session.settings.language;
  const def = definitionOf(session);
  const named = contributions ? contributionSections(lang, session.settings.groups ?? [], contributions, jointQuestionsOf(session)) : [];
  const title = t(lang, 'summary.title', { title: escapeMarkdown(session.settings.title || t(lang, def.titleKey)) });
  if (!summary.shown) {
    return shortened(lang, {
      title,
      shown: false,
      roundedNote: '',
      facilitatorTexts: [],
      headline: t(lang, 'summary.notShown', { k: session.settings.k }),
      notShownHint: t(lang, 'summary.notShownHint'),
      perspectives: named,
      distributions: [],
      gapShown: false,
    });
  }
  const texts = summary.kind === 'mixed' ? summary.texts : summary;
  const perspectives = texts.shown ? texts.perspectives : [];
  const groups = summary.kind === 'mixed' && summary.groups?.shown ? summary.groups : undefined;
  // Nothing is compared when every perspective is hidden: "no shared words" would be a claim about hidden answers.
  const anyShown = (def.summaryKind === 'perspectives' && perspectives.some((p) => p.shown)) || (!!groups && groups.groups.length >= 2);
  const compared = groups ? { shared: groups.similarities, distinct: groups.differences, agreement: undefined } : texts.shown ? texts : { shared: [], distinct: {}, agreement: undefined };
  const gap = summary.kind === 'mixed' ? gapData(lang, def, summary.gap) : undefined;
  const labelOf = (id: string) => t(lang, def.questions.find((q) => q.id === id)?.labelKey ?? id);
  return shortened(lang, {
    title,
    shown: true,
    headline: headline(lang, def, summary),
    // Why a re-run shows fewer figures than the first run did (docs/anonymity.md, "Figures across rounds").
    roundedNote: summary.kind === 'mixed' ? repeatedNote(lang, session.place, [...summary.scales, ...summary.choices]) : '',
    // The starting point next to the answers: the leader's proposal, the formulation, the dilemma.
    facilitatorTexts: setupTexts(lang, session, def),
    distributions: summary.kind === 'mixed' ? [...summary.scales, ...summary.choices].map((s) => distributionData(lang, def, s)) : [],
    gapShown: !!gap,
    gap: gap ?? { title: '', headline: '', figures: [] },
    perspectives: perspectives
      .map((p) => ({
        label: t(lang, p.labelKey),
        countText: p.shown ? t(lang, 'summary.perspectiveCount', { count: p.count ?? 0 }) : t(lang, 'summary.perspectiveHidden'),
        ...(p.shown ? themeSection(lang, p, summary.k) : { themes: [], otherText: '' }),
        heldBackText: heldBackText(lang, p.heldBack),
      }))
      .concat(summary.kind === 'mixed' && summary.lowRatings ? lowRatingSections(lang, def, summary.lowRatings, summary.k) : [])
      .concat(groups ? groupSections(lang, groups) : [])
      .concat(summary.kind === 'mixed' && summary.sides ? sideSections(lang, summary.sides, summary.k) : [])
      .concat(named),
    compare: anyShown,
    sharedText: compared.shared.length ? t(lang, 'summary.shared', { words: compared.shared.map(escapeMarkdown).join(', ') }) : t(lang, 'summary.sharedNone'),
    distinctTexts: Object.entries(compared.distinct)
      .filter(([, ws]) => ws.length > 0)
      .map(([id, ws]) => t(lang, 'summary.distinct', { perspective: groups ? escapeMarkdown(id) : labelOf(id).toLowerCase(), words: ws.map(escapeMarkdown).join(', ') })),
    agreementText: compared.agreement !== undefined ? t(lang, 'summary.agreement', { agreement: compared.agreement }) : '',
    discussionTitle: t(lang, 'summary.discussionTitle'),
    discussion: discussionText(session, summary),
  });
}

/** The summary's "Til drøftelse" prompt; the meeting guide repeats it to the facilitator (meeting-guide-card.ts). */
export function discussionText(session: Session, summary: Summary): string {
  const lang = session.settings.language;
  return t(lang, discussionKeyOf(lang, definitionOf(session).discussionKey, summary.kind === 'mixed' && summary.shown ? [...summary.scales, ...summary.choices] : []));
}

/**
 * The prompt for the discussion; an exercise whose prompt talks about the spread of figures has a
 * second one for a re-run that shows none of them (docs/anonymity.md, "Figures across rounds").
 *
 * @example discussionKeyOf('da', 'exercise.vildfarelser.discussion', [repeatedScale]) // 'exercise.vildfarelser.discussion.repeated'
 */
export function discussionKeyOf(lang: Language, key: string, figures: readonly (ScaleSummary | ChoiceSummary | RepeatedFigure)[]): string {
  const shown = figures.filter((f) => f.shown);
  const allRepeated = shown.length > 0 && shown.every((f) => 'repeated' in f);
  return allRepeated && hasText(lang, `${key}.repeated`) ? `${key}.repeated` : key;
}

type SectionData = Pick<SummarySection, 'themes'>;

/**
 * Renders the summary, shortening it step by step when it would exceed the card size limit
 * (Teams allows 100 KB, we aim for 80 KB), and saying so on the card: long quotes are cut, then one
 * quote per theme, then three themes per section, then no quotes.
 */
function shortened(lang: Language, data: { perspectives: SectionData[] } & Record<string, unknown>): AdaptiveCard {
  const steps: ((s: SectionData) => SectionData)[] = [
    (s) => s,
    (s) => ({ ...s, themes: s.themes.map((th) => ({ ...th, quotes: th.quotes.map((q) => clip(q, 280)) })) }),
    (s) => ({ ...s, themes: s.themes.map((th) => ({ ...th, quotes: th.quotes.slice(0, 1).map((q) => clip(q, 200)) })) }),
    (s) => ({ ...s, themes: s.themes.slice(0, 3).map((th) => ({ ...th, quotes: th.quotes.slice(0, 1).map((q) => clip(q, 160)) })) }),
    (s) => ({ ...s, themes: s.themes.slice(0, 3).map((th) => ({ ...th, quotes: [] })) }),
  ];
  for (const [i, step] of steps.entries()) {
    const card = renderWithin('summary', { ...data, perspectives: data.perspectives.map(step), shortenedNote: i === 0 ? '' : t(lang, 'summary.shortened') });
    if (card) return card;
  }
  return render('summary', { ...data, perspectives: [], shortenedNote: t(lang, 'summary.shortened') });
}
