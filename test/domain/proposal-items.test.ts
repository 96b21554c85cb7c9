import assert from 'node:assert/strict';
import { TID_ITEMS } from '../../domain/exercises/tid';
import { checkProposalItems, PROPOSAL_MAX } from '../../domain/validation/phase-input';

describe('checkProposalItems ("Tid til kerneopgaven")', () => {
  it('takes up to three items, each with its owner, and skips the empty ones', () => {
    assert.deepEqual(checkProposalItems({ proposal1: ' Ugentlig registrering ', owner1: 'forvaltningen', proposal2: '', owner2: '', proposal3: 'Indberetning', owner3: 'loven' }, TID_ITEMS), {
      ok: true,
      value: [
        { proposal: 'Ugentlig registrering', owner: 'forvaltningen' },
        { proposal: 'Indberetning', owner: 'loven' },
      ],
    });
  });

  it('refuses a text without an owner and an owner without a text, naming the item', () => {
    const checked = checkProposalItems({ proposal1: 'Skemaer', owner1: '', proposal2: '', owner2: 'os' }, TID_ITEMS);
    assert.deepEqual(checked.ok ? [] : checked.problems.map((p) => [p.key, p.vars?.n]), [
      ['proposals.error.noOwner', 1],
      ['proposals.error.noText', 2],
    ]);
  });

  it('refuses nothing at all, an owner not offered, and an item over the limit', () => {
    const keys = (input: Record<string, unknown>) => {
      const checked = checkProposalItems(input, TID_ITEMS);
      return checked.ok ? [] : checked.problems.map((p) => p.key);
    };
    assert.deepEqual(keys({}), ['proposals.error.noItems']);
    assert.deepEqual(keys({ proposal1: 'Skemaer', owner1: 'kommunalbestyrelsen' }), ['answer.error.wrongType']);
    assert.deepEqual(keys({ proposal1: 'x'.repeat(PROPOSAL_MAX + 1), owner1: 'os' }), ['proposals.error.itemTooLong']);
    assert.deepEqual(keys({ proposal1: 'x'.repeat(PROPOSAL_MAX), owner1: 'os' }), []);
    assert.deepEqual(keys({ proposal1: 7, owner1: 'os' }), ['answer.error.wrongType']);
  });
});
