import type { Term } from './text';

/** Letters per group: chosen on the development set (join-similar.ts says how). */
const GROUP = 4;

/**
 * What LSA compares answers by (join-similar.ts): their terms, plus the four-letter groups of
 * each word that is no concept of the field, with its ends marked ("<tryg", "ghed>"). So
 * "anerkendelse" and its typo "anerkendlese", or "tryghed" and "trygge", have something in
 * common even when neither the stemmer nor the concept list joins them.
 *
 * @example meaningTerms([[{ stem: 'tryg', surface: 'tryg' }]], [new Set(['tryg'])])[0] // Set { 'tryg', '~<try', '~tryg', '~ryg>' }
 */
export function meaningTerms(docs: readonly Term[][], terms: readonly ReadonlySet<string>[]): Set<string>[] {
  return docs.map((d, i) => {
    const out = new Set(terms[i]);
    for (const t of d) {
      if (t.stem.startsWith('#')) continue;
      const marked = `<${t.surface}>`;
      for (let j = 0; j + GROUP <= marked.length; j++) out.add(`~${marked.slice(j, j + GROUP)}`);
    }
    return out;
  });
}
