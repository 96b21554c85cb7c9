import { showCounts, type ShownCount } from './count-steps';
import { themeSize, type StoredTheme } from './theme-size';
import type { Theme } from './themes';

type SizedTheme = (Pick<Theme, 'members'> | Pick<StoredTheme, 'size'>) & { quotes?: readonly string[]; quoted?: number };

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
