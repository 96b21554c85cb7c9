import { detectLanguage, type AnswerLanguage } from './language';
import { words } from './text';

/** Fewer words than this say too little to tell Danish from English ("Stress", "Team work"). */
const LEAST_WORDS = 3;

/**
 * The language an answer is plainly written in, or undefined when it is too short to tell: a
 * one- or two-word answer is never called English by accident.
 *
 * @example clearLanguage('Stress in the team, every day') // 'en'
 * @example clearLanguage('Team work') // undefined
 */
export function clearLanguage(text: string): AnswerLanguage | undefined {
  const ws = words(text);
  return ws.length >= LEAST_WORDS ? detectLanguage(text, ws) : undefined;
}

/**
 * A test of whether a text is written in a language fewer than k of the people used, other than
 * the section's main language: such a text points at its writer like a rare word (docs/anonymity.md,
 * rule 7, "Language") and is not quoted, not even redacted. Every text counts towards its
 * writer's languages, a short one by detectLanguage's best guess, so that a section of one-word
 * answers still has a main language; only a text whose language is clear is held back.
 * `perPerson` holds each person's texts, so a person counts once per language.
 *
 * @example const rare = rareLanguage([['For mange møder'], ['Møder uden dagsorden'], ['Lange møder hver uge'], ['Stress in the team, every day'], ['Tid til borgerne']], 5);
 * rare('Stress in the team, every day') // true
 */
export function rareLanguage(perPerson: readonly (readonly string[])[], k: number): (text: string) => boolean {
  const people = new Map<AnswerLanguage, number>();
  for (const texts of perPerson) {
    for (const lang of new Set(texts.map((t) => detectLanguage(t, words(t))))) people.set(lang, (people.get(lang) ?? 0) + 1);
  }
  const most = Math.max(0, ...people.values());
  return (text) => {
    const lang = clearLanguage(text);
    const used = lang === undefined ? 0 : (people.get(lang) ?? 0);
    return lang !== undefined && used < k && used < most;
  };
}
