import assert from 'node:assert/strict';
import { createLogger, withRequestId, type LogLine } from '../../config/log';

describe('createLogger', () => {
  it("keeps its own name, level and message when a field has the same key (an activity's name, say)", () => {
    const lines: LogLine[] = [];
    createLogger('kernedialog', 'info', (l) => lines.push(l))
      .child('adapter')
      .error('turn failed', { name: 'adaptiveCard/action', level: 'debug', msg: 'other', activityName: 'adaptiveCard/action' });
    assert.deepEqual(lines, [{ level: 'error', name: 'kernedialog:adapter', msg: 'turn failed', activityName: 'adaptiveCard/action' }]);
  });

  it("gives every line inside withRequestId, and in work started there, the request's id; none outside", async () => {
    const lines: LogLine[] = [];
    const log = createLogger('kernedialog', 'info', (l) => lines.push(l));
    let later: Promise<void> | undefined;
    await withRequestId('3f1c…-request', async () => {
      log.info('inside');
      // Work the request leaves behind (deps.later) is still its work.
      later = new Promise<void>((resolve) => setImmediate(resolve)).then(() => log.info('after the response'));
    });
    log.info('outside');
    await later;
    assert.deepEqual(
      lines.map((l) => [l.msg, l.req]),
      [
        ['inside', '3f1c…-request'],
        ['outside', undefined],
        ['after the response', '3f1c…-request'],
      ],
    );
  });
});
