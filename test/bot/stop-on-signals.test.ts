import assert from 'node:assert/strict';
import sinon from 'sinon';
import { RELAYED_WITHIN_MS, stopOnSignals } from '../../bot/stop-on-signals';

describe('stopOnSignals', () => {
  let before: { SIGINT: NodeJS.SignalsListener[]; SIGTERM: NodeJS.SignalsListener[] };
  let exit: sinon.SinonStub;

  beforeEach(() => {
    before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
    exit = sinon.stub(process, 'exit');
  });

  afterEach(() => {
    exit.restore();
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      for (const l of process.listeners(signal)) if (!before[signal].includes(l)) process.off(signal, l);
    }
  });

  it('stops once when Ctrl-C reaches the bot twice at once (the terminal and the relay by tsx or npm), then exits 0', async () => {
    let clock = 0;
    let stops = 0;
    let finish!: () => void;
    stopOnSignals(
      () => ((stops += 1), new Promise<void>((resolve) => (finish = resolve))),
      undefined,
      () => clock,
    );
    process.emit('SIGINT');
    clock += 50;
    process.emit('SIGINT');
    assert.equal(stops, 1);
    sinon.assert.notCalled(exit);
    finish();
    await new Promise((r) => setImmediate(r));
    sinon.assert.calledOnceWithExactly(exit, 0);
  });

  it('ends at once on a signal that comes later, for someone who will not wait', () => {
    let clock = 0;
    stopOnSignals(
      () => new Promise<void>(() => undefined),
      undefined,
      () => clock,
    );
    process.emit('SIGTERM');
    clock += RELAYED_WITHIN_MS + 1;
    process.emit('SIGINT');
    sinon.assert.calledOnceWithExactly(exit, 130);
  });
});
