import type { ExerciseDefinition, Language } from '../domain/exercise';
import type { ChoiceSummary, ScaleSummary } from '../domain/summary/distribution';
import type { GapSummary } from '../domain/summary/gap';
import { twoCamps } from '../domain/summary/two-camps';
import { figures } from './chart-block';
import { decimal } from './decimal';
import { distributionChart, gapChart } from './distribution-charts';
import { fieldsFor } from './question-fields';
import { t } from './i18n';
import type { RepeatedChoice, RepeatedScale } from '../domain/summary/repeat-figures';
import { repeatedData } from './repeated-lines';

/**
 * Distributions as plain lines of text ("4: 3 (30 %)"), so every figure can be read on any client,
 * with a chart above them that draws the same counts (chart-block.ts). Hidden below k: no lines,
 * no chart, only that it is not shown. A re-run's scales and choices are drawn by repeated-lines.ts.
 */
export function distributionData(lang: Language, def: ExerciseDefinition, s: ScaleSummary | ChoiceSummary | RepeatedScale | RepeatedChoice) {
  if ('repeated' in s) return repeatedData(lang, def, s);
  const field = fieldsFor(lang, def, [s.questionId])[0];
  if (!s.shown) return { label: field.label, stats: t(lang, 'summary.perspectiveHidden'), figures: [] };
  const lines = distributionLines(lang, def, s);
  // Two camps have no middle that speaks for the team, so no mean or median then (two-camps.ts).
  const stats =
    s.kind !== 'scale'
      ? ''
      : twoCamps(s.counts)
        ? t(lang, 'summary.scaleStatsSplit', { low: s.spread.low, high: s.spread.high })
        : t(lang, 'summary.scaleStats', { mean: decimal(lang, s.mean), median: decimal(lang, s.median), low: s.spread.low, high: s.spread.high });
  return { label: field.label, stats, figures: figures(distributionChart(lang, field, s), lines) };
}

/** One line per step or option ("4: 3 (30 %)"); none for a distribution that is not shown. */
export function distributionLines(lang: Language, def: ExerciseDefinition, s: ScaleSummary | ChoiceSummary): string[] {
  if (!s.shown) return [];
  const field = fieldsFor(lang, def, [s.questionId])[0];
  const titleOf = (value: string) => field.choices?.find((c) => c.value === value)?.title ?? value;
  const percents = s.kind === 'choice' ? s.shares.map((x) => x.percent) : s.counts.map((c) => Math.round((100 * c.count) / s.n));
  return s.counts.map((c, i) => t(lang, 'summary.optionLine', { option: titleOf(String(c.value)), count: c.count, percent: percents[i] }));
}

export function gapData(lang: Language, def: ExerciseDefinition, gap: GapSummary | undefined) {
  if (!gap?.shown) return undefined;
  const field = fieldsFor(lang, def, [gap.now.questionId])[0];
  const lines = gap.now.counts.map((c, i) => t(lang, 'summary.gapLine', { option: field.choices?.[i]?.title ?? c.value, now: c.count, shouldBe: gap.shouldBe.counts[i]?.count ?? 0 }));
  return {
    title: t(lang, 'summary.gapTitle'),
    headline: t(lang, 'summary.gapHeadline', { wantMore: gap.wantMore, same: gap.same, wantLess: gap.wantLess }),
    figures: figures(gapChart(lang, field, gap), lines),
  };
}
