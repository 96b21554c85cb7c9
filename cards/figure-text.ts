import type { Language } from '../domain/exercise';

import { decimal } from './decimal';

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
