import type { Distribution, ExerciseDefinition } from '../exercise';
import type { AnswerTexts } from '../validation/answer';
import { suppressSmallGroups } from '../anonymity/suppress';
import { quotableTexts, type SummaryContext } from './quotable-texts';
import { findThemes, shuffled, type Theme } from './themes';
import { compareWords, frequentWords } from './frequent-words';
import { heldBackOf, type HeldBack } from './held-back';

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
export function summarisePerspectives(def: ExerciseDefinition, answers: readonly AnswerTexts[], k: number, distribution: Distribution, shuffle = shuffled, context: SummaryContext = {}): PerspectivesSummary {
  if (answers.length < k) return { kind: 'perspectives', shown: false, k };
  const texts = def.questions.map((q) => ({ q, texts: answers.map((a) => a[q.id]).filter((t): t is string => !!t) }));
  const counts = texts.map(({ q, texts: ts }) => ({ id: q.id, count: ts.length }));
  const visible = new Set(distribution === 'assigned' ? suppressSmallGroups(counts, k).shown.map((g) => g.id) : counts.filter((c) => c.count >= k).map((c) => c.id));

  const frequent = new Map<string, Map<string, string>>();
  const perspectives = texts.map(({ q, texts: ts }): PerspectiveSummary => {
    if (!visible.has(q.id)) return { id: q.id, labelKey: q.labelKey, shown: false, themes: [] };
    // Names masked before grouping, so no name can become a theme word; rare terms are redacted or keep a text out of the quotes.
    const { texts: masked, quote, sayable, tally } = quotableTexts(ts.map((t) => [t]), k, context);
    const shown = (i: number) => {
      const q = quote(masked[i]);
      return q !== undefined && context.quotedElsewhere?.has(q) ? undefined : q;
    };
    const found = findThemes(masked, shuffle, { quote: shown, sayable, minSize: k, unlabelled: context.sharedTexts });
    frequent.set(q.id, frequentWords(masked, undefined, sayable));
    return { id: q.id, labelKey: q.labelKey, shown: true, count: ts.length, themes: found.themes, otherCount: found.other.length, ...(found.otherQuotes.length > 0 ? { otherQuotes: found.otherQuotes } : {}), heldBack: heldBackOf(tally, k) };
  });
  return { kind: 'perspectives', shown: true, k, respondents: answers.length, perspectives, ...compareWords(frequent) };
}
