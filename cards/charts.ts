/**
 * Typed builders for the chart elements Teams draws in Adaptive Cards.
 *
 * The JSON shapes follow Microsoft's "Charts in Adaptive Cards" page (MicrosoftDocs/msteams-docs,
 * msteams-platform/task-modules-and-cards/cards/charts-in-adaptive-cards.md, dated 2024-11-07):
 * - Chart.VerticalBar and Chart.HorizontalBar: `data: [{ x, y }]`, with `title`, `xAxisTitle`,
 *   `yAxisTitle`, `color` or `colorSet`; VerticalBar also `showBarValues`, HorizontalBar `displayMode`;
 * - Chart.VerticalBar.Grouped: `data: [{ legend, values: [{ x, y }] }]`, plus `showBarValues`;
 * - Chart.Line: `data: [{ legend, values: [{ x, y }] }]`; the Agents Playground's renderer also reads
 *   `yMin`/`yMax` (checked in its bundle);
 * - Chart.Pie: `data: [{ legend, value }]`.
 * Colour names: `good`, `categoricalBlue`, … for `color`; `categorical`, `sequential`, `diverging`
 * for `colorSet`.
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

export type VerticalBarChart = { type: 'Chart.VerticalBar'; data: BarPoint[]; showBarValues: boolean } & AxisOptions;
export type GroupedVerticalBarChart = { type: 'Chart.VerticalBar.Grouped'; data: Series[]; showBarValues: boolean } & AxisOptions;
export type HorizontalBarDisplay = 'AbsoluteWithAxis' | 'AbsoluteNoAxis' | 'PartToWhole';
export type HorizontalBarChart = { type: 'Chart.HorizontalBar'; data: BarPoint[]; displayMode?: HorizontalBarDisplay } & AxisOptions;
export type LineChart = { type: 'Chart.Line'; data: Series[]; yMin?: number; yMax?: number } & AxisOptions;
export type PieChart = { type: 'Chart.Pie'; data: { legend: string; value: number }[]; title?: string; colorSet?: ChartColorSet };
export type Chart = VerticalBarChart | GroupedVerticalBarChart | HorizontalBarChart | LineChart | PieChart;

/**
 * One bar per category, e.g. the steps of a scale. Bar values are drawn on the bars.
 *
 * @example verticalBar([{ x: '1', y: 0 }, { x: '2', y: 3 }], { yAxisTitle: 'Antal svar' })
 * // { type: 'Chart.VerticalBar', data: [{ x: '1', y: 0 }, { x: '2', y: 3 }], showBarValues: true, yAxisTitle: 'Antal svar' }
 */
export function verticalBar(data: BarPoint[], options: AxisOptions = {}): VerticalBarChart {
  return { type: 'Chart.VerticalBar', data, showBarValues: true, ...options };
}

/** Two or more series side by side per category, e.g. "now" and "should be" for each degree. */
export function groupedVerticalBar(data: Series[], options: AxisOptions = {}): GroupedVerticalBarChart {
  return { type: 'Chart.VerticalBar.Grouped', data, showBarValues: true, ...options };
}

/** Long category names read better along horizontal bars, e.g. proposals in a vote. */
export function horizontalBar(data: BarPoint[], options: AxisOptions & { displayMode?: HorizontalBarDisplay } = {}): HorizontalBarChart {
  return { type: 'Chart.HorizontalBar', data, ...options };
}

/** Parts of a whole, e.g. the options of a choice question. */
export function pie(data: { legend: string; value: number }[], options: Pick<AxisOptions, 'title' | 'colorSet'> = {}): PieChart {
  return { type: 'Chart.Pie', data, ...options };
}

/** One line per series over the same x values, e.g. an item's mean over check-in rounds. */
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
  return text.replace(/[\\`*_[\]~<>#]/g, '').replace(/\s+/g, ' ').trim();
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
