import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { useConnectorStandIn } from '../support/connector-standin';
import { answerActivity, executeActivity, invoke, mentionActivity, person, postActivity, startSession, submitActivity, TENANT, type StartedSession } from '../support/activities';
import { CHANNEL } from '../support/playground-client';

const OTHER = 'b1f6a9d2-0c3e-4d5f-8a7b-9c0d1e2f3a4b';

/** The activity as if it came from `tenant`: Teams names the tenant on the conversation and in channelData. */
function fromTenant(activity: Record<string, unknown>, conversationTenant: string | undefined, channelDataTenant: string | undefined = conversationTenant): Record<string, unknown> {
  const conversation = { ...(activity.conversation as Record<string, unknown>), tenantId: conversationTenant };
  const channelData = { ...(activity.channelData as Record<string, unknown>), tenant: channelDataTenant === undefined ? undefined : { id: channelDataTenant } };
  return { ...activity, conversation, channelData };
}

/**
 * ALLOWED_TENANTS through the real HTTP endpoint (anonymous mode, so without tokens; the
 * production test shows the same gate after a valid JWT). An activity from any other tenant runs
 * no dialog, reads and writes nothing and sends nothing to Teams; a card click gets a clear card.
 */
describe('ALLOWED_TENANTS refuses other tenants before any dialog runs', function () {
  this.timeout(60_000);
  // The list is matched without regard to case; the fixtures' tenant is "T".
  const stack = useStack({ playground: false, env: { ALLOWED_TENANTS: `t, ${OTHER.slice(0, 8)}-not-the-same` } });
  const standIn = useConnectorStandIn();
  let session: StartedSession;
  const stranger = person('user-stranger', 'Sofie Fremmed');

  before(async () => {
    session = await startSession(stack.bot().url, standIn(), { title: 'Tilladt lejer' });
    assert.match((await invoke(stack.bot().url, answerActivity(standIn().serviceUrl, session, person('user-inside'), { formal: 'Et svar indefra' }))).text, /dit svar er gemt/);
    await stack.bot().idle();
  });

  /** Sends, then checks that no answer, session or post came of it. */
  async function changesNothing<T>(send: () => Promise<T>): Promise<T> {
    const { deps } = stack.bot();
    const answers = await deps.answers.count(session.sessionId);
    const sessions = (await deps.sessions.openInChannel(CHANNEL)).length;
    const calls = standIn().calls.length;
    const result = await send();
    await stack.bot().idle();
    assert.equal(await deps.answers.count(session.sessionId), answers, 'no answer counted');
    assert.equal((await deps.sessions.openInChannel(CHANNEL)).length, sessions, 'no session started');
    assert.deepEqual(
      standIn()
        .since(calls)
        .map((c) => `${c.method} ${c.url}`),
      [],
      'nothing sent to Teams',
    );
    return result;
  }

  it('serves the allowed tenant as usual', async () => {
    const calls = standIn().calls.length;
    const res = await postActivity(stack.bot().url, mentionActivity('status', { serviceUrl: standIn().serviceUrl }));
    assert.equal(res.status, 200);
    await stack.bot().idle();
    assert.equal(standIn().since(calls).length, 1, 'the status card was posted');
  });

  it("answers a card click from another tenant with a card saying why, in the clicker's language", async () => {
    const create = executeActivity(
      'session.create',
      { exerciseId: 'hvem-definerer', title: 'Udefra', k: '5', language: 'da', distribution: 'all' },
      { serviceUrl: standIn().serviceUrl, from: stranger },
    );
    const da = await changesNothing(() => invoke(stack.bot().url, fromTenant(create, OTHER)));
    assert.match(da.text, /Denne Kernedialog er ikke sat op til jeres organisation\. Spørg jeres IT-afdeling/);
    const answer = answerActivity(standIn().serviceUrl, session, stranger, { formal: 'Et svar udefra' }, { locale: 'en-US' });
    const en = await changesNothing(() => invoke(stack.bot().url, fromTenant(answer, OTHER)));
    assert.match(en.text, /This Kernedialog is not set up for your organisation\. Ask your IT department/);
  });

  it('refuses a message from another tenant without a reply', async () => {
    const res = await changesNothing(() => postActivity(stack.bot().url, fromTenant(mentionActivity('start', { serviceUrl: standIn().serviceUrl, from: stranger }), OTHER)));
    assert.equal(res.status, 200, 'Teams gets an ordinary acknowledgement; nothing is posted into a tenant we do not serve');
    const submit = submitActivity(
      { verb: 'session.answer', sessionId: session.sessionId, formal: 'Action.Submit udefra' },
      { serviceUrl: standIn().serviceUrl, from: stranger, replyToId: session.rootId },
    );
    assert.equal((await changesNothing(() => postActivity(stack.bot().url, fromTenant(submit, OTHER)))).status, 200);
  });

  it('answers other invokes from another tenant with 403', async () => {
    const fetchTask = { ...executeActivity('x', {}, { serviceUrl: standIn().serviceUrl, from: stranger }), name: 'task/fetch', value: { data: {} } };
    const res = await changesNothing(() => postActivity(stack.bot().url, fromTenant(fetchTask, OTHER)));
    assert.equal(res.status, 403);
    assert.equal(res.body?.type, 'application/vnd.microsoft.error');
  });

  it('refuses an activity that names no tenant, or an allowed one beside another', async () => {
    const answer = () => answerActivity(standIn().serviceUrl, session, stranger, { formal: 'Uden lejer' });
    for (const [conversationTenant, channelDataTenant] of [
      [undefined, undefined],
      ['', ''],
      [TENANT, OTHER],
      [OTHER, TENANT],
    ] as const) {
      const res = await changesNothing(() => invoke(stack.bot().url, fromTenant(answer(), conversationTenant, channelDataTenant)));
      assert.match(res.text, /ikke sat op til jeres organisation/, `${conversationTenant} / ${channelDataTenant}`);
    }
  });

  it('logs each refusal with the tenant id, never the person', () => {
    const refusals = stack.logs.filter((l) => /ALLOWED_TENANTS/.test(l.msg));
    assert.ok(refusals.length >= 8, `${refusals.length} refusals logged`);
    assert.ok(refusals.some((l) => l.tenant === OTHER));
    for (const line of refusals) {
      // `req` is the request's random correlation id (config/log.ts): it names nobody.
      assert.deepEqual(Object.keys(line).sort(), ['level', 'msg', 'name', 'req', 'tenant', 'type']);
      assert.doesNotMatch(JSON.stringify(line), /stranger|Sofie|Fremmed/);
    }
  });
});
