import { isDomainWord, stemsOfWord } from './domain-words';
import { terms } from './text';

/** A number as a term: "uge 12", "stue 3" and "2019" point at one event or place as well as a word can. */
const NUMBER = /\d+/g;

/**
 * The rare-term rule for quotes (docs/anonymity.md, rule 7, "Rare terms"): a text may not be quoted when
 * it uses a rare term, that is a content word (stemmed, stop words excluded) or a number that
 * fewer than k of the people use, unless the word is everyday language in municipal work
 * (domain-words.ts) or appears in a text everyone saw (the question, the facilitator's texts).
 *
 * `people` holds one string per person: their answer to the question, or all of a group
 * member's answers, so that one person writing a word twice counts once. The texts judged
 * later must be masked the same way as `people`.
 *
 * @example
 * const quotable = quoteGuard(['For mange møder', 'Møder uden dagsorden', 'Lange møder', 'Møder!', 'Da Fisken var syg i uge 12 gik alt i stå'], 5);
 * quotable('Møder uden dagsorden') // true: everyday words
 * quotable('Da Fisken var syg i uge 12 gik alt i stå') // false: "fisken" and "12"
 */
export function quoteGuard(people: readonly string[], k: number, sharedTexts: readonly string[] = []): (text: string) => boolean {
  const find = rareTermFinder(people, k, sharedTexts);
  return (text) => find(text).length === 0;
}

/**
 * The rare terms of `text` among `people`, as written; empty when it may be quoted.
 *
 * @example rareTerms('Nexus går ned', ['Nexus går ned', 'møder', 'møder', 'møder', 'møder'], 5) // []  (Nexus is everyday in care work)
 * @example rareTerms('kaffe med Bamse', ['kaffe med Bamse', 'møder', 'møder', 'møder', 'møder'], 5) // ['bamse']
 */
export function rareTerms(text: string, people: readonly string[], k: number, sharedTexts: readonly string[] = []): string[] {
  return rareTermFinder(people, k, sharedTexts)(text);
}

/** rareTerms for many texts among the same people, counting the people once. */
export function rareTermFinder(people: readonly string[], k: number, sharedTexts: readonly string[] = []): (text: string) => string[] {
  const uses = new Map<string, number>();
  for (const person of people) for (const key of new Set(keysOf(person))) uses.set(key, (uses.get(key) ?? 0) + 1);
  const shared = new Set(
    sharedTexts.flatMap((t) => [
      ...keysOf(t),
      ...t
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .flatMap(stemsOfWord),
    ]),
  );
  const common = (key: string) => (uses.get(key) ?? 0) >= k || shared.has(key);
  return (text) => {
    const words = terms(text).filter((t) => !common(t.stem) && !stemsOfWord(t.surface).some((s) => shared.has(s)) && !isDomainWord(t.surface));
    const numbers = (text.match(NUMBER) ?? []).filter((n) => !common(`#${n}`));
    return [...new Set([...words.map((t) => t.surface), ...numbers])];
  };
}

/** What the rule counts in a text: term stems, and numbers marked with #. */
function keysOf(text: string): string[] {
  return [...terms(text).map((t) => t.stem), ...(text.match(NUMBER) ?? []).map((n) => `#${n}`)];
}
