/**
 * Agreement between two partitions of the same items (a "truth" labelling and a predicted
 * clustering). Label names are arbitrary: only which items share a label matters, so
 * permuting or renaming labels never changes a score.
 */

interface Contingency {
  n: number;
  /** Counts per (truth label, predicted label) cell, only non-empty cells. */
  cells: number[];
  /** Row sums: size of each truth class. */
  rows: number[];
  /** Column sums: size of each predicted cluster. */
  cols: number[];
}

function contingency(truth: readonly string[], predicted: readonly string[]): Contingency {
  if (truth.length !== predicted.length) throw new Error(`partitions differ in length: ${truth.length} vs ${predicted.length}`);
  const cells = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  for (let i = 0; i < truth.length; i++) {
    const key = JSON.stringify([truth[i], predicted[i]]);
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(truth[i], (rows.get(truth[i]) ?? 0) + 1);
    cols.set(predicted[i], (cols.get(predicted[i]) ?? 0) + 1);
  }
  return { n: truth.length, cells: [...cells.values()], rows: [...rows.values()], cols: [...cols.values()] };
}

const pairs = (x: number): number => (x * (x - 1)) / 2;
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * Adjusted Rand index (Hubert & Arabie 1985): the Rand index corrected for chance,
 *   ARI = (Σ_ij C(n_ij,2) − E) / (½(Σ_i C(a_i,2) + Σ_j C(b_j,2)) − E),  E = Σ_i C(a_i,2)·Σ_j C(b_j,2) / C(n,2).
 * 1 for identical partitions, ≈0 for a random one, can be negative. When the denominator is 0
 * (both partitions trivial in the same way, e.g. both one cluster, or n < 2) the partitions are
 * identical and the result is 1, as in scikit-learn.
 */
export function adjustedRandIndex(truth: readonly string[], predicted: readonly string[]): number {
  const { n, cells, rows, cols } = contingency(truth, predicted);
  const index = sum(cells.map(pairs));
  const sumRows = sum(rows.map(pairs));
  const sumCols = sum(cols.map(pairs));
  const total = pairs(n);
  const expected = total === 0 ? 0 : (sumRows * sumCols) / total;
  const max = (sumRows + sumCols) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}

/**
 * Normalized mutual information with arithmetic-mean normalisation:
 *   NMI = I(U;V) / ((H(U) + H(V)) / 2)
 * (natural logs; the base cancels). This is scikit-learn's default (average_method="arithmetic")
 * and equals the V-measure with β = 1. Range [0, 1]; 1 for identical partitions, 0 when either
 * partition is a single cluster and the other is not. Two single-cluster partitions give 1.
 * Not corrected for chance: many small clusters score above 0 even at random (unlike ARI).
 */
export function normalizedMutualInformation(truth: readonly string[], predicted: readonly string[]): number {
  const n = truth.length;
  if (n === 0) return 1;
  const { rows, cols } = contingency(truth, predicted);
  const rowOf = new Map<string, number>();
  const colOf = new Map<string, number>();
  for (const t of truth) rowOf.set(t, (rowOf.get(t) ?? 0) + 1);
  for (const p of predicted) colOf.set(p, (colOf.get(p) ?? 0) + 1);
  const joint = new Map<string, { nij: number; a: number; b: number }>();
  for (let i = 0; i < n; i++) {
    const key = JSON.stringify([truth[i], predicted[i]]);
    const cell = joint.get(key);
    if (cell) cell.nij++;
    else joint.set(key, { nij: 1, a: rowOf.get(truth[i])!, b: colOf.get(predicted[i])! });
  }
  let mi = 0;
  for (const { nij, a, b } of joint.values()) mi += (nij / n) * Math.log((n * nij) / (a * b));
  const hu = entropy(rows, n);
  const hv = entropy(cols, n);
  if (hu + hv === 0) return 1;
  // Guard tiny negative rounding noise.
  return Math.min(1, Math.max(0, mi / ((hu + hv) / 2)));
}

function entropy(sizes: readonly number[], n: number): number {
  return -sum(sizes.map((s) => (s / n) * Math.log(s / n)));
}
