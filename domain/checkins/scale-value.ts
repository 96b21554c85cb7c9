/**
 * A stored scale answer as a number, or undefined when it is missing or not a whole step within
 * [min, max]. Answers arrive as text (validation/answer.ts), and stored data is not trusted twice.
 *
 * @example scaleValue('7', 0, 10) // 7
 * @example scaleValue('11', 0, 10) // undefined
 */
export function scaleValue(raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined || !/^\s*\d+\s*$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}
