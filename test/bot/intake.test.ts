import assert from 'node:assert/strict';
import { Intake } from '../../bot/intake';

/** A promise the test settles by hand, so "still running" is a fact, not a guess at timing. */
function held(): { promise: Promise<void>; resolve: () => void; reject: (err: Error) => void } {
  let resolve!: () => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('Intake: the door for turns', () => {
  it('runs turns while open; once closed it runs none and says so with undefined', async () => {
    const intake = new Intake();
    let ran = 0;
    await intake.track(async () => void ran++);
    intake.close();
    assert.equal(intake.open, false);
    assert.equal(
      intake.track(async () => void ran++),
      undefined,
    );
    assert.equal(ran, 1);
  });

  it('drained() waits for every turn taken before the close, failed ones included', async () => {
    const intake = new Intake();
    const first = held();
    const second = held();
    const t1 = intake.track(() => first.promise)!;
    const t2 = intake.track(() => second.promise)!;
    intake.close();
    assert.equal(intake.running, 2);
    let drained = false;
    const waiting = intake.drained().then(() => (drained = true));
    first.resolve();
    await t1;
    await Promise.resolve();
    assert.equal(drained, false, 'one turn is still running');
    second.reject(new Error('storage said no'));
    await assert.rejects(t2, /storage said no/);
    await waiting;
    assert.equal(intake.running, 0);
  });
});
