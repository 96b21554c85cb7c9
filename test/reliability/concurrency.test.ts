import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { ConnectorStandIn, useConnectorStandIn } from '../support/connector-standin';
import { answerActivity, closeActivity, invoke, percentile, person, startSession, type StartedSession } from '../support/activities';
import { cardText } from '../support/playground-client';

const PARTICIPANTS = 50;

describe('reliability: 50 participants answer at the same moment, over HTTP', function () {
  this.timeout(60_000);
  const stack = useStack({ playground: false });
  const standIn = useConnectorStandIn();
  let session: StartedSession;
  let beforeClose = 0;
  const texts = Array.from({ length: PARTICIPANTS }, (_, i) => ({
    formal: `Formelt svar nummer ${i + 1}: læring og trivsel for hvert barn (${i + 1}).`,
    performed: `Udført ${i + 1}: undervisning og dokumentation.`,
    experienced: `Oplevet ${i + 1}: et trygt sted.`,
  }));

  before(async () => {
    session = await startSession(stack.bot().url, standIn(), { title: 'Samtidighed' });
  });

  it('confirms all 50 answers sent at once and counts exactly 50', async () => {
    const { url, deps } = stack.bot();
    const s = standIn();
    const started = performance.now();
    const results = await Promise.all(texts.map((t, i) => invoke(url, answerActivity(s.serviceUrl, session, person(`user-${i + 1}`, `Deltager ${i + 1}`), t))));
    const wall = performance.now() - started;
    const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
    console.log(
      `      [concurrency] ${PARTICIPANTS} answers: wall ${wall.toFixed(0)} ms, invoke p50 ${percentile(latencies, 50).toFixed(0)} ms, ` +
        `p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${latencies[latencies.length - 1].toFixed(0)} ms`,
    );

    const unconfirmed = results.map((r, i) => ({ i: i + 1, text: r.text })).filter((r) => !/Tak – dit svar er gemt/.test(r.text));
    assert.deepEqual(unconfirmed, [], 'every participant got the confirmation');
    assert.equal(await deps.answers.count(session.sessionId), PARTICIPANTS);
  });

  it('after the facilitator closes: exactly the 50 texts are sealed and the summary is posted once', async () => {
    const { url, deps } = stack.bot();
    const s = standIn();
    await stack.bot().idle(); // progress updates of the shared card
    beforeClose = s.calls.length;
    const closing = await invoke(url, closeActivity(s.serviceUrl, session));
    assert.match(closing.text, /Fasen afsluttes/);
    await stack.bot().idle();

    const sealed = await deps.answers.sealedAnswers(session.sessionId);
    assert.equal(sealed.length, PARTICIPANTS);
    const key = (a: Record<string, string>) => JSON.stringify([a.formal, a.performed, a.experienced]);
    assert.deepEqual(sealed.map(key).sort(), texts.map(key).sort(), 'exactly the 50 texts that were sent');

    const inThread = s.since(beforeClose).filter((c) => c.conversationId === session.threadId);
    const summaries = inThread.filter((c) => c.method === 'POST' && ConnectorStandIn.cardsOf(c).some((card) => /Opsamling/.test(cardText(card))));
    assert.equal(summaries.length, 1, `one summary post; thread calls: ${inThread.map((c) => `${c.method} ${c.op}`).join(', ')}`);
    assert.match(cardText(ConnectorStandIn.cardsOf(summaries[0])[0]), /50 personer har svaret/);
    assert.equal(s.since(beforeClose).filter((c) => c.op === 'pagedMembers').length, 1, "the team's names are read once, to mask them in the summary");

    // The shared card moves on to the proposals (not overwritten by a late progress update), without the answer inputs.
    const last = lastRootCard();
    assert.match(cardText(last), /Forslag/);
    assert.match(cardText(last), /Færre end 5 har foreslået noget/);
    assert.doesNotMatch(JSON.stringify(last), /"id":"formal"/);
  });

  // PRODUCT BUG (reported, not fixed here): dialogs/close-session.ts:72 renders the closed root card
  // with sessionCard(session, 0), so after 50 answers the shared card tells everyone
  // "Færre end 5 svar indtil videre." next to "Øvelsen er lukket". Un-skip once fixed.
  it('the closed shared card does not claim that fewer than k answered', () => {
    const text = cardText(lastRootCard());
    assert.doesNotMatch(text, /Færre end 5 svar/);
  });

  function lastRootCard(): unknown {
    const updates = standIn()
      .since(beforeClose)
      .filter((c) => c.op === 'updateActivity' && c.activityId === session.rootId);
    assert.ok(updates.length > 0, 'the root card was updated at close');
    return ConnectorStandIn.cardsOf(updates[updates.length - 1])[0];
  }
});
