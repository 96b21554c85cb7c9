/**
 * Facilitators and co-facilitators may answer, but their answers never count toward k
 * (docs/anonymity.md, rule 4): a facilitator who knows her own answer must not be able to
 * subtract it. The bot cannot tell which answers are theirs, only how many of them took part, so
 * every k test of the phase asks for k others on top: k + that number.
 *
 * @example thresholdWith(3, 2) // 5: with the facilitator and a co-facilitator in, five answers show three colleagues
 */
export function thresholdWith(k: number, facilitatorsIn: number): number {
  return k + facilitatorsIn;
}
