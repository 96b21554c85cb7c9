import type { FreeTextQuestion, Language } from '../domain/exercise';
import { byGroup, type Contribution } from '../domain/group-answers/contribution';
import type { GroupsSummary } from '../domain/summary/groups';
import { escapeMarkdown } from './escape';
import { t } from './i18n';
import { groupThemeSize, quotedOf } from '../domain/summary/theme-sizes';
import type { StoredTheme } from '../domain/summary/theme-size';
import type { Theme } from '../domain/summary/themes';
import { heldBackText, labelOf, otherHeading, quotes, themeHeading, type SummarySection, type ThemeBlock } from './summary-section';

/**
 * Each shown professional group, then "Øvrige faggrupper": the listed groups pooled there, named
 * (all of them, empty ones included, so the names say nothing about who took part), and the
 * pool's own themes and quotes, which always come from at least k people (docs/anonymity.md,
 * "Professional groups").
 */
export function groupSections(lang: Language, g: Extract<GroupsSummary, { shown: true }>): SummarySection[] {
  const sections: SummarySection[] = g.groups.map((x) => ({
    label: escapeMarkdown(x.group),
    countText: t(lang, 'summary.groupCount', { count: x.count }),
    themes: groupThemeBlocks(lang, x, g),
    otherText: '',
    heldBackText: heldBackText(lang, x.heldBack),
  }));
  if (g.pooled.length === 0) return sections;
  const others = t(lang, 'summary.groupsOthers');
  const groups = listText(lang, g.pooled.map(escapeMarkdown));
  const countText = g.others ? t(lang, 'summary.groupsPooled', { groups, others, count: g.others.count }) : t(lang, 'summary.groupsPooledNone', { groups, others });
  sections.push({ label: others, countText, themes: g.others ? groupThemeBlocks(lang, g.others, g) : [], otherText: '', heldBackText: heldBackText(lang, g.others?.heldBack) });
  return sections;
}

/**
 * A group's themes, each sized in people against the group's count on its own (theme-sizes.ts,
 * groupThemeSize), and its answers in no theme under "Andre svar" (or "Fra svarene" when it has
 * no theme) without a count: people may write in several themes, so no count of "other" follows
 * from the group's.
 */
function groupThemeBlocks(
  lang: Language,
  group: { count: number; themes: readonly (Theme | StoredTheme)[]; otherQuotes?: readonly string[]; otherQuoted?: number },
  g: Extract<GroupsSummary, { shown: true }>,
): ThemeBlock[] {
  const blocks = group.themes.map((th) => ({ heading: themeHeading(lang, labelOf(th), groupThemeSize(th, group.count, g.k, g.textQuestions), 'people'), quotes: quotes(th.quotes) }));
  if (quotedOf({ quotes: group.otherQuotes, quoted: group.otherQuoted }) === 0) return blocks;
  return [...blocks, { heading: otherHeading(lang, blocks.length), quotes: quotes(group.otherQuotes ?? []) }];
}

/**
 * Names as a sentence lists them.
 *
 * @example listText('da', ['Pædagoger', 'Lærere', 'Administration']) // 'Pædagoger, Lærere og Administration'
 */
export function listText(lang: Language, names: readonly string[]): string {
  return new Intl.ListFormat(lang === 'da' ? 'da-DK' : 'en-GB', { type: 'conjunction' }).format(names);
}

/**
 * In a joint-contribution session: each listed group's newest contribution in full under the
 * group's name, with who wrote it on the group's behalf and who wrote earlier versions, or that
 * the group sent none. Named by design, so no k applies (docs/anonymity.md, "Professional groups").
 */
export function contributionSections(lang: Language, groups: readonly string[], versions: readonly Contribution[], questions: readonly FreeTextQuestion[]): SummarySection[] {
  return byGroup(groups, versions).map(({ group, latest, earlierWriters }) => {
    const name = escapeMarkdown(group);
    const label = t(lang, 'summary.jointTitle', { group: name });
    if (!latest) return { label, countText: t(lang, 'summary.jointNone', { group: name }), themes: [], otherText: '', heldBackText: '' };
    const writer = t(lang, 'summary.jointWriter', { name: escapeMarkdown(latest.writer), group: name });
    const earlier = earlierWriters.length ? ` ${t(lang, 'summary.jointEarlier', { names: listText(lang, earlierWriters.map(escapeMarkdown)) })}` : '';
    const themes = questions.filter((q) => latest.texts[q.id]).map((q) => ({ heading: t(lang, q.labelKey), quotes: [escapeMarkdown(latest.texts[q.id])] }));
    return { label, countText: `${writer}.${earlier}`, themes, otherText: '', heldBackText: '' };
  });
}
