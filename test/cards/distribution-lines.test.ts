import assert from 'node:assert/strict';
import { distributionData } from '../../cards/distribution-lines';
import { dilemmaer } from '../../domain/exercises/dilemmaer';
import { summariseScale } from '../../domain/summary/distribution';
import type { ScaleQuestion } from '../../domain/exercise';

const position = dilemmaer.questions.find((q): q is ScaleQuestion => q.kind === 'scale')!;

describe('distributionData for a scale', () => {
  it('gives mean and median when the answers have one middle', () => {
    const s = summariseScale(position, ['1', '2', '3', '3', '4'], 5);
    assert.equal(distributionData('da', dilemmaer, s).stats, 'Gennemsnit 2,6 · median 3 · den midterste halvdel svarede 2–3');
  });

  it('gives no mean or median when the answers fall into two camps', () => {
    const s = summariseScale(position, ['1', '2', '2', '4', '4', '5'], 5);
    assert.equal(distributionData('da', dilemmaer, s).stats, 'Svarene er delt i to lejre · den midterste halvdel svarede 2–4');
    assert.equal(distributionData('en', dilemmaer, s).stats, 'The answers are split into two camps · the middle half answered 2–4');
  });
});
