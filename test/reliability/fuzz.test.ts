import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { useStack } from '../support/kernedialog-stack';
import { useConnectorStandIn } from '../support/connector-standin';
import { answerActivity, closeActivity, executeActivity, healthy, invoke, mentionActivity, person, postRaw, startSession, type StartedSession } from '../support/activities';
import { Fuzz } from '../support/fuzz';

const SEED = 20261122;
/** 501 is botbuilder's deliberate answer to an invoke it has no handler for (e.g. a made-up name). */
const DELIBERATE = new Set([501]);
const ROUNDS = 2;
const PER_ROUND = 250;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};

/**
 * Random and mutated activities and card payloads at /api/messages, from a seeded generator
 * (replay a failure with its seed): no 5xx, no unhandled rejection, no crash, no growth in memory,
 * and the bot still serves a genuine participant afterwards.
 */
describe(`reliability: fuzzing /api/messages (seed ${SEED}, ${ROUNDS} × ${PER_ROUND})`, function () {
  this.timeout(180_000);
  const stack = useStack({ playground: false, env: { LOG_LEVEL: 'error' } });
  const standIn = useConnectorStandIn();
  let session: StartedSession;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => void rejections.push(reason);

  before(async () => {
    session = await startSession(stack.bot().url, standIn(), { title: 'Fuzz', k: '3' });
    process.on('unhandledRejection', onRejection);
  });
  after(() => void process.off('unhandledRejection', onRejection));

  it('answers every activity without a 5xx (but 501 for unknown invokes), leaks nothing and stays healthy', async () => {
    const { url } = stack.bot();
    const s = standIn();
    const fuzz = new Fuzz(SEED);
    const templates = () => [
      answerActivity(s.serviceUrl, session, person(`user-f${fuzz.int(1e6)}`), { formal: 'fuzz' }),
      executeActivity(
        fuzz.pick(['session.create', 'session.close', 'session.result', 'session.cancelConfirm', 'schedule.save', 'schedule.pause', 'catalogue.setup']),
        { sessionId: session.sessionId, exerciseId: 'hvem-definerer', k: '3', language: 'da' },
        { serviceUrl: s.serviceUrl, conversationId: session.threadId },
      ),
      mentionActivity(fuzz.pick(['start', 'status', 'planer', 'planlæg', 'aftal x; y', 'medfacilitator', 'slet data']), { serviceUrl: s.serviceUrl }),
      closeActivity(s.serviceUrl, session, person('user-not-facilitator')),
      {
        type: fuzz.pick(['conversationUpdate', 'installationUpdate', 'messageReaction', 'invoke', 'event', 'typing']),
        channelId: 'msteams',
        serviceUrl: s.serviceUrl,
        from: person('user-x'),
        recipient: { id: 'bot' },
        conversation: { id: 'c' },
        channelData: {},
      },
    ];
    const statuses = new Map<number, number>();
    const heap: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < PER_ROUND; i++) {
        const activity = fuzz.next() < 0.85 ? fuzz.mutate(fuzz.pick(templates())) : (fuzz.value() as Record<string, unknown>);
        const body = fuzz.next() < 0.05 ? JSON.stringify(activity).slice(0, fuzz.int(200)) : JSON.stringify(activity ?? null);
        const res = await postRaw(url, body ?? 'null');
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        assert.ok(res.status < 500 || DELIBERATE.has(res.status), `request ${round * PER_ROUND + i} got ${res.status}: ${(body ?? '').slice(0, 300)}`);
      }
      await stack.bot().idle();
      heap.push(heapMb());
    }
    assert.deepEqual(rejections, [], 'no unhandled promise rejection');
    assert.ok(await healthy(url), 'still healthy');
    // The fuzz may well have closed the session (as its facilitator); a new one must work as ever.
    const fresh = await startSession(url, s, { title: 'Efter fuzz', k: '3' });
    const ok = await invoke(url, answerActivity(s.serviceUrl, fresh, person('user-genuine'), { formal: 'Et ægte svar' }));
    assert.match(ok.text, /Tak – dit svar er gemt/);
    assert.ok(heap[heap.length - 1] - heap[0] < 15, `heap grew from ${heap[0].toFixed(1)} to ${heap[heap.length - 1].toFixed(1)} MB`);
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype was polluted');
    console.log(
      `      statuses: ${[...statuses]
        .sort()
        .map(([k, v]) => `${k}×${v}`)
        .join(', ')}; heap ${heap.map((h) => h.toFixed(1)).join(' → ')} MB`,
    );
  });
});
