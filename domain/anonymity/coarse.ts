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
  // No width (or no number) has no step; the loop below would never end on NaN.
  if (!(range > 0) || !Number.isFinite(range)) return 0;
  const least = range / Math.max(1, Number.isFinite(n) ? n : 1);
  let power = 10 ** Math.floor(Math.log10(least));
  for (;;) {
    for (const nice of NICE) if (nice * power >= least - 1e-9) return tidy(nice * power);
    power *= 10;
  }
}

/**
 * `value` rounded to the nearest figure of a grid of `step`s laid out from the scale's middle, so
 * the middle is always a figure: a team that all answers the middle reads the middle (counted
 * from the bottom, 0–100 in steps of 20 would show a mean of 50 as 60). A tie goes toward the
 * middle. An end of the scale is shown only when every answer is there (a mean at the end says
 * so anyway); a mean short of it reads half a step inside (1–5 in steps of 1: 4,7 → 4,5), since
 * "5 af 5" would read as if everyone agreed fully. That pulled-in figure stands for everything
 * from it to the end, so a mean exactly on it is shown as it, not as the figure toward the middle
 * it ties with: a meeting total of exactly 35 (0–40 in steps of 10) reads "mindst 35", not 30,
 * beside four items that each read 9. Where the range is an odd number of steps, the outermost
 * figures sit half a step inside the ends already (0–100 in steps of 20: 10 … 90).
 *
 * @example coarse(3.4, { min: 1, max: 5 }, 6) // { value: 3, step: 1 }
 * @example coarse(4.7, { min: 1, max: 5 }, 6) // { value: 4.5, step: 1 }
 * @example coarse(67, { min: 0, max: 100 }, 6) // { value: 70, step: 20 }
 * @example coarse(50, { min: 0, max: 100 }, 6) // { value: 50, step: 20 }
 * @example coarse(100, { min: 0, max: 100 }, 6) // { value: 100, step: 20 }: everyone at 100
 *
 * `exact` is the figure as an earlier round of the schedule showed it exactly, before rounding
 * (checkins/exact-figures.ts). A mean within one person's reach of it is shown as that figure,
 * rounded: beside an exact figure, any rounding of this round's own mean gives away someone who
 * left in between whenever a step's edge falls next to the old sum (docs/anonymity.md, "Figures
 * across rounds"), while the old figure rounded tells nothing the old card did not.
 *
 * @example coarse(3.2, { min: 1, max: 5 }, 5, 3.7) // { value: 4, step: 1 }  (within 4/5 of 3.7)
 * @example coarse(2.2, { min: 1, max: 5 }, 5, 3.7) // { value: 2, step: 1 }  (out of reach: its own figure)
 */
export function coarse(value: number, scale: Scale, n: number, exact?: number): CoarseFigure {
  const step = stepFor(scale.max - scale.min, n);
  const shown = exact !== undefined && withinReach(value, exact, scale, n) ? exact : value;
  return { value: roundTo(shown, scale, step), step };
}

/**
 * Whether one person leaving or joining could have moved a mean of `n` from `exact` to `value`:
 * by at most the scale's width over n. A 50th of the width is added for the precision the exact
 * figure was printed and filed with (a mean of 1–5 to one decimal, 0–100 to whole numbers).
 *
 * @example withinReach(3.2, 3.7, { min: 1, max: 5 }, 5) // true   (0.5 ≤ 0.8 + 0.08)
 * @example withinReach(2.5, 3.7, { min: 1, max: 5 }, 5) // false  (1.2 > 0.88)
 */
export function withinReach(value: number, exact: number, scale: Scale, n: number): boolean {
  const width = scale.max - scale.min;
  return Math.abs(value - exact) <= width / Math.max(1, n) + width / 50 + 1e-9;
}

/** A scale's ends. */
export interface Scale {
  min: number;
  max: number;
}

/**
 * The rounding itself, for a given step; public, as the rule is (an attack test applies it).
 *
 * @example roundTo(4.7, { min: 1, max: 5 }, 1) // 4.5
 * @example roundTo(35, { min: 0, max: 40 }, 10) // 35  (on the pulled-in end figure; 34.9 → 30)
 * @example roundTo(5, { min: 0, max: 40 }, 10) // 5   (likewise at the bottom; 5.1 → 10)
 * @example roundTo(2.5, { min: 1, max: 5 }, 1) // 3  (an ordinary tie still goes toward the middle)
 */
export function roundTo(value: number, scale: Scale, step: number): number {
  if (value >= scale.max - 1e-9) return scale.max;
  if (value <= scale.min + 1e-9) return scale.min;
  const middle = (scale.min + scale.max) / 2;
  if (pulledInEnd(value, scale, step)) return tidy(value);
  const outermost = Math.floor((scale.max - middle) / step + 1e-9);
  const away = (value - middle) / step;
  const figure = middle + Math.sign(away) * Math.min(outermost, Math.max(0, Math.ceil(Math.abs(away) - 0.5 - 1e-9))) * step;
  return tidy(figure >= scale.max - 1e-9 ? figure - step / 2 : figure <= scale.min + 1e-9 ? figure + step / 2 : figure);
}

/**
 * Whether the scale's ends are figures of the grid laid out from its middle (an even number of
 * steps across), so that a mean short of an end is shown half a step inside it.
 *
 * @example endsOnGrid({ min: 0, max: 40 }, 10) // true   (0, 10, 20, 30, 40)
 * @example endsOnGrid({ min: 0, max: 100 }, 20) // false (10, 30, 50, 70, 90)
 */
export function endsOnGrid(scale: Scale, step: number): boolean {
  const fromMiddle = (scale.max - scale.min) / 2 / step;
  return Math.abs(fromMiddle - Math.round(fromMiddle)) < 1e-9;
}

/**
 * Which end `value` stands for when it is the figure pulled half a step inside that end (read
 * "mindst"/"højst"), or undefined for any other figure. One rule for the rounding, the middle a
 * figure stands for and the card's wording.
 *
 * @example pulledInEnd(35, { min: 0, max: 40 }, 10) // 'max'
 * @example pulledInEnd(5, { min: 0, max: 40 }, 10) // 'min'
 * @example pulledInEnd(90, { min: 0, max: 100 }, 20) // undefined (odd grid: 90 is a plain figure)
 */
export function pulledInEnd(value: number, scale: Scale, step: number | undefined): 'max' | 'min' | undefined {
  if (!step || !endsOnGrid(scale, step)) return undefined;
  if (Math.abs(value - (scale.max - step / 2)) < 1e-9) return 'max';
  if (Math.abs(value - (scale.min + step / 2)) < 1e-9) return 'min';
  return undefined;
}

/**
 * The middle of what a shown figure stands for: a grid figure stands for half a step either side
 * of itself, a figure pulled half a step inside an end (read "mindst"/"højst") for everything from
 * it to that end, an end (or a figure without a step) for itself. A rule read off the middle is a
 * function of the card alone, so it tells nothing the figure does not (docs/anonymity.md,
 * "Figures across rounds").
 *
 * @example middleOf({ value: 30, step: 10 }, { min: 0, max: 40 }) // 30
 * @example middleOf({ value: 35, step: 10 }, { min: 0, max: 40 }) // 37.5  ("mindst 35": 35–40)
 * @example middleOf({ value: 9, step: 2 }, { min: 0, max: 10 }) // 9     (odd grid: 8–10)
 */
export function middleOf(figure: CoarseFigure, scale: Scale): number {
  const { value, step } = figure;
  const end = pulledInEnd(value, scale, step);
  return end ? (value + scale[end]) / 2 : value;
}

/**
 * Whether a move from `before` to `after` is larger than one person could cause: more than the
 * larger of the two steps. A figure from before rounding existed (step 0) is never compared with a
 * rounded one (checkins/trends.ts): beside an exact figure, a change would tell more than the
 * rounding lets on.
 *
 * @example clearChange({ value: 50, step: 20 }, { value: 70, step: 20 }) // false
 * @example clearChange({ value: 50, step: 20 }, { value: 90, step: 20 }) // true
 */
export function clearChange(before: CoarseFigure, after: CoarseFigure): boolean {
  return Math.abs(after.value - before.value) > Math.max(before.step, after.step) + 1e-9;
}

/** Floating-point dust off (0.1 + 0.2), to the step's own decimals. */
const tidy = (x: number) => Math.round(x * 1e6) / 1e6;
