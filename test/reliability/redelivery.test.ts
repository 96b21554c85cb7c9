import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { useStack } from '../support/kernedialog-stack';
import { useConnectorStandIn } from '../support/connector-standin';
import { answerActivity, executeActivity, invoke, person, startSession, type StartedSession } from '../support/activities';
import { CHANNEL } from '../support/playground-client';

const SAVED = /Tak – dit svar er gemt/;

/**
 * Teams redelivers an invoke it got no answer to in time (same activity id), and people double-click.
 * A redelivery must count once and be confirmed again; a second click must be refused.
 */
describe('reliability: redelivered and repeated activities, over HTTP', function () {
  this.timeout(60_000);
  const stack = useStack({ playground: false });
  const standIn = useConnectorStandIn();
  let session: StartedSession;

  before(async () => {
    session = await startSession(stack.bot().url, standIn(), { title: 'Genlevering' });
  });

  it('counts an answer POSTed twice in a row (same activity id) once, and confirms both', async () => {
    const { url, deps } = stack.bot();
    const before = await deps.answers.count(session.sessionId);
    const activity = answerActivity(standIn().serviceUrl, session, person('user-seq'), { formal: 'Sekventiel genlevering' });
    const first = await invoke(url, activity);
    const second = await invoke(url, activity);
    assert.match(first.text, SAVED);
    assert.match(second.text, SAVED);
    assert.equal(await deps.answers.count(session.sessionId), before + 1);
  });

  it('counts an answer POSTed twice at once (same activity id) once, and confirms both', async () => {
    const { url, deps } = stack.bot();
    const before = await deps.answers.count(session.sessionId);
    for (const [n, user] of [
      [2, 'user-par-2'],
      [5, 'user-par-5'],
    ] as const) {
      const activity = answerActivity(standIn().serviceUrl, session, person(user), { formal: `Samtidig genlevering x${n}` });
      const replies = await Promise.all(Array.from({ length: n }, () => invoke(url, activity)));
      replies.forEach((r, i) => assert.match(r.text, SAVED, `copy ${i + 1} of ${n}`));
    }
    assert.equal(await deps.answers.count(session.sessionId), before + 2);
  });

  it('refuses a second answer by the same person (a new activity id) with "allerede svaret"', async () => {
    const { url, deps } = stack.bot();
    const before = await deps.answers.count(session.sessionId);
    const again = await invoke(url, answerActivity(standIn().serviceUrl, session, person('user-seq'), { formal: 'Et nyt klik' }, { id: randomUUID() }));
    assert.match(again.text, /allerede svaret/);
    assert.equal(await deps.answers.count(session.sessionId), before);
  });

  it('creates one thread when session.create is redelivered in a row (same activity id)', async () => {
    const { url } = stack.bot();
    const s = standIn();
    const since = s.calls.length;
    const activity = createActivity(s.serviceUrl, 'Genleveret i rækkefølge');
    const first = await invoke(url, activity);
    const second = await invoke(url, activity);
    assert.match(first.text, /Øvelsen er startet/);
    assert.match(second.text, /Øvelsen er startet/);
    assert.equal(s.since(since).filter((c) => c.op === 'createConversation').length, 1);
  });

  // PRODUCT BUG (reported, not fixed here): dialogs/start-session.ts createSession() reads the session
  // and posts the thread whenever `place.threadId` is still empty. Two copies of the same click that
  // arrive together both see no thread yet (the first has not stored it), so both call startThread:
  // two root cards appear in the channel, and the loser's update fails on the ETag, so the facilitator
  // gets "Prøv igen" although the session started. Teams redelivers exactly when the first attempt is
  // slow, i.e. while it is still running. Un-skip once fixed.
  it('creates one thread when session.create is redelivered concurrently (same activity id)', async () => {
    const { url } = stack.bot();
    const s = standIn();
    const since = s.calls.length;
    const activity = createActivity(s.serviceUrl, 'Genleveret samtidig');
    const replies = await Promise.all([invoke(url, activity), invoke(url, activity)]);
    assert.equal(s.since(since).filter((c) => c.op === 'createConversation').length, 1, 'threads posted');
    replies.forEach((r) => assert.match(r.text, /Øvelsen er startet/));
  });
});

function createActivity(serviceUrl: string, title: string) {
  return executeActivity(
    'session.create',
    { exerciseId: 'hvem-definerer', title, k: '5', language: 'da', distribution: 'all' },
    { serviceUrl, channel: CHANNEL, conversationId: `${CHANNEL};messageid=${Date.now()}` },
  );
}
