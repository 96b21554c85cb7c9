import { metrics, SpanStatusCode, trace, type Counter, type Histogram, type MeterProvider, type Span } from '@opentelemetry/api';
import { statusCodeOf } from '../storage/storage-errors';

/**
 * What the bot measures, through the OpenTelemetry API. Without APPLICATIONINSIGHTS_CONNECTION_STRING
 * no SDK is registered and every call here is the API's no-op. Each label comes from a fixed set
 * (a route's verb, an outcome, a status), checked by `label`, so no value can carry a name, an id
 * or an answer (docs/security.md, "Telemetry").
 */
const SCOPE = 'kernedialog';

interface Instruments {
  cardAction: Histogram;
  storage: Histogram;
  sendWait: Histogram;
  sendRefused: Counter;
  errors: Counter;
}

/** Instruments made from a provider stay with it; the provider registered at start replaces the no-op one. */
let made: { provider: MeterProvider; instruments: Instruments } | undefined;

function instruments(): Instruments {
  const provider = metrics.getMeterProvider();
  if (made?.provider === provider) return made.instruments;
  const meter = provider.getMeter(SCOPE);
  const instruments = {
    cardAction: meter.createHistogram('kernedialog.card_action.duration', { unit: 'ms', description: 'Card actions (Action.Execute and Action.Submit) by verb and outcome, from arrival to answer.' }),
    storage: meter.createHistogram('kernedialog.storage.request.duration', { unit: 'ms', description: 'Table Storage requests (each try) by operation, table and status.' }),
    sendWait: meter.createHistogram('kernedialog.send.wait.duration', { unit: 'ms', description: "How long a proactive send waited for room under Teams' rate limits." }),
    sendRefused: meter.createCounter('kernedialog.send.refused', { description: 'Proactive sends Teams refused, by status (429 is throttling) and whether the queue tried again.' }),
    errors: meter.createCounter('kernedialog.errors', { description: 'Failures by where they happened and their type.' }),
  };
  made = { provider, instruments };
  return instruments;
}

/**
 * A value fit for a label: a word from a fixed vocabulary, or "other".
 *
 * @example label('session.answer') // 'session.answer'
 * @example label('Mette Holm') // 'other'
 */
export function label(value: unknown): string {
  return typeof value === 'string' && /^[A-Za-z][\w.:-]{0,39}$/.test(value) ? value : 'other';
}

/**
 * A click's verb, outcome and milliseconds, in the histogram and on the click's span.
 *
 * @example measureCardAction('session.answer', 'saved', 120)
 */
export function measureCardAction(verb: string, outcome: string, ms: number): void {
  instruments().cardAction.record(ms, { 'kernedialog.verb': label(verb), 'kernedialog.outcome': label(outcome) });
  recording()?.setAttribute('kernedialog.outcome', label(outcome));
}

/** @example measureStorageRequest('GET entity', 'sessions', 200, 8) */
export function measureStorageRequest(operation: string, table: string, status: number | 'network', ms: number): void {
  instruments().storage.record(ms, { 'kernedialog.operation': operation, 'kernedialog.table': label(table), 'kernedialog.status': String(status) });
}

/** @example measureSendWait(250) */
export function measureSendWait(ms: number): void {
  instruments().sendWait.record(ms);
}

/** @example measureSendRefused(429, true) */
export function measureSendRefused(status: number, retried: boolean): void {
  instruments().sendRefused.add(1, { 'kernedialog.status': String(status), 'kernedialog.retried': retried });
}

/**
 * Counts a failure, and marks the active span as failed, by the error's type alone: messages name
 * sessions and table keys.
 *
 * @example measureError('card action', err)
 */
export function measureError(where: 'turn' | 'card action' | 'follow-up' | 'background' | 'http', err: unknown): void {
  const type = errorType(err);
  instruments().errors.add(1, { 'kernedialog.where': where, 'error.type': type });
  recording()?.setStatus({ code: SpanStatusCode.ERROR }).setAttribute('error.type', type);
}

/** The active span if it is still open: work that outlives a click runs in the click's ended span. */
function recording(): Span | undefined {
  const span = trace.getActiveSpan();
  return span?.isRecording() ? span : undefined;
}

/** "RestError 412", "DeadlineError", "TypeError": a class name and a status, nothing from the message. */
function errorType(err: unknown): string {
  const name = err instanceof Error ? label(err.name === 'Error' ? err.constructor.name : err.name) : typeof err;
  const status = statusCodeOf(err);
  return status !== undefined ? `${name} ${status}` : name;
}

/**
 * Runs `work` inside a span of its own, ended when the work settles; the span is a child of the
 * HTTP request's, and storage calls made inside are its children.
 *
 * @example await inSpan('card session.answer', { 'kernedialog.verb': 'session.answer' }, async (span) => …)
 */
export async function inSpan<T>(name: string, attributes: Record<string, string>, work: (span: Span) => Promise<T>): Promise<T> {
  return trace.getTracer(SCOPE).startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (err) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.setAttribute('error.type', errorType(err));
      throw err;
    } finally {
      span.end();
    }
  });
}
