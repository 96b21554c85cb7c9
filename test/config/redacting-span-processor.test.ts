import assert from 'node:assert/strict';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { BasicTracerProvider, SimpleSpanProcessor, type ReadableSpan, type SpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { RedactingSpanProcessor } from '../../config/redacting-span-processor';

const ENTITY = "http://127.0.0.1:10002/devstoreaccount1/sessions(PartitionKey='s-9f2c1a',RowKey='p-3e8b77d2')";

type Snapshot = Pick<ReadableSpan, 'name' | 'attributes' | 'events' | 'links' | 'status'>;

/** Copies each span as it is exported, so that a change made after the export does not count. */
class SnapshotExporter implements SpanExporter {
  readonly spans: Snapshot[] = [];
  export(spans: ReadableSpan[], done: Parameters<SpanExporter['export']>[1]): void {
    for (const { name, attributes, events, links, status } of spans) this.spans.push(structuredClone({ name, attributes, events, links, status }));
    done({ code: 0 }); // ExportResultCode.SUCCESS
  }
  async shutdown(): Promise<void> {}
}

/** One span with everything an instrumentation may put on a storage call, through `processors`. */
async function exported(order: (redact: SpanProcessor, exporter: SpanProcessor) => SpanProcessor[]) {
  const memory = new SnapshotExporter();
  const provider = new BasicTracerProvider({ spanProcessors: order(new RedactingSpanProcessor(), new SimpleSpanProcessor(memory)) });
  const linked = provider.getTracer('t').startSpan('first');
  linked.end();
  const span = provider.getTracer('t').startSpan(`PATCH ${ENTITY}`, {
    kind: SpanKind.CLIENT,
    attributes: { 'http.url': ENTITY, 'http.target': "/devstoreaccount1/sessions(PartitionKey='s-9f2c1a',RowKey='p-3e8b77d2')", 'http.method': 'PATCH', 'net.peer.ip': '10.1.2.3' },
    links: [{ context: linked.spanContext(), attributes: { 'url.full': ENTITY } }],
  });
  // Set after the start, as instrumentations do when the response comes.
  span.setAttributes({ 'http.status_code': 412, 'http.request_content_length_uncompressed': 1834, 'http.user_agent': 'azsdk-js-data-tables', 'kernedialog.verb': 'session.answer' });
  span.recordException(Object.assign(new Error(`StorageConflictError: session s-9f2c1a changed under ${ENTITY}`), { name: 'StorageConflictError' }));
  span.addEvent('answer read', { text: 'Læring for alle børn' });
  span.setStatus({ code: SpanStatusCode.ERROR, message: 'session s-9f2c1a' });
  span.end();
  await provider.forceFlush();
  return memory.spans.find((s) => s.name !== 'first')!;
}

describe('RedactingSpanProcessor', () => {
  for (const [what, order] of [
    ['before the exporter', (r: SpanProcessor, e: SpanProcessor) => [r, e]],
    ['after the exporter (it redacts while the span ends)', (r: SpanProcessor, e: SpanProcessor) => [e, r]],
  ] as const) {
    it(`leaves no key, address, body size, message or foreign event on a span, ${what}`, async () => {
      const span = await exported(order);
      assert.equal(span.name, 'PATCH http://127.0.0.1:10002/{id}/sessions(PartitionKey,RowKey)');
      assert.deepEqual(span.attributes, {
        'http.url': 'http://127.0.0.1:10002/{id}/sessions(PartitionKey,RowKey)',
        'http.target': '/{id}/sessions(PartitionKey,RowKey)',
        'http.method': 'PATCH',
        'http.status_code': 412,
        'kernedialog.verb': 'session.answer',
      });
      assert.deepEqual(span.status, { code: SpanStatusCode.ERROR });
      assert.deepEqual(
        span.events.map((e) => e.name),
        ['exception'],
      );
      const exception = span.events[0].attributes!;
      assert.equal(exception['exception.type'], 'StorageConflictError');
      assert.equal(exception['exception.message'], undefined);
      assert.match(String(exception['exception.stacktrace']), /^\s+at /);
      assert.doesNotMatch(JSON.stringify(span.events), /s-9f2c1a|p-3e8b77d2/);
      assert.deepEqual(span.links[0].attributes, { 'url.full': 'http://127.0.0.1:10002/{id}/sessions(PartitionKey,RowKey)' });
    });
  }
});
