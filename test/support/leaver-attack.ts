/** One figure as two rounds showed it: the mean of the people behind it, and what the reader knows of its rounding. */
export interface ShownRound {
  n: number;
  value: number;
  /** The step the figure was rounded to; for a figure shown unrounded, its printed precision. */
  step: number;
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
 * @example openValues({ min: 1, max: 5, unit: 1 }, { n: 6, value: 3.5, step: 0.1 }, { n: 5, value: 3.4, step: 0.1 }) // [4]
 */
export function openValues(scale: FigureScale, before: ShownRound, after: ShownRound): number[] {
  const units = Math.round((scale.max - scale.min) / scale.unit);
  const fits = (sumUnits: number, n: number, shown: ShownRound) => {
    const mean = scale.min + (sumUnits * scale.unit) / n;
    return mean >= shown.value - shown.step / 2 - 1e-9 && mean < shown.value + shown.step / 2 - 1e-9;
  };
  const open: number[] = [];
  for (let x = 0; x <= units; x++) {
    for (let rest = 0; rest <= units * after.n; rest++) {
      if (fits(rest, after.n, after) && fits(rest + x, before.n, before)) {
        open.push(scale.min + x * scale.unit);
        break;
      }
    }
  }
  return open;
}

/**
 * What a reader takes from a shown figure: the step the round says it is rounded to (the rule is
 * public: domain/anonymity/coarse.ts), or, for a round that says nothing, the precision it is printed with.
 */
export function readRound(n: number, value: number, step: number | undefined, printed: number): ShownRound {
  return { n, value, step: step || printed };
}

/** A small seeded random source, so that a failing trial can be run again. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
