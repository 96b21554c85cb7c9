import type { Language } from '../domain/exercise';
import type { ShownCount } from '../domain/summary/count-steps';
import type { HeldBack } from '../domain/summary/held-back';
import type { Theme } from '../domain/summary/themes';
import type { StoredTheme } from '../domain/summary/theme-size';
import { otherQuotedOf, sectionSizes, type SectionThemes } from '../domain/summary/theme-sizes';
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

/** What a theme's size counts: answers, or people (a professional group's themes, groups.ts). */
export type Unit = 'answers' | 'people';

/** A theme just found, or as the summary row keeps it (sizes only). */
export type ShownTheme = Theme | StoredTheme;

/**
 * A section's themes as headings and quotes, and its line on the answers in no theme. No figure
 * below k is ever shown, and no theme's size is shown so exactly that subtraction from the count
 * gives one (docs/anonymity.md, rule 7, "Sizes"; theme-sizes.ts, sectionSizes).
 */
export function themeSection(lang: Language, section: SectionThemes<ShownTheme>, k: number): { themes: ThemeBlock[]; otherText: string } {
  const { themes } = section;
  if (themes.length === 0 && !section.otherCount) return { themes: [], otherText: '' };
  const sizes = sectionSizes(section, k);
  const otherQuoted = otherQuotedOf(section);
  // Too small for sizes: the themes as one block, with all their quotes; "other" and its quotes unsaid.
  if (sizes.together) return { themes: [{ heading: themes.map(labelOf).join(' / '), quotes: quotes(themes.flatMap((th) => th.quotes)) }], otherText: '' };
  const blocks = themes.map((th, i) => ({ heading: themeHeading(lang, labelOf(th), sizes.themes[i]), quotes: quotes(th.quotes) }));
  // "Other" with quotes is a block like a theme's, so what fits no theme is heard too.
  if (otherQuoted === 0 || sizes.other.kind === 'zero') return { themes: blocks, otherText: otherText(lang, sizes.other) };
  return { themes: [...blocks, { heading: otherHeading(lang, blocks.length, sizes.other), quotes: quotes(section.otherQuotes ?? []) }], otherText: '' };
}

/**
 * The heading over the quotes that fit no theme: "Andre svar" after the themes, but with no theme
 * before it a plain "Fra svarene", since "other" would refer to nothing. The section's count
 * stands just above, so the plain heading needs none; `size` is left out where "other" has no
 * count of its own (a professional group's, group-sections.ts).
 *
 * @example otherHeading('da', 0, { kind: 'exact', count: 6 }) // 'Fra svarene'
 * @example otherHeading('da', 2, { kind: 'exact', count: 3 }) // 'Andre svar (3 svar)'
 */
export function otherHeading(lang: Language, themesBefore: number, size?: ShownCount): string {
  if (themesBefore === 0) return t(lang, 'summary.answersLabel');
  const label = t(lang, 'summary.otherLabel');
  return size ? themeHeading(lang, label, size) : label;
}

/**
 * The same section as lines without quotes, for a card that repeats every round (a check-in's
 * score view): each theme's heading and the sentence on "other", sized exactly as themeSection
 * sizes them, so the two cards never show one theme at two sizes.
 *
 * @example themeLines('da', { themes: [], count: 6, otherCount: 6 }, 5) // ['6 svar passede ikke ind i et fælles tema.']
 */
export function themeLines(lang: Language, section: SectionThemes<ShownTheme>, k: number): string[] {
  const { themes } = section;
  if (themes.length === 0 && !section.otherCount) return [];
  const sizes = sectionSizes(section, k);
  if (sizes.together) return [themes.map(labelOf).join(' / ')];
  return [...themes.map((th, i) => themeHeading(lang, labelOf(th), sizes.themes[i])), otherText(lang, sizes.other)].filter((line) => line !== '');
}

/** A theme's label as the card shows it. */
export function labelOf(th: Theme | StoredTheme): string {
  return th.label.map(escapeMarkdown).join(' · ');
}

/** Quotes as the card shows them: in quotation marks, markdown escaped. */
export function quotes(qs: readonly string[]): string[] {
  return qs.map((q) => `“${escapeMarkdown(q)}”`);
}

/** A theme's heading: its label and its size as it may be shown. */
export function themeHeading(lang: Language, label: string, size: ShownCount, unit: Unit = 'answers'): string {
  if (size.kind === 'few') return t(lang, unit === 'people' ? 'summary.themeFewPeople' : 'summary.themeFew', { label });
  if (size.kind === 'exact' || size.kind === 'range') return t(lang, unit === 'people' ? 'summary.themePeople' : 'summary.theme', { label, count: countWord(lang, size) });
  return label;
}

function otherText(lang: Language, size: ShownCount): string {
  if (size.kind === 'zero' || size.kind === 'unsaid') return '';
  if (size.kind === 'few') return t(lang, 'summary.otherFew');
  if (size.kind === 'some') return t(lang, 'summary.otherSome');
  return t(lang, 'summary.other', { count: countWord(lang, size) });
}

/** A count as the card may say it: "7", "5–9", "få", "nogle". */
export function countWord(lang: Language, size: ShownCount): string {
  switch (size.kind) {
    case 'exact':
      return String(size.count);
    case 'range':
      return size.from === size.to ? String(size.from) : `${size.from}–${size.to}`;
    case 'few':
      return t(lang, 'summary.count.fewerThan');
    case 'some':
      return t(lang, 'summary.count.some');
    case 'zero':
    case 'unsaid':
      return '0';
  }
}

/**
 * The line on how many of a section's answers may be quoted whole, only redacted, or not at all
 * (docs/anonymity.md, rule 7, "Held back"); empty when every answer may be quoted as written.
 *
 * @example heldBackText('da', { full: { kind: 'exact', count: 5 }, redacted: { kind: 'zero' }, heldBack: { kind: 'few' }, belowK: false })
 * // 'Af svarene her: 5 kan citeres ordret og få er holdt tilbage af hensyn til anonymiteten.'
 */
export function heldBackText(lang: Language, held: HeldBack | undefined): string {
  if (!held) return '';
  if (held.belowK) return t(lang, 'summary.heldBack.belowK');
  if (held.redacted.kind === 'zero' && held.heldBack.kind === 'zero') return '';
  const keys = { full: 'summary.heldBack.full', redacted: 'summary.heldBack.redacted', heldBack: 'summary.heldBack.heldBack' } as const;
  const parts = (['full', 'redacted', 'heldBack'] as const).filter((p) => held[p].kind !== 'zero').map((p) => t(lang, keys[p], { count: countWord(lang, held[p]) }));
  const list = new Intl.ListFormat(lang === 'da' ? 'da-DK' : 'en-GB', { type: 'conjunction' }).format(parts);
  return t(lang, 'summary.heldBack.line', { parts: list });
}
