import type { Attributes, Link, SpanStatus } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor, TimedEvent } from '@opentelemetry/sdk-trace-base';
import { redactPath, redactUrl, redactUrlsIn } from './redact-url';

/** Attributes that hold a whole URL, and those that hold a path: kept as route templates only. */
const URL_KEYS = new Set(['http.url', 'url.full']);
const PATH_KEYS = new Set(['http.target', 'url.path', 'http.route']);

/**
 * Attributes a span may keep (docs/security.md, "Telemetry"). Anything else an instrumentation
 * adds is dropped: an allowlist, because a new attribute (a body size, a header, a client address)
 * must not reach Application Insights before someone has asked what it tells. A request's body
 * size, for one, is as long as the answer and the clicker's name together.
 */
const KEEP = new Set([
  // HTTP, old and new conventions: method, status, scheme, host and port.
  'http.method',
  'http.request.method',
  'http.status_code',
  'http.response.status_code',
  'http.status_text',
  'http.scheme',
  'url.scheme',
  'http.flavor',
  'network.protocol.version',
  'net.transport',
  'http.host',
  'server.address',
  'server.port',
  'net.peer.name',
  'net.peer.port',
  'net.host.name',
  'net.host.port',
  // Azure SDK spans: the service, and the random ids that match storage's own logs.
  'az.namespace',
  'requestId',
  'serviceRequestId',
  'az.client_request_id',
  'az.service_request_id',
  // What failed, by type and code location; never the message (below).
  'error.type',
  'exception.type',
  'exception.stacktrace',
  'exception.escaped',
  // Azure Monitor's own markers: sampling and its standard metrics.
  'microsoft.sample_rate',
  '_MS.ProcessedByMetricExtractors',
  ...URL_KEYS,
  ...PATH_KEYS,
]);

/** The fields of a finished span that this processor rewrites. */
interface Rewritable {
  name: string;
  status: SpanStatus;
  attributes: Attributes;
  events: TimedEvent[];
  links: Link[];
}

/**
 * Rewrites every span before any exporter sees it: URLs and paths become route templates,
 * attributes outside an allowlist go, exception messages go (ours name sessions and table keys),
 * and every other text has its URLs templated. Nothing names a person, a conversation or a row.
 *
 * @example useAzureMonitor({ spanProcessors: [new RedactingSpanProcessor()] })
 */
export class RedactingSpanProcessor implements SpanProcessor {
  onStart(): void {}

  /** The span is still open to changes here, and no other processor has seen its end yet. */
  onEnding(span: Span): void {
    redactSpan(span);
  }

  /**
   * Again, in case an SDK stops calling the experimental onEnding: this processor comes before the
   * exporter's, and redacting twice changes nothing.
   */
  onEnd(span: ReadableSpan): void {
    redactSpan(span);
  }

  async forceFlush(): Promise<void> {}
  async shutdown(): Promise<void> {}
}

/**
 * Redacts one span in place (see RedactingSpanProcessor).
 *
 * @example redactSpan(span) // span.attributes['url.full']: "https://a.table.core.windows.net/sessions(PartitionKey,RowKey)"
 */
export function redactSpan(span: ReadableSpan | Span): void {
  const s = span as unknown as Rewritable;
  s.name = redactName(s.name);
  if (s.status.message !== undefined) s.status = { code: s.status.code };
  redactAttributes(s.attributes);
  // Events other than exceptions become Application Insights messages named by the event: none are ours.
  s.events.splice(0, s.events.length, ...s.events.filter((e) => e.name === 'exception'));
  for (const event of s.events) if (event.attributes) redactAttributes(event.attributes);
  for (const link of s.links) if (link.attributes) redactAttributes(link.attributes);
}

function redactAttributes(attributes: Attributes): void {
  for (const key of Object.keys(attributes)) {
    const value = attributes[key];
    if (!KEEP.has(key) && !key.startsWith('kernedialog.')) delete attributes[key];
    else if (typeof value !== 'string') continue;
    else if (URL_KEYS.has(key)) attributes[key] = redactUrl(value);
    else if (PATH_KEYS.has(key)) attributes[key] = redactPath(value);
    else if (key === 'exception.stacktrace') attributes[key] = framesOnly(value);
    else attributes[key] = redactUrlsIn(value);
  }
}

/** A span name with its URLs and paths templated: "GET /v3/conversations/a:1…" → "GET /v3/conversations/{id}". */
function redactName(name: string): string {
  return redactUrlsIn(name).replace(/(^|\s)(\/\S*)/g, (_m, space: string, path: string) => space + redactPath(path));
}

/** A stack's "at …" lines: its first line repeats the message, which may name a session or a key. */
function framesOnly(stack: string): string {
  return stack
    .split('\n')
    .filter((line) => /^\s*at\s/.test(line))
    .map(redactUrlsIn)
    .join('\n');
}
