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
    await assert.rejects(
      once('k', async () => {
        throw new Error('storage down');
      }),
      /storage down/,
    );
    let ran = false;
    await once('k', async () => void (ran = true));
    assert.equal(ran, true);
  });

  it('with a rest, runs a lone call at once and a steady stream about once per rest', async () => {
    const once = coalescer(100);
    const runs: number[] = [];
    const started = Date.now();
    await once('s', async () => void runs.push(Date.now() - started));
    assert.ok(runs[0] < 50, `a lone call waits for nothing (${runs[0]} ms)`);
    // Calls every 10 ms for 450 ms: without the rest the work would run about 45 times.
    const calls: Promise<void>[] = [];
    for (let i = 0; i < 45; i++) {
      calls.push(once('s', async () => void runs.push(Date.now() - started)));
      await new Promise((r) => setTimeout(r, 10));
    }
    const streamMs = Date.now() - started;
    await Promise.all(calls);
    assert.ok(runs.length >= 4 && runs.length <= streamMs / 100 + 2, `ran ${runs.length} times in ${streamMs} ms`);
    for (let i = 1; i < runs.length; i++) assert.ok(runs[i] - runs[i - 1] >= 95, `runs ${runs[i - 1]} and ${runs[i]} ms are a rest apart`);
  });
});
