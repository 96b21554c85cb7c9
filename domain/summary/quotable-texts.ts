import { maskPersonalDetails } from './mask';
import { normaliseQuote } from './normalise-quote';
import { rareTermFinder } from './quote-safety';
import { rareLanguage } from './quote-language';
import { redact, saysEnough } from './redact';

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
  /**
   * The questions the team was asked before in a run whose summary it saw (repeat-rule.ts): their
   * scales and choices show nothing per answer (repeat-figures.ts; docs/anonymity.md, "Figures across rounds").
   */
  repeated?: readonly string[];
}

/** How many of a section's texts may be quoted whole, only redacted, or not at all. */
export interface QuoteTally {
  full: number;
  redacted: number;
  heldBack: number;
  /** Fewer than k people had a text that could be quoted, so the section quotes none (all are held back). */
  belowK: boolean;
}

export interface QuotableTexts {
  /** The people's texts, masked, flattened. */
  texts: string[];
  /** A text of `texts` as it may be shown: whole or redacted, normalised; undefined when held back. */
  quote: (text: string) => string | undefined;
  /** The text at this index of `texts` as it may be shown here; undefined when held back or its writer is not quoted here (`mayQuote`). */
  quoteAt: (index: number) => string | undefined;
  /** Whether a text may be shown whole (without redaction). */
  quotable: (text: string) => boolean;
  /** Whether a word may be shown alone, as a theme label or a shared word. */
  sayable: (word: string) => boolean;
  tally: QuoteTally;
}

/**
 * The people's texts masked for names and addresses, flattened, and how each may be quoted
 * (docs/anonymity.md, rule 7): whole when it has no rare term (quote-safety.ts); with its rare
 * terms as […] when what is left still says something (redact.ts); not at all when it does not,
 * or when it is written in a language fewer than k of the people used (quote-language.ts). And
 * the section quotes nothing unless at least k people have a text that may be quoted, so k − 1
 * colleagues writing unquotable decoys cannot leave one person's text as the only quote.
 * `perPerson` holds each person's texts, so that a word one person uses in two answers counts once.
 * `mayQuote` leaves people out of this section's quotes (a low rater quoted in the low ratings'
 * section, summarise.ts) while their texts still count for rare terms and the tally; the k people
 * who could be quoted are counted without them.
 *
 * @example
 * const { texts, quote } = quotableTexts([['Spørg Hanne om møder'], ['møder'], ['møder'], ['møder'], ['møder']], 5, {});
 * texts[0] // 'Spørg [NN] om møder'
 * quote(texts[0]) // 'Spørg [NN] om møder'
 */
export function quotableTexts(perPerson: readonly (readonly string[])[], k: number, context: SummaryContext, mayQuote: (person: number) => boolean = () => true): QuotableTexts {
  const masked = perPerson.map((texts) => texts.map((t) => maskPersonalDetails(t, context.names)));
  const rareIn = rareTermFinder(
    masked.map((texts) => texts.join('\n')),
    k,
    context.catalogueTexts,
  );
  const foreign = rareLanguage(masked, k);
  const forms = new Map<string, string | undefined>();
  const formOf = (text: string): string | undefined => {
    if (!forms.has(text)) {
      const rare = foreign(text) ? undefined : rareIn(text);
      const shown = rare === undefined ? undefined : rare.length === 0 ? text : redact(text, rare);
      forms.set(text, shown !== undefined && (shown === text || saysEnough(shown)) ? shown : undefined);
    }
    return forms.get(text);
  };
  const texts = masked.flat();
  const owners = masked.flatMap((ts, person) => ts.map(() => person));
  const quotedPeople = masked.filter((ts, person) => mayQuote(person) && ts.some((t) => formOf(t) !== undefined)).length;
  const sayable = (word: string) => rareIn(word).length === 0;
  if (quotedPeople < k) {
    return { texts, quote: () => undefined, quoteAt: () => undefined, quotable: () => false, sayable, tally: { full: 0, redacted: 0, heldBack: texts.length, belowK: true } };
  }
  const tally: QuoteTally = { full: 0, redacted: 0, heldBack: 0, belowK: false };
  for (const text of texts) {
    const form = formOf(text);
    if (form === undefined) tally.heldBack += 1;
    else if (form === text) tally.full += 1;
    else tally.redacted += 1;
  }
  const quote = (text: string) => {
    const form = formOf(text);
    return form === undefined ? undefined : normaliseQuote(form) || undefined;
  };
  return {
    texts,
    quote,
    quoteAt: (index) => (mayQuote(owners[index]) ? quote(texts[index]) : undefined),
    quotable: (text) => formOf(text) === text,
    sayable,
    tally,
  };
}
