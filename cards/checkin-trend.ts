import type { Language } from '../domain/exercise';
import type { ItemTrend } from '../domain/checkins/trends';
import { decimal, type FigureText } from './figure-text';
import { line, type CardElement } from './charts';
import { t } from './i18n';
import { roundDates } from './local-time';

export interface LineSeries {
  /** Plain text: a chart legend shows no markdown. */
  legend: string;
  /** The same name for a TextBlock (escaped where it comes from the team). */
  heading: string;
  /** One point per round, oldest first; null is a round without a figure. */
  points: { x: string; y: number | null }[];
}

/**
 * The trend as Teams `Chart.Line`s, one per figure under its name, in one block whose fallback is
 * one text for clients that draw no charts (iOS, older clients; chart-block.ts says why the
 * fallback sits on the block). One series per chart: a legend of several does not wrap, and a
 * narrow client hides figures behind "+2 items" (charts.ts). A null point is left out of its
 * series, not drawn as 0: a round below k has no figure, and a zero would be read as a result.
 * A figure with no point gets no chart. The axis is trendAxis(scale).
 *
 * @example trendCharts({ title: 'Tillid (0–100)', yAxisTitle: '0–100', scale: { min: 0, max: 100 }, fallbackText: 'Grafen kan ikke vises her.',
 *   series: [{ legend: 'Tillid', heading: 'Tillid', points: [{ x: '4. jan.', y: 60 }, { x: '1. feb.', y: null }, { x: '1. mar.', y: 68 }] }] })
 * // { type: 'Container', items: [{ type: 'TextBlock', text: 'Tillid', … },
 * //   { type: 'Chart.Line', title: 'Tillid (0–100)', yAxisTitle: '0–100', yMin: 0, yMax: 100, data: [{ legend: 'Tillid', values: [{ x: '4. jan.', y: 60 }, { x: '1. mar.', y: 68 }] }] }],
 * //   fallback: { type: 'TextBlock', text: 'Grafen kan ikke vises her.', wrap: true } }
 */
export function trendCharts(options: { title: string; yAxisTitle: string; series: readonly LineSeries[]; fallbackText: string; scale?: { min: number; max: number } }): CardElement {
  const axis = options.scale ? trendAxis(options.scale) : {};
  const items = options.series
    .map((s) => ({ s, values: s.points.flatMap((p) => (p.y === null ? [] : [{ x: p.x, y: p.y }])) }))
    .filter(({ values }) => values.length > 0)
    .flatMap(({ s, values }) => [
      { type: 'TextBlock', text: s.heading, wrap: true, size: 'Small', weight: 'Bolder', spacing: 'Small' },
      line([{ legend: s.legend, values }], { title: `${s.legend}: ${options.title}`, yAxisTitle: options.yAxisTitle, ...axis }),
    ]);
  return { type: 'Container', items, fallback: { type: 'TextBlock', text: options.fallbackText, wrap: true } };
}

/**
 * The y axis for a trend: from the scale's minimum (a 1–5 mean of 3 sits in the middle, not at
 * 60 %), to its maximum or just above, so that every tick is a whole number. The renderer cuts an
 * axis that spans 0 in four steps and any other in five, and writes ticks with a decimal point
 * (charts.ts): 1–5 would read 1, 1.8, 2.6 …, so it is drawn 1–6.
 *
 * @example trendAxis({ min: 0, max: 100 }) // { yMin: 0, yMax: 100 }
 * @example trendAxis({ min: 1, max: 5 }) // { yMin: 1, yMax: 6 }
 */
export function trendAxis(scale: { min: number; max: number }): { yMin: number; yMax: number } {
  const steps = scale.min <= 0 && scale.max >= 0 ? 4 : 5;
  return { yMin: scale.min, yMax: scale.min + Math.ceil((scale.max - scale.min) / steps) * steps };
}

/**
 * One label per round, distinct even when two rounds fall on the same day: the chart joins points
 * that share an x, so two rounds on "4. jan." would be drawn as one. The second and later rounds of
 * a day get their number within it.
 *
 * @example distinctRoundLabels(['4. jan.', '4. jan.', '1. feb.']) // ['4. jan.', '4. jan. (2)', '1. feb.']
 */
export function distinctRoundLabels(dates: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return dates.map((d) => {
    const n = (seen.get(d) ?? 0) + 1;
    seen.set(d, n);
    return n === 1 ? d : `${d} (${n})`;
  });
}

/** The trend as the chart's series and as lines of text, which carry every figure on any client. */
export interface TrendText {
  /** How many rounds the trend covers. */
  rounds: number;
  /** The rounds' dates, in the schedule's zone. */
  dates: string[];
  series: LineSeries[];
  /** Per item: "Tillid: 60 · – · 68", the dash for a round without a figure; labels as given (escaped for a TextBlock). */
  lines: string[];
  /** Whether at least two rounds have a figure: a single point is no trend, and no chart is drawn. */
  drawable: boolean;
  /** Whether some line has a round without a figure, so the card explains the dash. */
  hasGaps: boolean;
}

/**
 * @example trendText('da', trendsOf(rounds), 'Europe/Copenhagen', (id) => ({ trust: 'Tillid' })[id] ?? id, (id) => ({ trust: 'Tillid' })[id] ?? id)
 * // { rounds: 3, dates: ['4. jan.', '1. feb.', '1. mar.'], series: [{ legend: 'Tillid', heading: 'Tillid', points: [60, null, 68 at those dates] }], lines: ['Tillid: 60 · – · 68'], drawable: true, hasGaps: true }
 */
export function trendText(
  lang: Language,
  trends: readonly ItemTrend[],
  timeZone: string,
  legendOf: (id: string) => string,
  labelOf: (id: string) => string,
  shown: FigureText = (_, value) => decimal(lang, value),
): TrendText {
  const window = trends[0]?.series ?? [];
  const dates = distinctRoundLabels(
    roundDates(
      lang,
      window.map((p) => p.dueAt),
      timeZone,
    ),
  );
  const series = trends.map((tr) => ({ legend: legendOf(tr.item), heading: labelOf(tr.item), points: tr.series.map((p, i) => ({ x: dates[i], y: p.value })) }));
  const lines = trends.map((tr) =>
    t(lang, 'checkin.summary.trendLine', { item: labelOf(tr.item), values: tr.series.map((p) => (p.value === null ? '–' : shown(tr.item, p.value, p.step))).join(' · ') }),
  );
  const roundsWithFigures = window.filter((_, i) => trends.some((tr) => tr.series[i].value !== null)).length;
  const hasGaps = trends.some((tr) => tr.series.some((p) => p.value === null));
  return { rounds: window.length, dates, series, lines, drawable: roundsWithFigures >= 2, hasGaps };
}
