import type { Language } from '../domain/exercise';
import { figures } from './chart-block';
import { line, shortLabel, type CardElement, type LineChart } from './charts';
import { decimal } from './decimal';
import { t } from './i18n';

/**
 * A figure per item and round over check-in rounds, e.g. the mean of "Hvor tydelig er vores
 * kerneopgave?" each month. `undefined` is a value that is not shown (fewer than k answered that
 * round): it is left out of the chart, and the text says so, never a number.
 */
export interface Trend {
  items: readonly { id: string; label: string }[];
  rounds: readonly { label: string; values: Readonly<Record<string, number | undefined>> }[];
  k: number;
  yAxisTitle?: string;
  /** The scale's ends, so the lines are drawn against the whole scale, not zoomed in on small moves. */
  yMin?: number;
  yMax?: number;
}

/** Shown to one decimal, in the chart and the text alike, so both say the same. */
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * One line per item; an item with no shown value in any round has no line. Undefined when there
 * is nothing to draw.
 *
 * @example trendChart({ items: [{ id: 'klarhed', label: 'Klarhed' }], rounds: [{ label: 'jan', values: { klarhed: 3.84 } }, { label: 'feb', values: {} }], k: 5 })
 * // { type: 'Chart.Line', data: [{ legend: 'Klarhed', values: [{ x: 'jan', y: 3.8 }] }] }
 */
export function trendChart(trend: Trend): LineChart | undefined {
  const data = trend.items
    .map((item) => ({
      legend: shortLabel(item.label, 40),
      values: trend.rounds.flatMap((r) => {
        const value = r.values[item.id];
        return value === undefined ? [] : [{ x: shortLabel(r.label), y: oneDecimal(value) }];
      }),
    }))
    .filter((s) => s.values.length > 0);
  if (data.length === 0) return undefined;
  const { yAxisTitle, yMin, yMax } = trend;
  return line(data, { colorSet: 'categorical', ...(yAxisTitle ? { yAxisTitle } : {}), ...(yMin !== undefined ? { yMin } : {}), ...(yMax !== undefined ? { yMax } : {}) });
}

/** Per item, every round in order: "Klarhed: jan 3,8 · feb (færre end 5 svar) · mar 4,1". */
export function trendLines(lang: Language, trend: Trend): string[] {
  return trend.items.map((item) => {
    const points = trend.rounds.map((r) => {
      const value = r.values[item.id];
      return value === undefined ? t(lang, 'chart.trendHidden', { round: r.label, k: trend.k }) : t(lang, 'chart.trendPoint', { round: r.label, value: decimal(lang, oneDecimal(value)) });
    });
    return t(lang, 'chart.trendLine', { item: item.label, points: points.join(' · ') });
  });
}

/** The trend for a card: the line chart with its text lines (chart-block.ts). */
export function trendFigures(lang: Language, trend: Trend): CardElement[] {
  return figures(trendChart(trend), trendLines(lang, trend));
}
