import { statusCodeOf } from '../storage/storage-errors';
import type { AzureMonitorOpenTelemetryOptions } from '@azure/monitor-opentelemetry';
import { resourceFromAttributes } from '@opentelemetry/resources';
import type { Options } from './options';
import { RedactingSpanProcessor } from './redacting-span-processor';

export interface Telemetry {
  enabled: boolean;
  /** Sends what is still buffered; call it before the process exits. */
  shutdown(): Promise<void>;
}

const OFF: Telemetry = { enabled: false, shutdown: async () => {} };

/**
 * OpenTelemetry traces and metrics to Application Insights when APPLICATIONINSIGHTS_CONNECTION_STRING
 * is set; otherwise nothing: the SDK is not even loaded, and config/measures.ts calls the API's
 * no-ops. Start it before the bot's modules are imported (scripts/start.ts): the HTTP and Azure SDK
 * instrumentations hook modules as they load. `extra` is for tests (in-memory exporters).
 *
 * @example
 * const telemetry = await startTelemetry(readOptions());
 * const { startBot } = require('../bot/app') as typeof import('../bot/app');
 */
export async function startTelemetry(options: Pick<Options, 'telemetryConnectionString'>, extra: AzureMonitorOpenTelemetryOptions = {}): Promise<Telemetry> {
  const connectionString = options.telemetryConnectionString;
  if (!connectionString) return OFF;
  const { useAzureMonitor, shutdownAzureMonitor } = await import('@azure/monitor-opentelemetry');
  useAzureMonitor(azureMonitorOptions(connectionString, extra));
  // A module loaded before this point is hooked at its next require: require them now, so that a
  // start script that imported the bot first still traces HTTP and storage.
  for (const id of ['node:http', 'node:https', '@azure/core-tracing']) require(id);
  return {
    enabled: true,
    // Unreachable ingestion must not stop a shutdown: say so, and let the process end.
    shutdown: () => shutdownAzureMonitor().catch((err: unknown) => console.warn(`Telemetry: the last batch was not sent (${codeOf(err)}).`)),
  };
}

/** "ECONNREFUSED", "403": what went wrong, without the request the error carries. */
function codeOf(err: unknown): string {
  const { code } = (err ?? {}) as { code?: unknown };
  return String(code ?? statusCodeOf(err) ?? 'unknown');
}

/**
 * The distro's options: our redaction first among the span processors, only the instrumentations
 * this service uses, and no Live Metrics (docs/security.md, "Telemetry").
 *
 * @example useAzureMonitor(azureMonitorOptions('InstrumentationKey=…'))
 */
export function azureMonitorOptions(connectionString: string, extra: AzureMonitorOpenTelemetryOptions = {}): AzureMonitorOpenTelemetryOptions {
  const off = { enabled: false };
  return {
    ...extra,
    azureMonitorExporterOptions: { ...extra.azureMonitorExporterOptions, connectionString },
    resource: resourceFromAttributes({ 'service.name': 'kernedialog' }),
    // Live Metrics streams unsampled requests and exceptions by a second route; one route is enough.
    enableLiveMetrics: false,
    instrumentationOptions: { http: { enabled: true }, azureSdk: { enabled: true }, mongoDb: off, mySql: off, postgreSql: off, redis: off, redis4: off, bunyan: off, winston: off },
    spanProcessors: [new RedactingSpanProcessor(), ...(extra.spanProcessors ?? [])],
  };
}
