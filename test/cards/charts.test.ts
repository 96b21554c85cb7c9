import assert from 'node:assert/strict';
import { chartWithText, figures, textLines } from '../../cards/chart-block';
import { countBars, horizontalBar, line, shortLabel } from '../../cards/charts';

type Json = Record<string, unknown>;
const textsOf = (elements: unknown) => (elements as Json[]).map((e) => (e.type === 'TextBlock' ? e.text : `<${String(e.type)}>`));

describe('chart builders (the shapes on Microsoft Learn, "Charts in Adaptive Cards")', () => {
  it('a count chart is horizontal bars with no axis: whole counts beside the bars, no fractional ticks, no legend', () => {
    assert.deepEqual(
      countBars(
        [
          { x: '1 – helt uenig', y: 0 },
          { x: '2', y: 3 },
        ],
        { color: 'categoricalBlue' },
      ),
      {
        type: 'Chart.HorizontalBar',
        data: [
          { x: '1 – helt uenig', y: 0 },
          { x: '2', y: 3 },
        ],
        displayMode: 'AbsoluteNoAxis',
        color: 'categoricalBlue',
      },
    );
  });

  it('a bar may carry its own colour, and a line chart has one { legend, values } per series', () => {
    assert.deepEqual(horizontalBar([{ x: 'A – nu', y: 6, color: 'categoricalTeal' }], { title: 'T' }), {
      type: 'Chart.HorizontalBar',
      data: [{ x: 'A – nu', y: 6, color: 'categoricalTeal' }],
      title: 'T',
    });
    assert.deepEqual(line([{ legend: 'Klarhed', values: [{ x: 'jan', y: 3.8 }] }], { yMin: 1, yMax: 6 }), {
      type: 'Chart.Line',
      data: [{ legend: 'Klarhed', values: [{ x: 'jan', y: 3.8 }] }],
      yMin: 1,
      yMax: 6,
    });
  });
});

describe('shortLabel', () => {
  it('keeps the name before the dash, or cuts a long label with an ellipsis', () => {
    assert.equal(shortLabel('Samskabelse – vi definerer og løser opgaven sammen med borgerne'), 'Samskabelse');
    assert.equal(shortLabel('1 – helt uenig'), '1');
    const cut = shortLabel('Mindre dokumentation og flere timer sammen med borgerne hver dag', 20);
    assert.equal(cut.length, 20);
    assert.ok(cut.endsWith('…'), cut);
  });

  it('removes what markdown could turn into a link or emphasis, typed by people', () => {
    assert.equal(shortLabel('[klik](http://x) **nu** <b>', 60), 'klik(http://x) nu b');
    assert.equal(shortLabel('\\*allerede escaped\\*', 60), 'allerede escaped');
  });
});

describe('chartWithText', () => {
  const lines = ['1 – helt uenig: 4 (67 %)', '2: 1 (17 %)', '5 – helt enig: 1 (17 %)'];
  const chart = countBars([
    { x: '1', y: 4 },
    { x: '2', y: 1 },
    { x: '5', y: 1 },
  ]);
  const block = chartWithText(chart, lines);

  it('shows the chart and then every line on a client that draws charts', () => {
    assert.equal(block.type, 'Container');
    assert.deepEqual(textsOf(block.items), ['<Chart.HorizontalBar>', ...lines]);
  });

  it('falls back, as a whole, to the same lines once on a client that cannot draw the chart', () => {
    const fallback = block.fallback as Json;
    assert.equal(fallback.type, 'Container');
    assert.deepEqual(textsOf(fallback.items), lines);
  });

  it('gives the chart no fallback of its own, which would show the figures twice', () => {
    const drawn = (block.items as Json[])[0];
    assert.equal(drawn, chart);
    assert.equal('fallback' in drawn, false);
  });

  it('lays out long lines with a little air when asked', () => {
    assert.deepEqual(textLines(['a'], 'Small'), [{ type: 'TextBlock', text: 'a', wrap: true, spacing: 'Small' }]);
    assert.equal(((chartWithText(chart, ['a'], 'Small').fallback as Json).items as Json[])[0].spacing, 'Small');
  });
});

describe('figures', () => {
  it('is nothing without lines, even with a chart: a chart never goes on a card alone', () => {
    assert.deepEqual(figures(countBars([{ x: '1', y: 5 }]), []), []);
  });

  it('is the lines alone when there is nothing to draw', () => {
    assert.deepEqual(textsOf(figures(undefined, ['a', 'b'])), ['a', 'b']);
  });

  it('is one chart block when there is', () => {
    const out = figures(countBars([{ x: 'A', y: 5 }]), ['A: 5 (100 %)']);
    assert.equal(out.length, 1);
    assert.ok('fallback' in out[0]);
  });
});
