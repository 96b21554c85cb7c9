import assert from 'node:assert/strict';
import { HOLDOUT2_PATH } from '../../eval/fixture';
import { evaluate, kernedialogPartition, SETS } from '../../eval/run-eval';

describe('npm run eval: the sets it scores', () => {
  it('scores the development set and both held-out sets, the second one last', () => {
    assert.deepEqual(
      SETS.map((s) => s.key),
      ['development', 'heldOut', 'heldOut2'],
    );
    assert.equal(SETS[2].path, HOLDOUT2_PATH);
  });

  it("reports the share of answers left in 'other', per question and as a mean", () => {
    const result = evaluate(HOLDOUT2_PATH);
    for (const q of result.questions) assert.ok(q.kernedialogOther >= 0 && q.kernedialogOther <= 1, `${q.question}: ${q.kernedialogOther}`);
    const mean = result.questions.reduce((s, q) => s + q.kernedialogOther, 0) / result.questions.length;
    assert.ok(Math.abs(result.otherShare - mean) < 1e-12);
  });

  it("passes minSize on to findThemes: no cluster but 'other' below it", () => {
    const texts = ['for mange møder', 'lange møder', 'møder uden dagsorden', 'kørsel mellem borgerne', 'parkering ved rådhuset'];
    const sizes = new Map<string, number>();
    for (const c of kernedialogPartition(texts, 3)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
    for (const [c, n] of sizes) if (c !== 'other') assert.ok(n >= 3, `${c} has ${n}`);
  });
});
