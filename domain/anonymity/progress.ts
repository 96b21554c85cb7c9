/**
 * What the shared card may say about how many have answered (docs/anonymity.md, rules 4 and 6).
 * Below k it says only "fewer than k". From k on it moves in steps of k, so a colleague
 * watching the card cannot tell who just answered.
 *
 * @example progressView(4, 5) // { belowK: true, k: 5 }
 * @example progressView(12, 5) // { belowK: false, k: 5, atLeast: 10 }
 */
export type ProgressView = { belowK: true; k: number } | { belowK: false; k: number; atLeast: number };

export function progressView(count: number, k: number): ProgressView {
  if (count < k) return { belowK: true, k };
  return { belowK: false, k, atLeast: Math.floor(count / k) * k };
}

/** The number the card shows; used to decide whether the shared card needs an update. */
export function shownProgress(count: number, k: number): number {
  const view = progressView(count, k);
  return view.belowK ? 0 : view.atLeast;
}
