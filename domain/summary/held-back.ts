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

/**
 * A section's quote tally as it may be shown (docs/anonymity.md, rule 7, "Held back"): the three
 * counts add up to the section's answers, so they go through the same steps as theme sizes
 * (count-steps.ts) and no count below k can be worked out from the others. Only these shown forms
 * are kept in the summary, never the exact tally.
 *
 * @example heldBackOf({ full: 9, redacted: 0, heldBack: 3, belowK: false }, 5)
 * // { full: { kind: 'range', from: 5, to: 9 }, redacted: { kind: 'zero' }, heldBack: { kind: 'few' }, belowK: false }
 */
export function heldBackOf(tally: QuoteTally, k: number): HeldBack {
  const total = tally.full + tally.redacted + tally.heldBack;
  if (tally.belowK) return { full: { kind: 'zero' }, redacted: { kind: 'zero' }, heldBack: { kind: 'some' }, belowK: true };
  const parts = [tally.full, tally.redacted, tally.heldBack].map((count) => ({ count, least: 1 }));
  const [full, redacted, heldBack] = showCounts(parts, total, k).shown;
  return { full, redacted, heldBack, belowK: false };
}
