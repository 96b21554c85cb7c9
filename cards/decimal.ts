import type { Language } from '../domain/exercise';

/** The locale each card language writes its numbers in. */
const LOCALE: Readonly<Record<Language, string>> = { da: 'da-DK', en: 'en-GB' };

/** Figures on cards carry at most two decimals; more is float noise (0.1 + 0.2), not precision. */
const FORMAT: Readonly<Record<Language, Intl.NumberFormat>> = {
  da: new Intl.NumberFormat(LOCALE.da, { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat(LOCALE.en, { maximumFractionDigits: 2 }),
};

/**
 * A number as the language writes it (Intl): a decimal comma and a point between thousands in
 * Danish, the other way round in English.
 *
 * @example decimal('da', 3.5) // '3,5'
 * @example decimal('da', 1234.5) // '1.234,5'
 */
export function decimal(lang: Language, n: number): string {
  return FORMAT[lang].format(n);
}
