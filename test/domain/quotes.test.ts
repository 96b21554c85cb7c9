import assert from 'node:assert/strict';
import { findThemes } from '../../domain/summary/themes';

describe('theme quotes', () => {
  it('quotes the same words once, even when several people wrote them', () => {
    const same = 'Selvhjulpenhed giver livskvalitet.';
    const { themes } = findThemes([same, same, 'Selvhjulpenhed kræver tid.'], (xs) => xs);
    assert.equal(themes.length, 1);
    assert.deepEqual([...themes[0].quotes].sort(), [same, 'Selvhjulpenhed kræver tid.'].sort());
  });
});
