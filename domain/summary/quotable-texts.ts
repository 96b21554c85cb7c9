import { maskPersonalDetails } from './mask';
import { quoteGuard } from './quote-safety';

/** What a summary may know beyond the answers. Nothing here is stored. */
export interface SummaryContext {
  /** The team's given names and surnames, to mask (names.ts). Without them the heuristic alone masks. */
  names?: readonly string[];
  /** Texts every participant saw (questions, hints, the facilitator's texts): their words never label a theme. */
  sharedTexts?: readonly string[];
  /**
   * The fixed catalogue texts among them: only these exempt a word from the rare-term rule. A team's
   * own question or the facilitator's text may name what identifies someone (docs/anonymity.md).
   */
  catalogueTexts?: readonly string[];
}

/**
 * The people's texts masked for names and addresses, flattened, and a test of which of them may
 * be quoted (quote-safety.ts), which also judges single words shown as labels. `perPerson` holds each person's texts, so that a word one person
 * uses in two answers counts once.
 *
 * @example
 * const { texts, quotable } = quotableTexts([['Spørg Hanne om møder'], ['møder'], ['møder'], ['møder'], ['møder']], 5, {});
 * texts[0] // 'Spørg [NN] om møder'
 * quotable(texts[0]) // true
 */
export function quotableTexts(perPerson: readonly (readonly string[])[], k: number, context: SummaryContext): { texts: string[]; quotable: (text: string) => boolean; sayable: (word: string) => boolean } {
  const masked = perPerson.map((texts) => texts.map((t) => maskPersonalDetails(t, context.names)));
  const quotable = quoteGuard(masked.map((texts) => texts.join('\n')), k, context.catalogueTexts);
  // A theme label or a "shared word" is a one-word quote: the same rule applies to it.
  return { texts: masked.flat(), quotable, sayable: quotable };
}
