import assert from 'node:assert/strict';
import { dilemmaer } from '../../domain/exercises/dilemmaer';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import { inddragelse } from '../../domain/exercises/inddragelse';
import { vildfarelser } from '../../domain/exercises/vildfarelser';
import { mainFinding } from '../../domain/summary/main-finding';
import { summarise } from '../../domain/summary/summarise';

const settings = { k: 5, distribution: 'all' } as const;

describe('mainFinding', () => {
  it('is nothing below k', () => {
    assert.equal(mainFinding(summarise(vildfarelser, [{ fixed: '1' }, { fixed: '2' }], settings)), undefined);
  });

  it('is the gap between now and should-be when there is one', () => {
    const answers = [
      ['fokus', 'inddragelse'],
      ['fokus', 'samskabelse'],
      ['lydhoerhed', 'samskabelse'],
      ['fokus', 'inddragelse'],
      ['lydhoerhed', 'inddragelse'],
    ].map(([now, shouldBe]) => ({ now, shouldBe }));
    assert.deepEqual(mainFinding(summarise(inddragelse, answers, settings)), { kind: 'gap', questionId: 'now', median: { now: 0, shouldBe: 2 } });
  });

  it('is the median of the first shown scale, skipping a hidden one', () => {
    const answers = ['1', '2', '4', '4', '5'].map((onlyOne, i) => ({ onlyOne, ...(i < 2 ? { fixed: '3' } : {}) }));
    assert.deepEqual(mainFinding(summarise(vildfarelser, answers, settings)), { kind: 'scale', questionId: 'onlyOne', median: 4 });
  });

  it('is two camps, not a median, when a scale splits; with the counts only when each side has k', () => {
    const answers = ['1', '2', '2', '4', '4', '5'].map((position) => ({ position }));
    assert.deepEqual(mainFinding(summarise(dilemmaer, answers, { k: 3, distribution: 'all' })), { kind: 'split', questionId: 'position', camps: { low: 3, high: 3 } });
    assert.deepEqual(mainFinding(summarise(dilemmaer, answers, settings)), { kind: 'split', questionId: 'position' });
    const lopsided = ['1', '1', '1', '1', '2', '4', '5', '5'].map((position) => ({ position }));
    assert.deepEqual(mainFinding(summarise(dilemmaer, lopsided, settings)), { kind: 'split', questionId: 'position' }, '5 on side A, 3 on side B: no counts');
    const middle = ['1', '2', '3', '3', '4'].map((position) => ({ position }));
    assert.deepEqual(mainFinding(summarise(dilemmaer, middle, settings)), { kind: 'scale', questionId: 'position', median: 3 });
  });

  it('is the option most chose when no scale is shown, but nothing on a tie', () => {
    const levels = (xs: string[]) => xs.map((level) => ({ level }));
    assert.deepEqual(mainFinding(summarise(vildfarelser, levels(['team', 'team', 'team', 'kommune', 'ved-ikke']), settings)), { kind: 'choice', questionId: 'level', value: 'team', count: 3, n: 5 });
    assert.equal(mainFinding(summarise(vildfarelser, levels(['team', 'team', 'kommune', 'kommune', 'ved-ikke', 'arbejdsplads']), settings)), undefined);
  });

  it('is the largest theme of at least k answers, never a smaller one', () => {
    const formal = ['Borgerne først.', 'Borgerne og loven.', 'Tid til borgerne.', 'Borgerne i centrum.', 'Borgerne skal trives.', 'Papir.'];
    const performed = ['Møder hele tiden.', 'Møder og kørsel.', 'Kørsel.', 'Papir.', 'Skemaer.', 'Ventetid.'];
    const answers = formal.map((f, i) => ({ formal: f, performed: performed[i] }));
    const found = mainFinding(summarise(hvemDefinerer, answers, settings));
    assert.equal(found?.kind, 'theme');
    assert.ok(found?.kind === 'theme');
    assert.deepEqual([found.sectionId, found.label[0], found.count], ['formal', 'borgerne', 5]);
    const small = answers.map((a, i) => ({ ...a, formal: i < 4 ? a.formal : 'Noget helt andet.' }));
    assert.equal(mainFinding(summarise(hvemDefinerer, small, settings)), undefined, 'a theme of four is shown as "fewer than 5" and cannot lead');
  });
});
