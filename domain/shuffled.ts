/**
 * A copy of `items` in random order (Fisher–Yates), `random` as Math.random.
 *
 * @example shuffled(['a', 'b', 'c']) // e.g. ['c', 'a', 'b']
 */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
