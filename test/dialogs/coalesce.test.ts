import assert from 'node:assert/strict';
import { coalescer } from '../../dialogs/coalesce';

describe('coalescer', () => {
  it('runs once for calls that arrive together, plus once more for those that came while it ran', async () => {
    const once = coalescer();
    let runs = 0;
    let release!: () => void;
    const work = async () => {
      runs += 1;
      if (runs === 1) await new Promise<void>((r) => (release = r));
    };
    const first = once('s1', work);
    const later = [once('s1', work), once('s1', work), once('s1', work)];
    release();
    await Promise.all([first, ...later]);
    assert.equal(runs, 2);
  });

  it('keeps keys apart and starts afresh after a run ends', async () => {
    const once = coalescer();
    const seen: string[] = [];
    await Promise.all([once('a', async () => void seen.push('a')), once('b', async () => void seen.push('b'))]);
    await once('a', async () => void seen.push('a2'));
    assert.deepEqual(seen, ['a', 'b', 'a2']);
  });

  it('lets a failing run fail its callers and frees the key', async () => {
    const once = coalescer();
    await assert.rejects(once('k', async () => { throw new Error('storage down'); }), /storage down/);
    let ran = false;
    await once('k', async () => void (ran = true));
    assert.equal(ran, true);
  });
});
