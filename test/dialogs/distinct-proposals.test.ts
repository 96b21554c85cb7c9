import assert from 'node:assert/strict';
import { distinctProposals } from '../../dialogs/close-session';

describe('distinctProposals', () => {
  it('lists the same proposal once, whatever its case, spacing or full stop', () => {
    assert.deepEqual(distinctProposals(['Spørg borgerne', 'spørg  borgerne.', 'Et borgerpanel', 'SPØRG BORGERNE!']), ['Spørg borgerne', 'Et borgerpanel']);
  });

  it('keeps proposals that only look alike', () => {
    assert.deepEqual(distinctProposals(['Spørg borgerne', 'Spørg borgerne oftere']), ['Spørg borgerne', 'Spørg borgerne oftere']);
  });
});
