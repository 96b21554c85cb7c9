import type { Language } from '../domain/exercise';
import type { VoteTally } from '../domain/summary/votes';
import { countBars, plainLabel, type Chart } from './charts';
import { t } from './i18n';

/**
 * The proposals whose vote count is shown (at least k) as horizontal bars, in rank order; a
 * proposal with fewer than k votes gets no bar, because its count is not shown anywhere
 * (docs/anonymity.md, rules 4 and 10). Undefined when no count is shown, so there is nothing to draw.
 */
export function voteChart(lang: Language, tally: Extract<VoteTally, { shown: true }>): Chart | undefined {
  const counted = tally.ranked.filter((r) => r.votes !== undefined);
  if (counted.length === 0) return undefined;
  // Counts beside the bars, no axis (charts.ts). The whole proposal is the label: a cut one
  // ("… mere tid hos…") could be another proposal.
  return countBars(
    counted.map((r) => ({ x: `${r.rank}. ${plainLabel(r.text)}`, y: r.votes ?? 0 })),
    { title: t(lang, 'chart.voteTitle'), color: 'categoricalTeal' },
  );
}
