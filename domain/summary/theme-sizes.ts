import { showCounts, type ShownCount } from './count-steps';
import { themeSize, type StoredTheme } from './theme-size';
import type { Theme } from './themes';

type SizedTheme = (Pick<Theme, 'members'> | Pick<StoredTheme, 'size'>) & { quotes?: readonly string[]; quoted?: number };

/** A section whose themes the card sizes: a perspective, a side, the low ratings' comments. */
export interface SectionThemes<T extends SizedTheme = SizedTheme> {
  themes: readonly T[];
  /** The section's answers; without it the themes and "other" are taken to be all of them. */
  count?: number;
  otherCount?: number;
  otherQuotes?: readonly string[];
  /** How many otherQuotes there were, once the retention sweep has taken them out. */
  otherQuoted?: number;
}

/**
 * themeSizes for a section as the summary stores it, so the card and the headline size its
 * themes from the same figures and never show one theme at two sizes.
 */
export function sectionSizes(section: SectionThemes, k: number): { themes: ShownCount[]; other: ShownCount; together: boolean } {
  const other = section.otherCount ?? 0;
  const total = section.count ?? section.themes.reduce((n, th) => n + themeSize(th), 0) + other;
  return themeSizes(section.themes, other, total, k, otherQuotedOf(section));
}

/** How many quotes "other" shows, or showed before the retention sweep took them out. */
export function otherQuotedOf(section: Pick<SectionThemes, 'otherQuotes' | 'otherQuoted'>): number {
  return quotedOf({ quotes: section.otherQuotes, quoted: section.otherQuoted });
}

/**
 * How big each theme of a section, and its "other" answers, may be said to be (docs/anonymity.md,
 * rule 7, "Sizes"): themes and "other" add up to the section's total, which the card shows, so
 * they go through count-steps.ts together and no count below k follows by subtraction.
 * `together` says the themes must be shown as one, without sizes, and "other" not mentioned (a
 * tiny section where every theme is at its least). A reader can count the quotes, so a theme, or
 * "other" with `otherQuoted` quotes, is known to hold at least that many (rule 7.8).
 *
 * @example themeSizes([{ members: [0, 1, 2, 3, 4] }, { members: [5, 6] }], 0, 7, 5)
 * // { themes: [{ kind: 'some' }, { kind: 'few' }], other: { kind: 'zero' }, together: false }
 */
export function themeSizes(themes: readonly SizedTheme[], other: number, total: number, k: number, otherQuoted = 0): { themes: ShownCount[]; other: ShownCount; together: boolean } {
  const least = leastThemeSize(themes.map(themeSize), total, k);
  const parts = [...themes.map((th) => ({ count: themeSize(th), least: Math.max(least, quotedOf(th)) })), { count: other, least: Math.max(1, otherQuoted) }];
  const { shown, safe } = showCounts(parts, total, k);
  // Last resort: the themes as one, and "other" not mentioned, so neither can be worked out.
  if (!safe) return { themes: shown.slice(0, -1), other: other > 0 ? { kind: 'unsaid' } : { kind: 'zero' }, together: true };
  return { themes: shown.slice(0, -1), other: shown[shown.length - 1], together: false };
}

/**
 * The least size a reader may take every theme to have: what the theme rule could promise (two
 * answers, 3 % of the section, or k once small themes are merged), but never more than the
 * smallest theme shown, so it is at least what themes.ts really promises.
 *
 * @example leastThemeSize([4], 5, 3) // 3
 */
export function leastThemeSize(sizes: readonly number[], total: number, k: number): number {
  return Math.min(...sizes, Math.max(2, k, Math.ceil(total * 0.03)));
}

/** How many quotes the card shows, or showed before the retention sweep took them out. */
export function quotedOf(x: { quotes?: readonly string[]; quoted?: number }): number {
  return x.quoted ?? x.quotes?.length ?? 0;
}

/**
 * How big a professional group's theme may be said to be (domain/summary/groups.ts). Its size
 * counts people, and a member may write in several themes, so themes do not add up to the group;
 * each is checked on its own against the group's count, which the card shows: "Lærere – 6
 * personer" next to "eleverne (5 personer)" would say exactly one teacher wrote about something
 * else. A reader who counts the theme's quotes knows it holds at least quotes ÷ `textQuestions`
 * people.
 *
 * @example groupThemeSize({ members: [0, 1, 2, 3, 4] }, 6, 3, 2) // { kind: 'some' }
 */
export function groupThemeSize(theme: SizedTheme, groupCount: number, k: number, textQuestions = 1): ShownCount {
  const size = themeSize(theme);
  const least = Math.min(size, Math.max(1, Math.ceil(quotedOf(theme) / Math.max(1, textQuestions))));
  return showCounts(
    [
      { count: size, least },
      { count: groupCount - size, least: 1 },
    ],
    groupCount,
    k,
  ).shown[0];
}
