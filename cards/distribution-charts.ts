import type { Language } from '../domain/exercise';
import type { ChoiceSummary, ScaleSummary } from '../domain/summary/distribution';
import type { GapSummary } from '../domain/summary/gap';
import { groupedVerticalBar, nameLabel, pie, verticalBar, type Chart } from './charts';
import type { Field } from './question-fields';
import { t } from './i18n';

type Shown<T> = Extract<T, { shown: true }>;

/**
 * The chart for a shown scale or choice: a bar per step of a scale, a pie for the options of a
 * choice. It draws exactly the counts the text lines give, zeros included, and nothing else.
 */
export function distributionChart(lang: Language, field: Field, s: Shown<ScaleSummary> | Shown<ChoiceSummary>): Chart {
  const titleOf = (value: string) => field.choices?.find((c) => c.value === value)?.title ?? value;
  // Each option's whole name in the legend; the explanation after its dash is in the lines below.
  if (s.kind === 'choice') return pie(s.counts.map((c) => ({ legend: nameLabel(titleOf(c.value)), value: c.count })), { colorSet: 'categorical' });
  // The ends of the scale say what the numbers mean: "1 – helt uenig · 5 – helt enig".
  const ends = [s.counts[0], s.counts[s.counts.length - 1]].map((c) => titleOf(String(c.value)));
  return verticalBar(s.counts.map((c) => ({ x: String(c.value), y: c.count })), { xAxisTitle: ends.join(' · '), yAxisTitle: t(lang, 'chart.answers'), color: 'categoricalBlue' });
}

/** "Now" and "should be" side by side for each option, from the same counts as the gap's text lines. */
export function gapChart(lang: Language, field: Field, gap: Shown<GapSummary>): Chart {
  const label = (i: number, value: string) => nameLabel(field.choices?.[i]?.title ?? value);
  const series = (legendKey: string, counts: { value: string; count: number }[]) => ({ legend: t(lang, legendKey), values: counts.map((c, i) => ({ x: label(i, c.value), y: c.count })) });
  return groupedVerticalBar([series('chart.now', gap.now.counts), series('chart.shouldBe', gap.shouldBe.counts)], { yAxisTitle: t(lang, 'chart.answers'), colorSet: 'categorical' });
}
