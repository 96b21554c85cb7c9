import type { Language } from '../domain/exercise';
import type { GroupsSummary } from '../domain/summary/groups';
import { escapeMarkdown } from './escape';
import { t } from './i18n';
import { themeBlocks, type SummarySection } from './summary-section';

/**
 * Each shown professional group, then "Øvrige faggrupper": the listed groups pooled there, named
 * (all of them, empty ones included, so the names say nothing about who took part), and the
 * pool's own themes and quotes, which always come from at least k people (docs/anonymity.md,
 * "Professional groups").
 */
export function groupSections(lang: Language, g: Extract<GroupsSummary, { shown: true }>): SummarySection[] {
  const sections: SummarySection[] = g.groups.map((x) => ({ label: escapeMarkdown(x.group), countText: t(lang, 'summary.perspectiveCount', { count: x.count }), themes: themeBlocks(lang, x.themes, g.k), otherText: '', heldBackText: '' }));
  if (g.pooled.length === 0) return sections;
  const others = t(lang, 'summary.groupsOthers');
  const groups = listText(lang, g.pooled.map(escapeMarkdown));
  const countText = g.others ? t(lang, 'summary.groupsPooled', { groups, others, count: g.others.count }) : t(lang, 'summary.groupsPooledNone', { groups, others, k: g.k });
  sections.push({ label: others, countText, themes: g.others ? themeBlocks(lang, g.others.themes, g.k) : [], otherText: '', heldBackText: '' });
  return sections;
}

/**
 * Names as a sentence lists them.
 *
 * @example listText('da', ['Pædagoger', 'Lærere', 'Administration']) // 'Pædagoger, Lærere og Administration'
 */
export function listText(lang: Language, names: readonly string[]): string {
  return new Intl.ListFormat(lang === 'da' ? 'da-DK' : 'en-GB', { type: 'conjunction' }).format(names);
}
