import diagnostics from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import sinon from 'sinon';
import { context, metrics, propagation, trace } from '@opentelemetry/api';
import { azureVmDetector } from '@opentelemetry/resource-detector-azure';
import { MetricReader, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { _getSdkInstance } from '@azure/monitor-opentelemetry';
import { startTelemetry, type Telemetry } from '../../config/telemetry';
import { findFreePort } from '../../storage/azurite-child';

/** Everything the SDK would export: finished spans, and the metrics read at the end. */
export interface Exported {
  spans: ReadableSpan[];
  metrics: ResourceMetrics[];
}

export interface TelemetryCapture {
  /** Waits for the spans still being exported, reads the metrics, and returns both. */
  collect(): Promise<Exported>;
  /** The host of every HTTP request the process made while telemetry ran. */
  hosts: string[];
}

/** A reader that hands over the metrics when asked, on no timer. */
class ReadOnDemand extends MetricReader {
  protected async onForceFlush(): Promise<void> {}
  protected async onShutdown(): Promise<void> {}
}

/**
 * The production telemetry (config/telemetry.ts: Azure Monitor's distro with our redaction) for
 * one describe block, started in its before() ahead of the bot, with an in-memory span exporter
 * and metric reader beside the Azure exporter. Use it before useProductionStack, so it starts
 * first. The cloud is kept out: the Azure exporter sends to a closed loopback port, Microsoft's
 * SDK statistics are off, and the Azure VM detector (which asks 169.254.169.254) is stubbed.
 */
export function useTelemetryCapture(): TelemetryCapture {
  const spans = new InMemorySpanExporter();
  const spanProcessor = new SimpleSpanProcessor(spans);
  const reader = new ReadOnDemand();
  const hosts: string[] = [];
  const onRequest = (message: unknown) => void hosts.push((message as { request: ClientRequest }).request.host);
  const env = { APPLICATION_INSIGHTS_NO_STATSBEAT: 'true', APPLICATIONINSIGHTS_SDKSTATS_DISABLED: 'true' };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  let telemetry: Telemetry | undefined;
  let vm: sinon.SinonStub | undefined;

  before(async () => {
    Object.assign(process.env, env);
    vm = sinon.stub(azureVmDetector, 'detect').returns({ attributes: {} });
    diagnostics.subscribe('http.client.request.start', onRequest);
    const ingestion = `https://127.0.0.1:${await findFreePort('127.0.0.1')}/`;
    telemetry = await startTelemetry(
      { telemetryConnectionString: `InstrumentationKey=0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0;IngestionEndpoint=${ingestion}` },
      // Every trace, not five a second: the scan must see all of them.
      { spanProcessors: [spanProcessor], metricReaders: [reader], tracesPerSecond: 0, samplingRatio: 1, azureMonitorExporterOptions: { disableOfflineStorage: true } },
    );
  });

  after(async () => {
    // The Azure exporter's last send meets the closed port; shutdown says so and resolves.
    await telemetry?.shutdown();
    // The distro leaves its hooks in http and the Azure SDK, and its providers registered: the
    // test files after this one run without them, as they would without telemetry.
    for (const instrumentation of (_getSdkInstance() as unknown as { _instrumentations?: { disable(): void }[] })?._instrumentations ?? []) instrumentation.disable();
    trace.disable();
    metrics.disable();
    context.disable();
    propagation.disable();
    diagnostics.unsubscribe('http.client.request.start', onRequest);
    vm?.restore();
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  });

  return {
    hosts,
    collect: async () => {
      await spanProcessor.forceFlush();
      const { resourceMetrics, errors } = await reader.collect();
      if (errors.length) throw new Error(`useTelemetryCapture(): reading the metrics failed: ${errors.join('; ')}`);
      return { spans: spans.getFinishedSpans(), metrics: [resourceMetrics] };
    },
  };
}
