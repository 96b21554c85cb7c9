import type { Language } from '../domain/exercise';

/**
 * A number as the language writes it: a decimal comma in Danish, a point in English.
 *
 * @example decimal('da', 3.5) // '3,5'
 */
export function decimal(lang: Language, n: number): string {
  return lang === 'da' ? String(n).replace('.', ',') : String(n);
}
