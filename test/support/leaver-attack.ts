import { coarse, roundTo, type Scale } from '../../domain/anonymity/coarse';

/** One figure as a round showed it, and how a reader knows it was made: the public rounding rule. */
export interface ShownRound {
  n: number;
  value: number;
  /** What the round would have shown for a mean of exactly this. */
  show: (mean: number) => number;
}

/** A figure's scale: each person's own value is a multiple of `unit` within [min, max]. */
export interface FigureScale {
  min: number;
  max: number;
  unit: number;
}

/**
 * The attack on figures across rounds (docs/anonymity.md, "Figures across rounds"): one person
 * left, everyone else answered as before. Which values of the leaver's own figure fit what the two
 * rounds showed? The attacker knows n in both rounds and the rounding rule, and tries every sum
 * the others could have. One value left is the person's answer.
 *
 * @example openValues(scale15, readRound(scale15, 6, 3.5, undefined, 0.1), readRound(scale15, 5, 3.4, undefined, 0.1)) // [4]
 */
export function openValues(scale: FigureScale, before: ShownRound, after: ShownRound): number[] {
  const units = Math.round((scale.max - scale.min) / scale.unit);
  const fits = (sumUnits: number, shown: ShownRound) => Math.abs(shown.show(scale.min + (sumUnits * scale.unit) / shown.n) - shown.value) < 1e-6;
  // The sums the others could have given after are the same for every x: find them once.
  const othersAfter: number[] = [];
  for (let rest = 0; rest <= units * after.n; rest++) if (fits(rest, after)) othersAfter.push(rest);
  const open: number[] = [];
  for (let x = 0; x <= units; x++) if (othersAfter.some((rest) => fits(rest + x, before))) open.push(scale.min + x * scale.unit);
  return open;
}

/**
 * What a reader takes from a shown figure: the rounding rule with the step the round says it used
 * (domain/anonymity/coarse.ts `roundTo`), or, for a round that says nothing, the precision it is
 * printed with.
 */
export function readRound(scale: Scale, n: number, value: number, step: number | undefined, printed: number): ShownRound {
  return { n, value, show: step ? (mean) => roundTo(mean, scale, step) : (mean) => Math.round(mean / printed) * printed };
}

/**
 * A round rounded beside an earlier round's exact figure (domain/checkins/exact-figures.ts): the
 * reader applies the public rule, coarse() with that exact figure, for the round's own n.
 *
 * @example readBesideExact({ min: 1, max: 5 }, 5, 4, 3.7).show(3.2) // 4 (3.2 is within reach of 3.7, so 3.7 rounded)
 */
export function readBesideExact(scale: Scale, n: number, value: number, exact: number): ShownRound {
  return { n, value, show: (mean) => coarse(mean, scale, n, exact).value };
}

/** A small seeded random source, so that a failing trial can be run again. */
export { mulberry32 as seeded } from '../../eval/baselines';

/** What one run showed of a question, and the public rule it was shown by: the summary code itself, from counts per step or option. */
export interface ShownRun {
  n: number;
  shown: string;
  show: (counts: readonly number[]) => string;
}

/**
 * The same attack on a whole distribution (docs/anonymity.md, "Figures across rounds"): one person
 * left between two runs of an exercise, everyone else answered as before. The attacker knows n of
 * both runs and the rule each run was shown by, tries every way the others' answers could spread
 * over the `options` steps or options, and every answer the leaver could have given (an index).
 * One index left is the person's answer. Every figure of the question counts at once: a share per
 * option that says nothing alone can, beside the others, rule all options out but one.
 *
 * @example openAnswers(5, exactRun([1, 2, 1, 1, 1]), exactRun([1, 2, 1, 1, 0])) // [4]
 */
export function openAnswers(options: number, before: ShownRun, after: ShownRun): number[] {
  const fitting = spreads(after.n, options).filter((v) => after.show(v) === after.shown);
  return Array.from({ length: options }, (_, x) => x).filter((x) => fitting.some((v) => before.show(v.map((c, i) => c + (i === x ? 1 : 0))) === before.shown));
}

/** Every way `n` answers can spread over `options` steps, as counts. */
export function spreads(n: number, options: number): number[][] {
  if (options === 1) return [[n]];
  const out: number[][] = [];
  for (let first = 0; first <= n; first++) for (const rest of spreads(n - first, options - 1)) out.push([first, ...rest]);
  return out;
}
