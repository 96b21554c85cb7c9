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

/**
 * A phase's output as participants read it: every `k` in it is the session's own k, so the card
 * never says that a facilitator took part (a higher k would).
 *
 * @example asShownWith({ shown: false, k: 5 }, 3) // { shown: false, k: 3 }
 */
export function asShownWith<T>(output: T, k: number): T {
  return JSON.parse(JSON.stringify(output), (key, value) => (key === 'k' && typeof value === 'number' ? k : value)) as T;
}
