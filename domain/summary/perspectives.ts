import type { Distribution, ExerciseDefinition } from '../exercise';
import type { AnswerTexts } from '../validation/answer';
import { suppressSmallGroups } from '../anonymity/suppress';
import { quotableTexts, type SummaryContext } from './quotable-texts';
import { findThemes, shuffled, type Theme } from './themes';
import { quoteLimit } from './unquoted';
import { compareWords, frequentWords } from './frequent-words';
import { heldBackOf, quotesShown, type HeldBack } from './held-back';

export interface PerspectiveSummary {
  id: string;
  labelKey: string;
  shown: boolean;
  /** Present only when shown: never a figure below k. */
  count?: number;
  themes: Theme[];
  otherCount?: number;
  /** Quotes of the answers in no theme (themes.ts), when any may be shown. */
  otherQuotes?: string[];
  /** How many otherQuotes there were, once the retention sweep has taken them out. */
  otherQuoted?: number;
  /** Present only when shown: how many texts may be quoted whole, redacted, or not at all, as the card may say it. */
  heldBack?: HeldBack;
}

/**
 * Whether this writer's text to this question is quoted in another section of the same summary
 * (the low ratings', summarise.ts), so is not quoted here: by the answer, never by comparing
 * texts, since the two sections may redact the same text differently.
 */
export type QuotedElsewhere = (questionId: string, answer: AnswerTexts) => boolean;

export type PerspectivesSummary =
  | { kind: 'perspectives'; shown: false; k: number }
  | {
      kind: 'perspectives';
      shown: true;
      k: number;
      respondents: number;
      perspectives: PerspectiveSummary[];
      /** Words used often in two or more perspectives. */
      shared: string[];
      /** Per perspective id: words used often there and nowhere else. */
      distinct: Record<string, string[]>;
      /** Overlap of the frequent words between the shown perspectives, 0–100. */
      agreement?: number;
    };

/**
 * The "Hvem definerer kerneopgaven?" summary: themes per perspective, what they share and where
 * they differ. Nothing at all is shown below k respondents (docs/anonymity.md, rule 4); a perspective with
 * fewer than k texts shows nothing either, with complementary suppression when perspectives
 * split the participants (docs/anonymity.md, rule 5). Quotes are masked, redacted or held back for rare terms
 * and rare languages, counted among the answers to the same question, and a perspective quotes
 * only when k people could be quoted (quotable-texts.ts).
 */
export function summarisePerspectives(
  def: ExerciseDefinition,
  answers: readonly AnswerTexts[],
  k: number,
  distribution: Distribution,
  shuffle = shuffled,
  context: SummaryContext = {},
  quotedElsewhere: QuotedElsewhere = () => false,
): PerspectivesSummary {
  if (answers.length < k) return { kind: 'perspectives', shown: false, k };
  const texts = def.questions.map((q) => {
    const writers = answers.filter((a) => !!a[q.id]);
    return { q, writers, texts: writers.map((a) => a[q.id]) };
  });
  const counts = texts.map(({ q, texts: ts }) => ({ id: q.id, count: ts.length }));
  const visible = new Set(distribution === 'assigned' ? suppressSmallGroups(counts, k).shown.map((g) => g.id) : counts.filter((c) => c.count >= k).map((c) => c.id));

  const frequent = new Map<string, Map<string, string>>();
  const perspectives = texts.map(({ q, writers, texts: ts }): PerspectiveSummary => {
    if (!visible.has(q.id)) return { id: q.id, labelKey: q.labelKey, shown: false, themes: [] };
    // Names masked before grouping, so no name can become a theme word; rare terms are redacted or keep a text out of the quotes.
    const {
      texts: masked,
      quoteAt,
      sayable,
      tally,
    } = quotableTexts(
      ts.map((t) => [t]),
      k,
      context,
      (person) => !quotedElsewhere(q.id, writers[person]),
    );
    const found = findThemes(masked, shuffle, { quote: quoteAt, sayable, minSize: k, unlabelled: context.sharedTexts, maxQuotes: quoteLimit(masked.length, k, tally.heldBack) });
    frequent.set(q.id, frequentWords(masked, undefined, sayable));
    const otherQuotes = found.otherQuotes.length > 0 ? { otherQuotes: found.otherQuotes } : {};
    const heldBack = heldBackOf(tally, k, quotesShown([...found.themes.flatMap((th) => th.quotes), ...found.otherQuotes]));
    return { id: q.id, labelKey: q.labelKey, shown: true, count: ts.length, themes: found.themes, otherCount: found.other.length, ...otherQuotes, heldBack };
  });
  return { kind: 'perspectives', shown: true, k, respondents: answers.length, perspectives, ...compareWords(frequent) };
}
