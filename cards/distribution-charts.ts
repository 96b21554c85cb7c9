import type { Language } from '../domain/exercise';
import type { ChoiceSummary, ScaleSummary } from '../domain/summary/distribution';
import type { GapSummary } from '../domain/summary/gap';
import { countBars, nameLabel, plainLabel, type BarPoint, type Chart } from './charts';
import type { Field } from './question-fields';
import { t } from './i18n';

type Shown<T> = Extract<T, { shown: true }>;

/**
 * The chart for a shown scale or choice: one bar per step of a scale, or per option of a choice,
 * with its count written beside it (countBars). It draws exactly the counts the text lines give,
 * zeros included, and nothing else.
 */
export function distributionChart(lang: Language, field: Field, s: Shown<ScaleSummary> | Shown<ChoiceSummary>): Chart {
  const titleOf = (value: string) => field.choices?.find((c) => c.value === value)?.title ?? value;
  // A choice's whole name; the explanation after its dash is in the lines below.
  if (s.kind === 'choice')
    return countBars(
      s.counts.map((c) => ({ x: nameLabel(titleOf(c.value)), y: c.count })),
      { title: field.label, color: 'categoricalBlue' },
    );
  // The ends of the scale say what the numbers mean: "1 – helt uenig", "2", …, "5 – helt enig".
  return countBars(
    s.counts.map((c) => ({ x: plainLabel(titleOf(String(c.value))), y: c.count })),
    { title: field.label, color: 'categoricalBlue' },
  );
}

/**
 * "Now" and "should be" for each option, as two bars in a row each naming its series ("Fælles
 * fokus – nu"), from the same counts as the gap's text lines. Bars, not two series with a legend:
 * a legend does not wrap, so a narrow client hides series behind "+1 item".
 */
export function gapChart(lang: Language, field: Field, gap: Shown<GapSummary>): Chart {
  const label = (i: number, value: string) => nameLabel(field.choices?.[i]?.title ?? value);
  const bars = gap.now.counts.flatMap((c, i): BarPoint[] => [
    { x: `${label(i, c.value)} – ${t(lang, 'chart.now').toLowerCase()}`, y: c.count, color: 'categoricalBlue' },
    { x: `${label(i, c.value)} – ${t(lang, 'chart.shouldBe').toLowerCase()}`, y: gap.shouldBe.counts[i]?.count ?? 0, color: 'categoricalTeal' },
  ]);
  return countBars(bars, { title: t(lang, 'summary.gapTitle') });
}
