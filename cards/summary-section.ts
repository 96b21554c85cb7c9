import type { Language } from '../domain/exercise';
import type { Theme } from '../domain/summary/themes';
import { escapeMarkdown } from './escape';
import { t } from './i18n';

/** One section of the summary card: a perspective, a professional group, a side of a dilemma. */
export interface SummarySection {
  label: string;
  countText: string;
  themes: ThemeBlock[];
  otherText: string;
  /** How much of the section is held back for anonymity; empty when nothing is. */
  heldBackText: string;
}

export interface ThemeBlock {
  heading: string;
  quotes: string[];
}

/** A section's themes as headings and quotes. No figure below k is ever shown (docs/anonymity.md, rule 4), not even a theme's size. */
export function themeBlocks(lang: Language, themes: readonly Theme[], k: number): ThemeBlock[] {
  return themes.map((th) => ({
    heading: t(lang, th.members.length >= k ? 'summary.theme' : 'summary.themeFew', { label: th.label.map(escapeMarkdown).join(' · '), count: th.members.length, k }),
    quotes: th.quotes.map((q) => `“${escapeMarkdown(q)}”`),
  }));
}
