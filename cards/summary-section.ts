import type { Language } from '../domain/exercise';
import type { ShownCount } from '../domain/summary/count-steps';
import type { HeldBack } from '../domain/summary/held-back';
import type { Theme } from '../domain/summary/themes';
import { themeSize, type StoredTheme } from '../domain/summary/theme-size';
import { quotedOf, themeSizes } from '../domain/summary/theme-sizes';
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
type Unit = 'answers' | 'people';

/** A theme just found, or as the summary row keeps it (sizes only). */
export type ShownTheme = Theme | StoredTheme;

/** The answers a section's themes are found in: all of them, and those in no theme. */
export interface ThemeTotals {
  total: number;
  other: number;
  /** Quotes of the answers in no theme, shown under "Andre svar" like a theme's. */
  otherQuotes?: readonly string[];
  /** How many there were, once the retention sweep has taken them out. */
  otherQuoted?: number;
}

/**
 * A section's themes as headings and quotes, and its line on the answers in no theme. No figure
 * below k is ever shown, and no theme's size is shown so exactly that subtraction from `totals`
 * gives one (docs/anonymity.md, rule 7, "Sizes"; theme-sizes.ts). Without `totals`, the themes
 * are taken to hold all the section's answers.
 */
export function themeSection(lang: Language, themes: readonly (Theme | StoredTheme)[], k: number, totals?: ThemeTotals, unit: Unit = 'answers'): { themes: ThemeBlock[]; otherText: string } {
  if (themes.length === 0 && !totals?.other) return { themes: [], otherText: '' };
  const { sizes, otherQuoted } = sizesOf(themes, k, totals);
  // Too small for sizes: the themes as one block, with all their quotes; "other" and its quotes unsaid.
  if (sizes.together) return { themes: [{ heading: themes.map(labelOf).join(' / '), quotes: quotes(themes.flatMap((th) => th.quotes)) }], otherText: '' };
  const blocks = themes.map((th, i) => ({ heading: themeHeading(lang, labelOf(th), sizes.themes[i], k, unit), quotes: quotes(th.quotes) }));
  // "Other" with quotes is a block like a theme's, so what fits no theme is heard too.
  if (otherQuoted === 0 || sizes.other.kind === 'zero') return { themes: blocks, otherText: otherText(lang, sizes.other, k) };
  return { themes: [...blocks, { heading: themeHeading(lang, t(lang, 'summary.otherLabel'), sizes.other, k), quotes: quotes(totals?.otherQuotes ?? []) }], otherText: '' };
}

/**
 * The same section as lines without quotes, for a card that repeats every round (a check-in's
 * score view): each theme's heading and the sentence on "other", sized exactly as themeSection
 * sizes them, so the two cards never show one theme at two sizes.
 *
 * @example themeLines('da', [], 5, { total: 6, other: 6 }) // ['6 svar passede ikke ind i et fælles tema.']
 */
export function themeLines(lang: Language, themes: readonly (Theme | StoredTheme)[], k: number, totals?: ThemeTotals): string[] {
  if (themes.length === 0 && !totals?.other) return [];
  const { sizes } = sizesOf(themes, k, totals);
  if (sizes.together) return [themes.map(labelOf).join(' / ')];
  return [...themes.map((th, i) => themeHeading(lang, labelOf(th), sizes.themes[i], k)), otherText(lang, sizes.other, k)].filter((line) => line !== '');
}

/** The sizes a section's themes and "other" may be shown with, a reader's count of the quotes included (theme-sizes.ts). */
function sizesOf(themes: readonly (Theme | StoredTheme)[], k: number, totals?: ThemeTotals) {
  const other = totals?.other ?? 0;
  const otherQuoted = quotedOf({ quotes: totals?.otherQuotes, quoted: totals?.otherQuoted });
  const total = totals?.total ?? themes.reduce((n, th) => n + themeSize(th), 0) + other;
  return { sizes: themeSizes(themes, other, total, k, otherQuoted), otherQuoted };
}

function labelOf(th: Theme | StoredTheme): string {
  return th.label.map(escapeMarkdown).join(' · ');
}

function quotes(qs: readonly string[]): string[] {
  return qs.map((q) => `“${escapeMarkdown(q)}”`);
}

/**
 * A professional group's themes, sized in people, and its answers in no theme under "Andre svar" without a count:
 * a group's themes count people, who may also have written in no theme, so no count of "other"
 * follows from the group's (domain/summary/groups.ts).
 */
export function groupThemeBlocks(lang: Language, group: { themes: readonly (Theme | StoredTheme)[]; otherQuotes?: readonly string[]; otherQuoted?: number }, k: number): ThemeBlock[] {
  const blocks = themeSection(lang, group.themes, k, undefined, 'people').themes;
  if (quotedOf({ quotes: group.otherQuotes, quoted: group.otherQuoted }) === 0) return blocks;
  return [...blocks, { heading: t(lang, 'summary.otherLabel'), quotes: quotes(group.otherQuotes ?? []) }];
}

function themeHeading(lang: Language, label: string, size: ShownCount, k: number, unit: Unit = 'answers'): string {
  if (size.kind === 'few') return t(lang, unit === 'people' ? 'summary.themeFewPeople' : 'summary.themeFew', { label, k });
  if (size.kind === 'exact' || size.kind === 'range') return t(lang, unit === 'people' ? 'summary.themePeople' : 'summary.theme', { label, count: countWord(lang, size, k) });
  return label;
}

function otherText(lang: Language, size: ShownCount, k: number): string {
  if (size.kind === 'zero' || size.kind === 'unsaid') return '';
  if (size.kind === 'few') return t(lang, 'summary.otherFew');
  if (size.kind === 'some') return t(lang, 'summary.otherSome');
  return t(lang, 'summary.other', { count: countWord(lang, size, k) });
}

/** A count as the card may say it: "7", "5–9", "færre end 5", "nogle". */
export function countWord(lang: Language, size: ShownCount, k: number): string {
  switch (size.kind) {
    case 'exact':
      return String(size.count);
    case 'range':
      return size.from === size.to ? String(size.from) : `${size.from}–${size.to}`;
    case 'few':
      return t(lang, 'summary.count.fewerThan', { k });
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
 * @example heldBackText('da', { full: { kind: 'exact', count: 5 }, redacted: { kind: 'zero' }, heldBack: { kind: 'few' }, belowK: false }, 5)
 * // 'Af svarene her: 5 kan citeres ordret og færre end 5 er holdt tilbage af hensyn til anonymiteten.'
 */
export function heldBackText(lang: Language, held: HeldBack | undefined, k: number): string {
  if (!held) return '';
  if (held.belowK) return t(lang, 'summary.heldBack.belowK', { k });
  if (held.redacted.kind === 'zero' && held.heldBack.kind === 'zero') return '';
  const keys = { full: 'summary.heldBack.full', redacted: 'summary.heldBack.redacted', heldBack: 'summary.heldBack.heldBack' } as const;
  const parts = (['full', 'redacted', 'heldBack'] as const).filter((p) => held[p].kind !== 'zero').map((p) => t(lang, keys[p], { count: countWord(lang, held[p], k) }));
  const list = new Intl.ListFormat(lang === 'da' ? 'da-DK' : 'en-GB', { type: 'conjunction' }).format(parts);
  return t(lang, 'summary.heldBack.line', { parts: list });
}
