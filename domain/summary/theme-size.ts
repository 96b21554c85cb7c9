import type { Theme } from './themes';

/**
 * A theme as the summary row stores it: how many answers it holds, not which (docs/data.md,
 * "The summary row"). Member indices that line up across questions would join one person's
 * answers into a profile (docs/anonymity.md, "No profile in the kept summary").
 */
export type StoredTheme = Omit<Theme, 'members'> & {
  size: number;
  /** How many quotes the posted card showed, once the retention sweep has taken them out. */
  quoted?: number;
};

/**
 * How many answers a theme holds, whether it was just found (members) or read back from storage (size).
 *
 * @example themeSize({ members: [0, 4, 7] }) // 3
 * @example themeSize({ size: 3 }) // 3
 */
export function themeSize(theme: Pick<Theme, 'members'> | Pick<StoredTheme, 'size'>): number {
  return 'size' in theme ? theme.size : theme.members.length;
}

/**
 * The summary as it may be stored: every theme's member list, at any depth, replaced by its size.
 * The card needs only sizes; nothing that reads a stored summary needs to know which answers.
 *
 * @example sizesOnly({ perspectives: [{ themes: [{ label: ['tid'], members: [0, 2], quotes: ['Vi mangler tid'] }] }] })
 * // { perspectives: [{ themes: [{ label: ['tid'], quotes: ['Vi mangler tid'], size: 2 }] }] }
 */
export function sizesOnly<T>(summary: T): T {
  return JSON.parse(JSON.stringify(summary), (_key, value: unknown) => {
    if (!value || typeof value !== 'object' || Array.isArray(value) || !Array.isArray((value as { members?: unknown }).members)) return value;
    const { members, ...rest } = value as { members: unknown[] };
    return { ...rest, size: members.length };
  }) as T;
}
