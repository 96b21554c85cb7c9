import { suppressSmallGroups } from '../anonymity/suppress';
import { compareWords, frequentWords } from './frequent-words';
import { heldBackOf, quotesShown, type HeldBack } from './held-back';
import { quotableTexts, type SummaryContext } from './quotable-texts';
import { findThemes, shuffled, type Theme } from './themes';
import { quoteLimit } from './unquoted';

/**
 * Free text per professional group, with small-group and complementary suppression (docs/anonymity.md, rule 5).
 *
 * A group's count is its members: answers whose group value is on the facilitator's list (other
 * values count nowhere). Its texts are those members' non-empty answers to the text questions,
 * masked, pooled and grouped into themes.
 *
 * The merge rule, in full:
 * 1. Below k members in total (on the list), nothing is shown.
 * 2. Groups with no members take no part: an empty group would otherwise pass as a "hidden group"
 *    that covers a small one, while anyone who knows there is no nurse on the team can discount it.
 * 3. The other groups go through suppressSmallGroups: groups below k are hidden, and while the
 *    hidden ones are a single group or together fewer than k, the smallest shown group is hidden
 *    too. So the hidden set ends up empty, all groups, or ≥ 2 groups with ≥ k members together.
 * 4. The hidden groups, all of them, form the "others" bucket. Its count is total − shown, which
 *    anyone could compute anyway; by step 3 it is ≥ k people from ≥ 2 groups, so no group's size
 *    or texts can be separated out. When every group is hidden, "others" is everyone.
 *    E.g. k = 5, A:6 B:5 C:2 D:1 → C+D = 3 is below k, so "others" cannot be C+D; B is hidden too
 *    and the result is A:6 and others:8 (B, C and D), never a bucket of 3.
 * 5. `pooled` names every listed group not shown on their own, empty ones included, in the list's
 *    order, and `hidden` is their number: so naming them says nothing about which had members.
 *    The card says they are "lagt sammen i Øvrige faggrupper", whose content ("others") is shown
 *    like any group's, since it always holds ≥ k people (docs/anonymity.md, "Professional groups").
 * 6. A theme counts people, not texts: a member who wrote two answers in one theme is one, so
 *    a theme is never larger than its group.
 *
 * Similarities and differences compare the shown groups only (not "others").
 */
export interface GroupSummary {
  group: string;
  count: number;
  themes: Theme[];
  /** Quotes of its texts in no theme (themes.ts), when any may be shown. */
  otherQuotes?: string[];
  /** How many otherQuotes there were, once the retention sweep has taken them out. */
  otherQuoted?: number;
  /** How many of its texts may be quoted whole, redacted, or not at all, as the card may say it. */
  heldBack?: HeldBack;
}

export type GroupsSummary =
  | { shown: false; k: number }
  | {
      shown: true;
      k: number;
      /** How many text questions each member answered: a reader who counts a theme's quotes knows it has at least quotes ÷ this many people. Absent in summaries from before. */
      textQuestions?: number;
      /** In the facilitator's order. */
      groups: GroupSummary[];
      others?: { count: number; themes: Theme[]; otherQuotes?: string[]; otherQuoted?: number; heldBack?: HeldBack };
      /** Listed groups not shown on their own, empty ones included, in the facilitator's order. */
      pooled: string[];
      hidden: number;
      /** Words used in ≥ 2 texts in each of two or more shown groups. */
      similarities: string[];
      /** Per shown group: words used in ≥ 2 of its texts and frequent in no other shown group. */
      differences: Record<string, string[]>;
    };

/**
 * @example summariseGroups('faggruppe', ['kerneopgave'], answers, ['Pædagog', 'Medhjælper', 'Leder'], 5)
 * // with Pædagog:6, Medhjælper:5, Leder:1 →
 * // { shown: true, k: 5, groups: [{ group: 'Pædagog', count: 6, themes }], others: { count: 6, themes }, pooled: ['Medhjælper', 'Leder'], hidden: 2, similarities: [], differences: { Pædagog: [...] } }
 */
export function summariseGroups(
  groupQuestionId: string,
  textQuestionIds: readonly string[],
  answers: readonly Record<string, string>[],
  groups: readonly string[],
  k: number,
  shuffle: <T>(xs: T[]) => T[] = shuffled,
  context: SummaryContext = {},
): GroupsSummary {
  const listed = [...new Set(groups)];
  const members = new Map(listed.map((g) => [g, [] as Record<string, string>[]]));
  for (const a of answers) members.get(a[groupQuestionId])?.push(a);
  const total = [...members.values()].reduce((s, m) => s + m.length, 0);
  if (total < k || total === 0) return { shown: false, k };

  const present = listed.filter((g) => members.get(g)!.length > 0).map((id) => ({ id, count: members.get(id)!.length }));
  const visible = new Set(suppressSmallGroups(present, k).shown.map((g) => g.id));
  // Sorted, so a theme's member indices say nothing about who answered when, which texts share
  // an author, or (in "others") which group a text came from. Rare terms count per person, among
  // the people shown together.
  const themesOf = (people: readonly Record<string, string>[]) => {
    const perPerson = people.map((a) => textQuestionIds.map((id) => (a[id] ?? '').trim()).filter((t) => t !== ''));
    const { texts, quote, sayable, tally } = quotableTexts(perPerson, k, context);
    const owners = perPerson.flatMap((own, person) => own.map(() => person));
    const order = texts.map((_, i) => i).sort((a, b) => (texts[a] < texts[b] ? -1 : texts[a] > texts[b] ? 1 : owners[a] - owners[b]));
    const sorted = order.map((i) => texts[i]);
    const ownerOf = order.map((i) => owners[i]);
    // Whole, redacted or held back, among the people shown together (quotable-texts.ts).
    const found = findThemes(sorted, shuffle, { quote: (i) => quote(sorted[i]), sayable, minSize: k, unlabelled: context.sharedTexts, maxQuotes: quoteLimit(sorted.length, k, tally.heldBack) });
    // Members as people (rule 6): the distinct writers, numbered by their first text in sorted order.
    const themes = found.themes.map((th) => ({ ...th, members: [...new Set(th.members.map((i) => ownerOf[i]))].map((o) => ownerOf.indexOf(o)).sort((a, b) => a - b) }));
    const heldBack = heldBackOf(tally, k, quotesShown([...found.themes.flatMap((th) => th.quotes), ...found.otherQuotes]));
    return { texts: sorted, sayable, themes, otherQuotes: found.otherQuotes, heldBack };
  };

  const frequent = new Map<string, Map<string, string>>();
  const shownGroups: GroupSummary[] = [];
  for (const g of listed.filter((x) => visible.has(x))) {
    const { texts, themes, sayable, otherQuotes, heldBack } = themesOf(members.get(g)!);
    frequent.set(g, frequentWords(texts, undefined, sayable));
    shownGroups.push({ group: g, count: members.get(g)!.length, themes, ...someQuotes(otherQuotes), heldBack });
  }
  const rest = present.filter((g) => !visible.has(g.id)).flatMap((g) => members.get(g.id)!);
  const pool = rest.length > 0 ? themesOf(rest) : undefined;
  const others = pool ? { count: rest.length, themes: pool.themes, ...someQuotes(pool.otherQuotes), heldBack: pool.heldBack } : undefined;
  const { shared, distinct } = compareWords(frequent);
  const pooled = listed.filter((g) => !visible.has(g));
  return { shown: true, k, textQuestions: textQuestionIds.length, groups: shownGroups, ...(others ? { others } : {}), pooled, hidden: pooled.length, similarities: shared, differences: distinct };
}

/** `otherQuotes` only when there are any, so a stored summary has no empty lists to carry. */
function someQuotes(otherQuotes: string[]): { otherQuotes?: string[] } {
  return otherQuotes.length > 0 ? { otherQuotes } : {};
}
