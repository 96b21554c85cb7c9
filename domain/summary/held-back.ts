import { showCounts, type ShownCount } from './count-steps';
import type { QuoteTally } from './quotable-texts';

/** What a section may say about its quotes: how many may be quoted whole, redacted, and not at all. */
export interface HeldBack {
  full: ShownCount;
  redacted: ShownCount;
  heldBack: ShownCount;
  /** Fewer than k people could be quoted, so the section quotes nobody. */
  belowK: boolean;
}

/** How many of a section's quotes the card shows whole, and how many with words hidden as […]. */
export interface QuotesShown {
  whole: number;
  redacted: number;
}

/**
 * The quotes a section shows, counted as a reader counts them.
 *
 * @example quotesShown(['Møder hele dagen', 'For mange […] om ugen']) // { whole: 1, redacted: 1 }
 */
export function quotesShown(quotes: readonly string[]): QuotesShown {
  const redacted = quotes.filter((q) => q.includes('[…]')).length;
  return { whole: quotes.length - redacted, redacted };
}

/**
 * A section's quote tally as it may be shown (docs/anonymity.md, rule 7, "Held back"): the three
 * counts add up to the section's answers, so they go through the same steps as theme sizes
 * (count-steps.ts) and no count below k can be worked out from the others, nor from them and the
 * quotes a reader can count (`shown`). Only these shown forms are kept in the summary, never the
 * exact tally.
 *
 * @example heldBackOf({ full: 9, redacted: 0, heldBack: 3, belowK: false }, 5)
 * // { full: { kind: 'range', from: 5, to: 9 }, redacted: { kind: 'zero' }, heldBack: { kind: 'few' }, belowK: false }
 */
export function heldBackOf(tally: QuoteTally, k: number, shown: QuotesShown = { whole: 0, redacted: 0 }): HeldBack {
  const total = tally.full + tally.redacted + tally.heldBack;
  if (tally.belowK) return { full: { kind: 'zero' }, redacted: { kind: 'zero' }, heldBack: { kind: 'some' }, belowK: true };
  // A reader counts the quotes: whole ones and those with […] are each at least that many.
  const parts = [
    { count: tally.full, least: Math.max(1, shown.whole) },
    { count: tally.redacted, least: Math.max(1, shown.redacted) },
    { count: tally.heldBack, least: 1 },
  ];
  const [full, redacted, heldBack] = showCounts(parts, total, k).shown;
  return { full, redacted, heldBack, belowK: false };
}
