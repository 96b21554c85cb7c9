/**
 * The arithmetic mean, or NaN for no values.
 *
 * @example mean([3, 4, 5]) // 4
 */
export function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/**
 * Rounded to one decimal, for figures people read.
 *
 * @example oneDecimal(3.546) // 3.5
 */
export const oneDecimal = (x: number) => Math.round(x * 10) / 10;
