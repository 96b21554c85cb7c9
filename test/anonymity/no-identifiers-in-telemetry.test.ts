import assert from 'node:assert/strict';
import { SpanKind } from '@opentelemetry/api';
import type { DataPoint, Histogram } from '@opentelemetry/sdk-metrics';
import { BOT, mentionActivity, TENANT, type Person } from '../support/activities';
import type { ConnectorFault } from '../support/connector-standin';
import { click, runProductionExercise, TEAM, type ExerciseRun } from '../support/production-exercise';
import { useProductionStack } from '../support/production-stack';
import { dumpAllTables, type DumpedRow } from '../support/table-dump';
import { useTelemetryCapture, type Exported } from '../support/telemetry-capture';
import { until } from '../support/until';

/**
 * Issue 15, point 4 (docs/security.md, "Telemetry"): the whole production run of the log test
 * (test/anonymity/no-secrets-in-logs.test.ts) with telemetry on, plus what only telemetry sees: a
 * personal chat, an Action.Submit click answered in personal chat, a send Teams throttles (429),
 * a forged verb that names someone, and a turn that fails. Then every exported span (name,
 * attributes, events, links, status, resource) and every metric (names, descriptions, labels) is
 * searched for each person's ids, name and e-mail, every personal chat's conversation id, every
 * PartitionKey and RowKey in storage, every text anyone wrote, and every secret, the way the log
 * test searches log lines; and every URL in it must be a route template.
 */
describe('anonymity: no identifier in the telemetry of a production run', function () {
  this.timeout(180_000);
  const telemetry = useTelemetryCapture();
  let clock = new Date('2027-03-01T06:00:00Z'); // Monday 07:00 in Copenhagen
  const stack = useProductionStack({ now: () => clock, env: { LOG_LEVEL: 'debug', ALLOWED_TENANTS: 'T', SCHEDULE_CHECK_MS: '200', DEADLINE_CHECK_MS: '200' } });
  let run: ExerciseRun;
  let rows: DumpedRow[];
  let exported: Exported;
  const personalChats: string[] = [];

  before(async () => {
    run = await runProductionExercise(stack, (to) => (clock = to));
    await onlyTelemetrySees();
    rows = await dumpAllTables(stack.connectionString());
    exported = await telemetry.collect();
  });

  /** A personal chat, a submit answered privately through a 429, a forged verb, a failed turn. */
  async function onlyTelemetrySees(): Promise<void> {
    const [, jonas, aisha] = TEAM;
    await inPersonalChat(jonas, 'hej, hvem kan se mit svar?');
    // Throttled until the queue has tried again: the connector's own retries come first.
    stack.connector().fault = (call) => (call.op === 'createConversation' && call.body?.isGroup === false && !retried() ? throttled : undefined);
    await submit(aisha, { verb: 'status.view' });
    await until('the private reply', async () => stack.connector().calls.some((c) => c.op === 'createConversation' && c.body?.isGroup === false && c.status === 201));
    stack.connector().fault = () => undefined;
    assert.match(await click(stack, aisha, TEAM[0].name, { sessionId: run.sessionId }, run.at), /ikke kunne læse/);
    // Teams refuses the bot's reply to a command: the turn fails.
    stack.connector().fault = (call) => (call.op === 'replyToActivity' ? { status: 500 } : undefined);
    await stack.post(mention(jonas, 'hjælp', run.at.threadId));
    await until('the failed turn', () => stack.logs.some((l) => l.msg === 'turn failed'));
    stack.connector().fault = () => undefined;
    await stack.bot().idle();
  }
  const throttled: ConnectorFault = { status: 429, headers: { 'retry-after': '0' } };
  const retried = () => stack.logs.some((l) => l.msg === 'Teams did not take a post; trying again');

  function mention(from: Person, text: string, conversationId: string): Record<string, unknown> {
    return { ...mentionActivity(text, { serviceUrl: stack.connector().serviceUrl, from, conversationId }), entities: [{ type: 'mention', mentioned: BOT, text: '<at>Kernedialog</at>' }] };
  }

  async function inPersonalChat(from: Person, text: string): Promise<void> {
    const id = `a:1Rk2Lq9VzW${from.id.slice(-6)}-personal`;
    personalChats.push(id);
    const activity = { ...mention(from, text, id), text, entities: [], conversation: { conversationType: 'personal', tenantId: TENANT, id }, channelData: { tenant: { id: TENANT } } };
    assert.equal((await stack.post(activity)).status, 200);
    await stack.bot().idle();
    assert.ok(
      stack.connector().calls.some((c) => c.conversationId === id),
      'the help card went to the personal chat',
    );
  }

  async function submit(from: Person, value: Record<string, unknown>): Promise<void> {
    const activity = { ...mention(from, '', run.at.threadId), text: undefined, entities: [], value };
    assert.equal((await stack.post(activity)).status, 200);
    await stack.bot().idle();
  }

  it('exports what an operator needs: card actions, storage and connector calls, send waits, the 429 and the failure', () => {
    const names = exported.spans.map((s) => s.name);
    assert.ok(names.filter((n) => n === 'card session.answer').length >= 21, 'a span per answer click');
    assert.ok(names.includes('card unknown'), 'the forged verb, as "unknown"');
    assert.ok(
      names.some((n) => n.startsWith('TableClient.')),
      "the Azure SDK's storage spans",
    );
    // The bot's requests; the connector and OpenID stand-ins serve in this process too.
    const requests = exported.spans.filter((s) => s.kind === SpanKind.SERVER && String(s.attributes['http.url']).endsWith('/api/messages'));
    assert.ok(requests.length >= 32, `${requests.length} requests`);
    assert.ok(
      requests.every((s) => /^[0-9a-f-]{36}$/.test(String(s.attributes['kernedialog.request_id']))),
      'each carries the id its log lines carry',
    );
    const urls = exported.spans.filter((s) => s.kind === SpanKind.CLIENT).map((s) => String(s.attributes['http.url']));
    assert.ok(
      urls.some((u) => u.endsWith('/v3/conversations/{id}/activities/{id}')),
      'the connector calls, templated',
    );
    assert.ok(
      urls.some((u) => u.endsWith('/sessions(PartitionKey,RowKey)')),
      'the storage calls, templated',
    );

    assert.ok(count('kernedialog.card_action.duration', { 'kernedialog.verb': 'session.answer', 'kernedialog.outcome': 'saved' }) >= 21);
    assert.ok(count('kernedialog.storage.request.duration', { 'kernedialog.operation': 'GET entity', 'kernedialog.table': 'sessions', 'kernedialog.status': '200' }) > 50);
    assert.ok(count('kernedialog.storage.request.duration', { 'kernedialog.operation': 'POST batch' }) > 0);
    assert.ok(count('kernedialog.send.wait.duration', {}) > 10, 'every proactive send told its wait');
    assert.ok(sum('kernedialog.send.refused', { 'kernedialog.status': '429', 'kernedialog.retried': true }) >= 1, 'the 429');
    assert.ok(sum('kernedialog.errors', { 'kernedialog.where': 'turn' }) >= 1, 'the failed turn');
    assert.ok(
      stack.logs.filter((l) => l.msg === 'turn failed').every((l) => l.name === 'kernedialog:adapter'),
      "the failed turn's log line keeps its logger's name",
    );
  });

  it('exports no Teams id, AAD object id, name or e-mail, and no conversation id of a personal chat (or any other)', () => {
    const text = everything();
    for (const p of TEAM) for (const id of [p.id, p.aadObjectId, p.name, p.email, `${p.givenName} ${p.surname}`]) assert.ok(!text.includes(id.toLowerCase()), `telemetry contains "${id}"`);
    const conversations = new Set([...personalChats, ...stack.connector().calls.flatMap((c) => [c.conversationId, c.op === 'createConversation' ? c.response?.id : undefined])]);
    assert.ok(conversations.size > 5, `${conversations.size} conversations`);
    for (const id of conversations) if (id) for (const form of [id, encodeURIComponent(id)]) assert.ok(!text.includes(form.toLowerCase()), `telemetry contains the conversation "${form}"`);
  });

  it('exports no table key: no PartitionKey or RowKey of any row the run stored', () => {
    const text = everything();
    const keys = new Set(rows.flatMap((r) => [r.partitionKey, r.rowKey]).map(String));
    assert.ok(keys.size > 20, `${keys.size} keys`);
    // A word of a few letters ("meta") says nothing about anyone, and would match inside other words;
    // so would the one-letter test tenant (the sendbudget row's key), shared by every test's activities.
    for (const key of keys)
      if (!/^[a-z]{1,8}$/.test(key) && key !== TENANT) for (const form of [key, encodeURIComponent(key)]) assert.ok(!text.includes(form.toLowerCase()), `telemetry contains the key "${form}"`);
  });

  it('exports no text anyone wrote', () => {
    const text = everything();
    assert.ok(run.texts.length > 20);
    for (const written of run.texts) assert.ok(!text.includes(written.toLowerCase()), `telemetry contains "${written}"`);
    assert.ok(!text.includes('hvem kan se mit svar'), 'the personal chat message');
  });

  it('exports every URL as a route template, and no secret', () => {
    const text = everything();
    for (const url of text.match(/[a-z]+:\/\/[^\s"\\]+/g) ?? []) {
      assert.doesNotMatch(url, /partitionkey=|rowkey=|%3a|%3b|%27|messageid|\?[^&]*=/, url);
      assert.doesNotMatch(url, /\/conversations\/(?!\{id\})[^/]/, url);
    }
    const accountKey = /AccountKey=([^;]+)/.exec(stack.connectionString())![1];
    const secrets = [stack.secrets.appPassword, stack.secrets.anonymityKey, stack.secrets.outboundToken, accountKey, ...stack.tokens.map((t) => t.split('.')[2])];
    for (const secret of secrets) assert.ok(!text.includes(secret.toLowerCase()), 'telemetry contains a secret');
  });

  it('sent nothing outside this machine while it ran', () => {
    assert.ok(telemetry.hosts.length > 50);
    assert.deepEqual([...new Set(telemetry.hosts)], ['127.0.0.1']);
  });

  /** Every exported item as text, lower-cased so that a name's case does not hide it. */
  function everything(): string {
    const spans = exported.spans.map((s) => ({
      name: s.name,
      kind: s.kind,
      attributes: s.attributes,
      events: s.events.map((e) => ({ name: e.name, attributes: e.attributes })),
      links: s.links.map((l) => l.attributes),
      status: s.status,
      resource: s.resource.attributes,
      scope: s.instrumentationScope,
    }));
    const metrics = exported.metrics.map((rm) => ({
      resource: rm.resource.attributes,
      scopes: rm.scopeMetrics.map((sm) => ({ scope: sm.scope, metrics: sm.metrics.map((m) => ({ descriptor: m.descriptor, points: m.dataPoints })) })),
    }));
    return JSON.stringify({ spans, metrics }).toLowerCase();
  }

  function points(name: string, labels: Record<string, string | boolean>): DataPoint<unknown>[] {
    const metric = exported.metrics.flatMap((rm) => rm.scopeMetrics.flatMap((sm) => sm.metrics)).find((m) => m.descriptor.name === name);
    assert.ok(metric, `the metric ${name}`);
    return (metric.dataPoints as DataPoint<unknown>[]).filter((p) => Object.entries(labels).every(([k, v]) => p.attributes[k] === v));
  }
  const count = (name: string, labels: Record<string, string | boolean>) => points(name, labels).reduce((n, p) => n + (p.value as Histogram).count, 0);
  const sum = (name: string, labels: Record<string, string | boolean>) => points(name, labels).reduce((n, p) => n + (p.value as number), 0);
});
