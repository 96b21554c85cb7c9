import type { Language } from '../domain/exercise';
import type { GroupsSummary } from '../domain/summary/groups';
import { escapeMarkdown } from './escape';
import { t } from './i18n';
import { themeBlocks, type SummarySection } from './summary-section';

/** Each shown professional group, then "others" when small groups could be merged safely (docs/anonymity.md, rule 5). */
export function groupSections(lang: Language, g: Extract<GroupsSummary, { shown: true }>): SummarySection[] {
  const sections: SummarySection[] = g.groups.map((x) => ({ label: escapeMarkdown(x.group), countText: t(lang, 'summary.perspectiveCount', { count: x.count }), themes: themeBlocks(lang, x.themes, g.k), otherText: '', heldBackText: '' }));
  if (g.others) sections.push({ label: t(lang, 'summary.groupsOthers'), countText: t(lang, 'summary.perspectiveCount', { count: g.others.count }), themes: themeBlocks(lang, g.others.themes, g.k), otherText: '', heldBackText: '' });
  if (g.hidden > 0) sections.push({ label: t(lang, 'summary.groupsHiddenTitle'), countText: t(lang, 'summary.groupsHidden', { hidden: g.hidden, k: g.k }), themes: [], otherText: '', heldBackText: '' });
  return sections;
}
