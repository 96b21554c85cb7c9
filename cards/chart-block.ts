import type { CardElement, Chart } from './charts';

/**
 * A chart and the text lines that carry all of its figures, as one card element.
 *
 * What each client shows:
 * - one that draws charts (Teams desktop and web, the Agents Playground): the chart, then the
 *   lines, so every number is also text and the chart shows none the text does not (docs/anonymity.md, rule 10);
 * - one that cannot (Teams on iOS, renderers before charts): the lines, once.
 *
 * How: the block carries the fallback, the chart does not. An element a client does not know,
 * and that has no fallback of its own, makes the nearest ancestor with a fallback fall back
 * (microsoft/AdaptiveCards: the JS renderer's createCardObjectInstance calls
 * parent.setShouldFallback(true); the shared object model marks children CanFallbackToAncestor
 * and the iOS renderer's handleFallbackException rethrows to that ancestor). So the whole block,
 * chart and lines, is replaced by the same lines. Had the chart its own text fallback, that client
 * would show the figures twice: the fallback and then the lines. A client that ignores fallbacks
 * altogether drops the unknown chart and still shows the lines inside the block, once.
 *
 * The block must never sit without a fallback: with none anywhere up the tree, the unknown chart
 * would make the whole card fall back to nothing.
 *
 * @example chartWithText(countBars([{ x: '1', y: 2 }]), ['1: 2 (100 %)'])
 * // { type: 'Container', items: [{ type: 'Chart.HorizontalBar', … }, { type: 'TextBlock', text: '1: 2 (100 %)', … }],
 * //   fallback: { type: 'Container', items: [{ type: 'TextBlock', text: '1: 2 (100 %)', … }] } }
 */
export function chartWithText(chart: Chart, lines: readonly string[], spacing: LineSpacing = 'None'): CardElement {
  return { type: 'Container', spacing: 'Small', items: [chart, ...textLines(lines, spacing)], fallback: { type: 'Container', spacing: 'Small', items: textLines(lines, spacing) } };
}

/** Short lines ("4: 3 (30 %)") sit tight; long ones (proposals) need a little air between them. */
export type LineSpacing = 'None' | 'Small';

/** The lines alone, for a section with nothing to draw; the same layout as inside a chart block. */
export function textLines(lines: readonly string[], spacing: LineSpacing = 'None'): CardElement[] {
  return lines.map((text) => ({ type: 'TextBlock', text, wrap: true, spacing }));
}

/** The figures of a section: the chart with its lines when there is something to draw, else the lines. */
export function figures(chart: Chart | undefined, lines: readonly string[], spacing: LineSpacing = 'None'): CardElement[] {
  if (lines.length === 0) return [];
  return chart ? [chartWithText(chart, lines, spacing)] : textLines(lines, spacing);
}
