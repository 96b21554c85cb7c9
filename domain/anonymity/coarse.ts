/**
 * Figures that repeat (a check-in's rounds) rounded so coarsely that the difference of two rounds
 * cannot give one person's answer (docs/anonymity.md, "Figures across rounds").
 *
 * One person moves a mean of n answers on a scale of width R by at most R/n. Rounded to a step of
 * at least R/n, the sum behind a shown mean is known only to within one whole answer's range, so a
 * colleague who left between two rounds, while the others answered alike, is not found by
 * subtracting the two sums. A change between rounds is only called a change when it is larger
 * than a step: one person can move a rounded figure by one step, never by two.
 */

/** A shown figure and the step it was rounded to. */
export interface CoarseFigure {
  value: number;
  step: number;
}

const NICE = [1, 2, 5];

/**
 * The smallest of 1, 2 and 5 times a power of ten that is at least `range / n`.
 *
 * @example stepFor(4, 6) // 1      (a 1–5 scale, 6 answers: 0.67 → 1)
 * @example stepFor(100, 12) // 10  (0–100, 12 answers: 8.3 → 10)
 * @example stepFor(10, 40) // 0.5
 */
export function stepFor(range: number, n: number): number {
  const least = range / Math.max(1, n);
  let power = 10 ** Math.floor(Math.log10(least));
  for (;;) {
    for (const nice of NICE) if (nice * power >= least - 1e-9) return tidy(nice * power);
    power *= 10;
  }
}

/**
 * `value` rounded to the nearest multiple of `step` counted from the scale's `min`, so that a 1–5
 * scale in steps of 2 reads 1, 3, 5, and never leaves [min, max].
 *
 * @example coarse(3.4, { min: 1, max: 5 }, 6) // { value: 3, step: 1 }
 * @example coarse(67, { min: 0, max: 100 }, 6) // { value: 60, step: 20 }
 */
export function coarse(value: number, scale: { min: number; max: number }, n: number): CoarseFigure {
  const step = stepFor(scale.max - scale.min, n);
  const stepsUp = Math.round((value - scale.min) / step);
  return { value: tidy(Math.min(scale.max, Math.max(scale.min, scale.min + stepsUp * step))), step };
}

/**
 * Whether a move from `before` to `after` is larger than one person could cause: more than the
 * larger of the two steps. Figures from before rounding existed have step 0, so any change counts.
 *
 * @example clearChange({ value: 60, step: 20 }, { value: 80, step: 20 }) // false
 * @example clearChange({ value: 60, step: 20 }, { value: 100, step: 20 }) // true
 */
export function clearChange(before: CoarseFigure, after: CoarseFigure): boolean {
  return Math.abs(after.value - before.value) > Math.max(before.step, after.step) + 1e-9;
}

/** Floating-point dust off (0.1 + 0.2), to the step's own decimals. */
const tidy = (x: number) => Math.round(x * 1e6) / 1e6;
