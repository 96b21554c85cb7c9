import assert from 'node:assert/strict';
import sinon from 'sinon';
import { ShortMemory } from '../../storage/short-memory';

describe('ShortMemory', () => {
  it('lets an entry go by itself after its time, without anyone asking again', () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const memory = new ShortMemory<string>(30);
      memory.set('s1', 'secret');
      clock.tick(29);
      assert.equal(memory.get('s1'), 'secret');
      clock.tick(1);
      assert.equal(memory.size, 0);
    } finally {
      clock.restore();
    }
  });

  it('keeps at most `max` entries, dropping the oldest, and forgets on request', () => {
    const memory = new ShortMemory<number>(10_000, 2);
    memory.set('a', 1);
    memory.set('b', 2);
    memory.set('c', 3);
    assert.deepEqual([memory.get('a'), memory.get('b'), memory.get('c')], [undefined, 2, 3]);
    memory.forgetWhere((key) => key === 'b');
    memory.forget('c');
    assert.equal(memory.size, 0);
  });
});
