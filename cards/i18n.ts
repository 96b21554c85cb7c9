import da from './strings/da.json';
import en from './strings/en.json';
import { LITERAL, type Language } from '../domain/exercise';
import { escapeMarkdown } from './escape';

export type StringKey = keyof typeof da;
const TABLES: Record<Language, Record<string, string>> = { da, en };

/**
 * The text for `key` in `lang`, with `{name}` placeholders filled in.
 * A missing key is a bug (a test checks both files have the same keys), so it throws.
 *
 * @example t('en', 'session.progressBelowK', { k: 5 }) // 'Fewer than 5 answers so far.'
 */
export function t(lang: Language, key: string, vars: Record<string, string | number> = {}): string {
  // A team's own text, written at setup: shown as written, made safe for markdown.
  if (key.startsWith(LITERAL)) return escapeMarkdown(key.slice(LITERAL.length));
  // Own keys only: 'toString' or '__proto__' is not a text.
  const text = Object.hasOwn(TABLES[lang], key) ? TABLES[lang][key] : undefined;
  if (text === undefined) throw new Error(`t(): no text for key '${key}' in language '${lang}'.`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}

/** The Teams locale ("da-DK", "en-US") as one of our languages; Danish unless it is English. */
export function languageOfLocale(locale: unknown): Language {
  return typeof locale === 'string' && locale.toLowerCase().startsWith('en') ? 'en' : 'da';
}

/**
 * Whether `key` has a text, for names that may be missing on purpose (a figure a newer template adds).
 *
 * @example hasText('da', 'checkin.figure.socialCapital.trust') // true
 */
export function hasText(lang: Language, key: string): boolean {
  return Object.hasOwn(TABLES[lang], key);
}
