import type { Language } from '../domain/exercise';

import { pulledInEnd } from '../domain/anonymity/coarse';
import { decimal } from './decimal';
import { t } from './i18n';

export { decimal };

/**
 * A change with its sign, so "+8" and "−2,5" read as changes rather than levels. A true minus
 * sign: a hyphen next to a number is easy to miss.
 *
 * @example signed('da', -2.5) // '−2,5'
 * @example signed('en', 8) // '+8'
 */
export function signed(lang: Language, n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${decimal(lang, Math.abs(n))}`;
}

/** How a card prints one figure of a check-in: its id, value and step (roundedText with the figure's scale). */
export type FigureText = (id: string, value: number, step: number | undefined) => string;

/**
 * A rounded figure as text (domain/anonymity/coarse.ts). Where the range is an even number of
 * steps, a mean short of an end is shown half a step inside it and stands for everything from
 * there up to the end, itself included, so it reads "mindst": "mindst 35 af 40", not "35 af 40",
 * for a meeting total of 35 to 39.9 (and "højst 5" at the bottom). A figure without a step (filed
 * before rounding) is printed as it is.
 *
 * @example roundedText('da', 35, 10, { min: 0, max: 40 }) // 'mindst 35'
 * @example roundedText('en', 5, 10, { min: 0, max: 40 }) // 'at most 5'
 * @example roundedText('da', 90, 20, { min: 0, max: 100 }) // '90' (steps of 20 leave 80–100 to 90)
 * @example roundedText('da', 3, 1, { min: 1, max: 5 }) // '3'
 */
export function roundedText(lang: Language, value: number, step: number | undefined, scale: { min: number; max: number }): string {
  const end = pulledInEnd(value, scale, step);
  return end ? t(lang, end === 'max' ? 'figure.atLeast' : 'figure.atMost', { value: decimal(lang, value) }) : decimal(lang, value);
}
