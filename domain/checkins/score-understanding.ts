import { suppressSmallGroups } from '../anonymity/suppress';
import { terms } from '../summary/text';
import type { AnswerTexts } from '../validation/answer';
import { mean } from '../numbers';
import { coarse, type CoarseFigure } from '../anonymity/coarse';

/** Agreement on a 0–100 scale, or nothing when a side has fewer than k people. */
export type Agreement = { shown: false } | { shown: true; across: number; within: number; step: number };

export type UnderstandingScore =
  | { kind: 'sharedUnderstanding'; shown: false; k: number }
  | {
      kind: 'sharedUnderstanding';
      shown: true;
      k: number;
      /** People whose sentence has at least one content word. */
      n: number;
      /** Mean agreement over every pair of sentences. */
      overall: number;
      /** The step `overall` is rounded to (anonymity/coarse.ts). */
      step: number;
      /** Leaders ↔ staff: pairs across the two roles, next to pairs within a role. */
      vertical: Agreement;
      /** Across professional groups, next to within them; only groups shown after suppression take part. */
      horizontal: Agreement;
    };

/**
 * How close the team's one-sentence formulations of the core task are.
 *
 * Agreement between two sentences is the Jaccard similarity of their sets of stemmed content
 * words (summary/text.ts `terms()`): shared words over all words, so "Vi skaber trygge rammer for
 * børnenes udvikling" and "Trygge rammer og udvikling for alle børn" share tryg, ram, udvikling
 * and børn of five stems: 80. A figure is the mean over pairs, ×100, rounded to a step that grows
 * as fewer take part (anonymity/coarse.ts), so two rounds are not subtracted to one person's closeness. It measures shared words,
 * not shared meaning; it is a prompt for the conversation, and its change over rounds says more
 * than its level. Sentences with no content word take no part.
 *
 * Anonymity: nothing below k sentences. Vertical needs k leaders and k staff. Horizontal uses
 * the groups left after complementary suppression (suppressSmallGroups), and needs two of them;
 * no per-group figure is shown, so the hidden groups stay pooled with everyone in `overall`.
 * Either comparison is shown only when the people it leaves out (no role given; a hidden group
 * or none) are none or at least k: `overall` takes in every pair, so `overall` minus the
 * comparison's pairs would otherwise be one person's closeness to everyone (docs/anonymity.md).
 *
 * @param exact each figure as an earlier round showed it exactly, before rounding (exact-figures.ts)
 *
 * @example scoreUnderstanding(answers, ['Lærere', 'Pædagoger'], 5)
 * // { kind: 'sharedUnderstanding', shown: true, k: 5, n: 12, overall: 30, step: 20, vertical: { shown: false }, horizontal: { shown: true, across: 10, within: 30, step: 20 } }
 */
export function scoreUnderstanding(answers: readonly AnswerTexts[], groups: readonly string[], k: number, exact: Readonly<Record<string, number>> = {}): UnderstandingScore {
  const people = answers.map((a) => ({ stems: new Set(terms(a.sentence ?? '').map((t) => t.stem)), role: a.role, group: a.group })).filter((p) => p.stems.size > 0);
  if (people.length < k || people.length === 0) return { kind: 'sharedUnderstanding', shown: false, k };
  const overall = rounded(
    pairs(people, () => true),
    exact.overall,
  );
  const leaders = people.filter((p) => p.role === 'leader').length;
  const staff = people.filter((p) => p.role === 'staff').length;
  const inRoles = people.filter((p) => p.role === 'leader' || p.role === 'staff');
  const vertical = leaders >= k && staff >= k && outsideIsSafe(people, inRoles, k) ? compare(inRoles, (p) => p.role ?? '', exact, 'vertical') : undefined;
  const counts = [...new Set(groups)].map((id) => ({ id, count: people.filter((p) => p.group === id).length })).filter((g) => g.count > 0);
  const shownGroups = new Set(suppressSmallGroups(counts, k).shown.map((g) => g.id));
  const inGroups = people.filter((p) => shownGroups.has(p.group ?? ''));
  const horizontal = shownGroups.size >= 2 && outsideIsSafe(people, inGroups, k) ? compare(inGroups, (p) => p.group ?? '', exact, 'horizontal') : undefined;
  return {
    kind: 'sharedUnderstanding',
    shown: true,
    k,
    n: people.length,
    overall: overall.value,
    step: overall.step,
    vertical: vertical ?? { shown: false },
    horizontal: horizontal ?? { shown: false },
  };
}

/** Whether those left out of a comparison are none or at least k, so no difference isolates fewer than k. */
function outsideIsSafe(everyone: readonly unknown[], compared: readonly unknown[], k: number): boolean {
  const outside = everyone.length - compared.length;
  return outside === 0 || outside >= k;
}

/**
 * The Jaccard similarity of two sets: shared over all, 0 for two empty sets.
 *
 * @example jaccard(new Set(['trygg', 'ramm']), new Set(['ramm', 'børn'])) // 1 / 3
 */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

interface Person {
  stems: ReadonlySet<string>;
}

function compare<P extends Person>(people: readonly P[], side: (p: P) => string, exact: Readonly<Record<string, number>>, name: string): Agreement {
  const across = rounded(
    pairs(people, (a, b) => side(a) !== side(b)),
    exact[`${name}Across`],
  );
  const within = rounded(
    pairs(people, (a, b) => side(a) === side(b)),
    exact[`${name}Within`],
  );
  return { shown: true, across: across.value, within: within.value, step: Math.max(across.step, within.step) };
}

/** The similarities of every pair the filter keeps, and the most of them any one person is in. */
function pairs<P extends Person>(people: readonly P[], keep: (a: P, b: P) => boolean): { values: number[]; most: number } {
  const values: number[] = [];
  const per = people.map(() => 0);
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      if (!keep(people[i], people[j])) continue;
      values.push(jaccard(people[i].stems, people[j].stems));
      per[i]++;
      per[j]++;
    }
  }
  return { values, most: Math.max(1, ...per) };
}

/**
 * The mean similarity ×100, rounded as if for `pairs / most` people: one person is in `most` of
 * the pairs, so they move the mean by up to `most / pairs` of the range (in `overall`, 2/n, twice
 * what one answer moves a plain mean; in "across", one over the smaller side).
 */
const rounded = ({ values, most }: { values: readonly number[]; most: number }, exact: number | undefined): CoarseFigure =>
  coarse(values.length === 0 ? 0 : 100 * mean(values), { min: 0, max: 100 }, values.length / most, exact);

/**
 * The figures a trend follows, with their steps.
 *
 * @example understandingFigures(score) // { overall: { value: 50, step: 20 }, verticalAcross: { value: 0, step: 20 }, verticalWithin: { value: 100, step: 20 } } when horizontal is not shown
 */
export function understandingFigures(score: UnderstandingScore): Record<string, CoarseFigure> {
  if (!score.shown) return {};
  const pair = (name: string, a: Agreement) => (a.shown ? { [`${name}Across`]: { value: a.across, step: a.step }, [`${name}Within`]: { value: a.within, step: a.step } } : {});
  return { overall: { value: score.overall, step: score.step }, ...pair('vertical', score.vertical), ...pair('horizontal', score.horizontal) };
}
