/**
 * The most quotes a section may show (docs/anonymity.md, rule 7.8): when something is held back,
 * the answers it does not quote must be at least k. A small section quotes every answer it may,
 * so what it leaves out is what is held back: "6 answers, 5 quotes" would say that exactly one
 * colleague's answer was held back, whatever the held-back line says. With k or more left out, a
 * reader cannot tell an answer held back from one not chosen. With nothing held back there is no
 * limit beyond the usual eight: the line then says nothing was held back, and what is left out is
 * a duplicate or was not chosen.
 *
 * @example quoteLimit(6, 5, 1) // 1
 * @example quoteLimit(6, 5, 0) // Infinity
 */
export function quoteLimit(total: number, k: number, heldBack: number): number {
  return heldBack > 0 ? Math.max(0, total - k) : Infinity;
}
