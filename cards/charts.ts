/**
 * Typed builders for the chart elements Teams draws in Adaptive Cards.
 *
 * The JSON shapes follow Microsoft's "Charts in Adaptive Cards" page (MicrosoftDocs/msteams-docs,
 * msteams-platform/task-modules-and-cards/cards/charts-in-adaptive-cards.md, dated 2024-11-07):
 * - Chart.HorizontalBar: `data: [{ x, y, color? }]`, with `title`, `color` and `displayMode`;
 * - Chart.Line: `data: [{ legend, values: [{ x, y }] }]`, with `yMin`/`yMax`.
 *
 * What the renderer does with them, read in the Agents Playground's bundle (the chart code Teams
 * ships, node_modules/@microsoft/m365agentsplayground/dist/client/static/js/main.*.js), and why we
 * draw only these two, each with a single series:
 * - count axes are cut in four equal steps of 0 to the largest count, so a largest count of 2 or 3
 *   gives ticks 0.5, 1.5 or 0.75; no JSON property sets ticks on Chart.VerticalBar. A
 *   Chart.HorizontalBar with `displayMode: 'AbsoluteNoAxis'` draws no axis and writes each count
 *   beside its bar as a whole number, with its full label above the bar (it wraps);
 * - a legend (Chart.Pie, grouped bars, a line chart with two or more series) is one row that does
 *   not wrap: what does not fit becomes "+2 items". A single series has no legend;
 * - numbers are written with toFixed, so always with a decimal point, whatever the card's
 *   language; no property changes that. Counts are therefore whole numbers beside bars, and a
 *   trend's axis is chosen so that its ticks are whole (trendAxis). A point's tooltip on a line
 *   still shows "3.80": the text lines under every chart carry the Danish figures;
 * - a chart's `title` is not drawn (it is the chart's accessible name): headings are TextBlocks.
 *
 * These build the chart alone. A chart never goes on a card without its text: see chart-block.ts.
 */

/** Any Adaptive Card element, as plain JSON. */
export type CardElement = { type: string } & Record<string, unknown>;

export type ChartColor = 'good' | 'warning' | 'attention' | 'neutral' | 'categoricalBlue' | 'categoricalTeal' | 'categoricalPurple' | 'categoricalMarigold';
export type ChartColorSet = 'categorical' | 'sequential' | 'diverging';

export interface BarPoint {
  x: string;
  y: number;
  /** A bar's own colour, e.g. "now" and "should be" in one chart. */
  color?: ChartColor;
}

export interface Series {
  legend: string;
  values: BarPoint[];
}

export interface AxisOptions {
  title?: string;
  xAxisTitle?: string;
  yAxisTitle?: string;
  color?: ChartColor;
  colorSet?: ChartColorSet;
}

export type HorizontalBarDisplay = 'AbsoluteWithAxis' | 'AbsoluteNoAxis' | 'PartToWhole';
export type HorizontalBarChart = { type: 'Chart.HorizontalBar'; data: BarPoint[]; displayMode?: HorizontalBarDisplay } & AxisOptions;
export type LineChart = { type: 'Chart.Line'; data: Series[]; yMin?: number; yMax?: number } & AxisOptions;
export type Chart = HorizontalBarChart | LineChart;

/** Long category names read better along horizontal bars, e.g. proposals in a vote. */
export function horizontalBar(data: BarPoint[], options: AxisOptions & { displayMode?: HorizontalBarDisplay } = {}): HorizontalBarChart {
  return { type: 'Chart.HorizontalBar', data, ...options };
}

/**
 * Counts as bars with no axis: each count written beside its bar as a whole number, each label
 * whole above its bar, and no legend (see the top of this file). For the steps of a scale, the
 * options of a choice, now against should-be, and a vote.
 *
 * @example countBars([{ x: '1 – helt uenig', y: 2 }, { x: '2', y: 0 }], { color: 'categoricalBlue' })
 * // { type: 'Chart.HorizontalBar', data: [{ x: '1 – helt uenig', y: 2 }, { x: '2', y: 0 }], displayMode: 'AbsoluteNoAxis', color: 'categoricalBlue' }
 */
export function countBars(data: BarPoint[], options: Pick<AxisOptions, 'title' | 'color'> = {}): HorizontalBarChart {
  return horizontalBar(data, { displayMode: 'AbsoluteNoAxis', ...options });
}

/** One line over the rounds, e.g. an item's mean; one series, so no legend to overflow. */
export function line(data: Series[], options: AxisOptions & { yMin?: number; yMax?: number } = {}): LineChart {
  return { type: 'Chart.Line', data, ...options };
}

/**
 * A short label for a chart axis or legend: the name before " – " ("Fælles fokus – vi tænker …"
 * gives "Fælles fokus"), cut to at most `max` characters. The full text stays in the text lines.
 *
 * Labels may come from people (proposals). Markdown characters are removed rather than escaped:
 * whether or not a client reads a label as markdown, nothing can then become a link or emphasis,
 * and no stray backslash is drawn.
 *
 * @example shortLabel('Samskabelse – vi definerer og løser opgaven sammen med borgerne') // 'Samskabelse'
 */
export function shortLabel(text: string, max = 32): string {
  const head = nameLabel(text);
  if (head.length <= max) return head;
  // At a word when one ends in the second half, else mid-word: "… mere tid hos…", not "… hos borg…".
  const cut = head.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * A whole label, for a chart that must not cut one (a cut label can read as another one): the text with markdown
 * characters removed and spaces collapsed, as shortLabel does, but nothing left out.
 *
 * @example plainLabel('Mindre **dokumentation** – mere tid hos borgerne') // 'Mindre dokumentation – mere tid hos borgerne'
 */
export function plainLabel(text: string): string {
  return text
    .replace(/[\\`*_[\]~<>#]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The name before " – " of an option, whole: the category a chart labels an axis or legend with.
 * The explanation after the dash stays in the text lines under the chart.
 *
 * @example nameLabel('Samskabelse – vi definerer og løser opgaven sammen med borgerne') // 'Samskabelse'
 */
export function nameLabel(text: string): string {
  return plainLabel(text.split(' – ')[0]);
}
