import assert from 'node:assert/strict';
import { chartWithText, figures, textLines } from '../../cards/chart-block';
import { groupedVerticalBar, horizontalBar, line, pie, shortLabel, verticalBar } from '../../cards/charts';

type Json = Record<string, unknown>;
const textsOf = (elements: unknown) => (elements as Json[]).map((e) => (e.type === 'TextBlock' ? e.text : `<${String(e.type)}>`));

describe('chart builders (the shapes on Microsoft Learn, "Charts in Adaptive Cards")', () => {
  it('a vertical bar chart has data [{ x, y }] and draws its values on the bars', () => {
    assert.deepEqual(verticalBar([{ x: '1', y: 0 }, { x: '2', y: 3 }], { yAxisTitle: 'Antal svar', color: 'categoricalBlue' }), {
      type: 'Chart.VerticalBar', data: [{ x: '1', y: 0 }, { x: '2', y: 3 }], showBarValues: true, yAxisTitle: 'Antal svar', color: 'categoricalBlue',
    });
  });

  it('a grouped vertical bar chart has one { legend, values: [{ x, y }] } per series', () => {
    const chart = groupedVerticalBar([{ legend: 'Nu', values: [{ x: 'A', y: 4 }] }, { legend: 'Bør være', values: [{ x: 'A', y: 1 }] }]);
    assert.equal(chart.type, 'Chart.VerticalBar.Grouped');
    assert.deepEqual(chart.data.map((s) => [s.legend, s.values[0].y]), [['Nu', 4], ['Bør være', 1]]);
  });

  it('a horizontal bar chart, a pie and a line chart have their own data shapes', () => {
    assert.deepEqual(horizontalBar([{ x: '1. Forslag', y: 6 }], { title: 'T' }), { type: 'Chart.HorizontalBar', data: [{ x: '1. Forslag', y: 6 }], title: 'T' });
    assert.deepEqual(pie([{ legend: 'Team', value: 2 }], { colorSet: 'categorical' }), { type: 'Chart.Pie', data: [{ legend: 'Team', value: 2 }], colorSet: 'categorical' });
    assert.deepEqual(line([{ legend: 'Klarhed', values: [{ x: 'jan', y: 3.8 }] }], { yMin: 1, yMax: 5 }), {
      type: 'Chart.Line', data: [{ legend: 'Klarhed', values: [{ x: 'jan', y: 3.8 }] }], yMin: 1, yMax: 5,
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
  const chart = verticalBar([{ x: '1', y: 4 }, { x: '2', y: 1 }, { x: '5', y: 1 }]);
  const block = chartWithText(chart, lines);

  it('shows the chart and then every line on a client that draws charts', () => {
    assert.equal(block.type, 'Container');
    assert.deepEqual(textsOf(block.items), ['<Chart.VerticalBar>', ...lines]);
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
    assert.deepEqual(figures(verticalBar([{ x: '1', y: 5 }]), []), []);
  });

  it('is the lines alone when there is nothing to draw', () => {
    assert.deepEqual(textsOf(figures(undefined, ['a', 'b'])), ['a', 'b']);
  });

  it('is one chart block when there is', () => {
    const out = figures(pie([{ legend: 'A', value: 5 }]), ['A: 5 (100 %)']);
    assert.equal(out.length, 1);
    assert.ok('fallback' in out[0]);
  });
});
