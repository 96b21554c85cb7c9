import assert from 'node:assert/strict';
import { metrics, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { measureCardAction, measureError } from '../../config/measures';
import { RedactingSpanProcessor } from '../../config/redacting-span-processor';
import { azureMonitorOptions, startTelemetry } from '../../config/telemetry';

const CS = 'InstrumentationKey=0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/';

describe('startTelemetry', () => {
  it('does nothing at all without a connection string: no provider, no exporter, and the measures are no-ops', async () => {
    const meters = metrics.getMeterProvider();
    const tracer = trace.getTracer('kernedialog');
    const telemetry = await startTelemetry({});
    assert.equal(telemetry.enabled, false);
    assert.equal(metrics.getMeterProvider(), meters, 'no meter provider registered');
    assert.equal(tracer.startSpan('x').isRecording(), false, 'spans record nothing');
    measureCardAction('session.answer', 'saved', 12);
    measureError('turn', new Error('x'));
    await telemetry.shutdown();
  });
});

describe('azureMonitorOptions', () => {
  it('redacts first, runs only the instrumentations this service needs, and keeps Live Metrics off', () => {
    const mine = new SimpleSpanProcessor(new InMemorySpanExporter());
    const o = azureMonitorOptions(CS, { spanProcessors: [mine], samplingRatio: 1 });
    assert.equal(o.azureMonitorExporterOptions?.connectionString, CS);
    assert.ok(o.spanProcessors?.[0] instanceof RedactingSpanProcessor);
    assert.equal(o.spanProcessors?.[1], mine);
    assert.equal(o.enableLiveMetrics, false);
    assert.equal(o.samplingRatio, 1, "a test's extras pass through");
    const enabled = Object.entries(o.instrumentationOptions ?? {})
      .filter(([, c]) => c?.enabled)
      .map(([name]) => name);
    assert.deepEqual(enabled, ['http', 'azureSdk']);
    assert.equal(o.resource?.attributes['service.name'], 'kernedialog');
  });
});
