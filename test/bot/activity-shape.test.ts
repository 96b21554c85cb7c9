import assert from 'node:assert/strict';
import { shapeProblem } from '../../bot/activity-shape';

describe('shapeProblem', () => {
  it('accepts a Teams activity', () => {
    assert.equal(shapeProblem({ type: 'message', serviceUrl: 'https://smba.trafficmanager.net/emea/', from: { id: '29:1' }, conversation: { id: '19:x' }, entities: [] }), undefined);
  });

  it('names the field botbuilder would trip over', () => {
    assert.equal(shapeProblem({ type: 'message', serviceUrl: {} }), 'serviceUrl must be a string');
    assert.equal(shapeProblem({ type: 'message', from: 'mette' }), 'from must be an object');
    assert.equal(shapeProblem({ type: 'message', conversation: { id: 42 } }), 'conversation.id must be a string');
    assert.equal(shapeProblem({ type: 'message', entities: {} }), 'entities must be an array');
    assert.equal(shapeProblem([]), 'the body is not a JSON object');
    assert.equal(shapeProblem({ type: 7 }), 'it needs a string "type"');
  });
});
