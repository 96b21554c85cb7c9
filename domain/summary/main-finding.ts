import type { PerspectivesSummary } from './perspectives';
import type { Summary } from './summarise';
import type { ShownCount } from './count-steps';
import { themeSize } from './theme-size';
import { sectionSizes } from './theme-sizes';
import { twoCamps } from './two-camps';

/**
 * The one finding a summary's headline can lead with. Every figure in it is one the card already
 * shows (docs/anonymity.md, rule 4): a median of a shown distribution, a count of at least k people's answers.
 */
export type MainFinding =
  /** Median steps (0-based positions of the options; 1.5 lies between two) of "now" and "should be". */
  | { kind: 'gap'; questionId: string; median: { now: number; shouldBe: number } }
  | { kind: 'scale'; questionId: string; median: number }
  /**
   * A scale whose answers fall into two camps (two-camps.ts): no median speaks for the team. The
   * number on each side only when both sides have at least k people (docs/anonymity.md, rule 4).
   */
  | { kind: 'split'; questionId: string; camps?: { low: number; high: number } }
  | { kind: 'choice'; questionId: string; value: string; count: number; n: number }
  /**
   * `sectionId` is the free-text question the theme was found in; `size` is its size as its section
   * on the card may show it (theme-sizes.ts), which is all the headline may say.
   */
  | { kind: 'theme'; sectionId: string; label: string[]; count: number; size: ShownCount };

/**
 * In order: the gap between now and should-be; else the first shown scale, as two camps when its
 * answers are split (two-camps.ts) and otherwise as its median; else the
 * one option most people chose in the first shown choice (no finding on a tie); else the largest
 * theme of at least k answers. A scale or choice asked before (repeat-figures.ts) is passed by.
 * Undefined when nothing is shown or nothing stands out.
 *
 * @example mainFinding(summarise(vildfarelser, answers, { k: 5, distribution: 'all' }))
 * // { kind: 'scale', questionId: 'fixed', median: 2 }
 */
export function mainFinding(summary: Summary): MainFinding | undefined {
  if (!summary.shown) return undefined;
  if (summary.kind === 'perspectives') return largestTheme(summary);
  if (summary.gap?.shown) return { kind: 'gap', questionId: summary.gap.now.questionId, median: summary.gap.median };
  // A question asked before shows nothing per step or option (repeat-figures.ts): the headline passes it by.
  const scale = summary.scales.find((s) => s.shown && !('repeated' in s));
  if (scale?.shown && !('repeated' in scale)) {
    const camps = twoCamps(scale.counts);
    if (camps) return { kind: 'split', questionId: scale.questionId, ...(camps.low >= summary.k && camps.high >= summary.k ? { camps } : {}) };
    return { kind: 'scale', questionId: scale.questionId, median: scale.median };
  }
  for (const choice of summary.choices) {
    if (!choice.shown || 'repeated' in choice) continue;
    const top = Math.max(...choice.counts.map((c) => c.count));
    const leaders = choice.counts.filter((c) => c.count === top);
    return leaders.length === 1 && top > 0 ? { kind: 'choice', questionId: choice.questionId, value: leaders[0].value, count: top, n: choice.n } : largestTheme(summary.texts);
  }
  return largestTheme(summary.texts);
}

/** The theme with the most answers, among shown perspectives; only one of at least k answers counts. */
function largestTheme(texts: PerspectivesSummary): MainFinding | undefined {
  if (!texts.shown) return undefined;
  let best: MainFinding | undefined;
  for (const p of texts.perspectives.filter((x) => x.shown)) {
    const sizes = sectionSizes(p, texts.k);
    for (const [i, th] of p.themes.entries()) {
      const count = themeSize(th);
      const size: ShownCount = sizes.together ? { kind: 'some' } : sizes.themes[i];
      // Strictly larger: on a tie the first one found stays, so the same answers give the same headline.
      if (count >= texts.k && (!best || (best.kind === 'theme' && count > best.count))) best = { kind: 'theme', sectionId: p.id, label: th.label, count, size };
    }
  }
  return best;
}
