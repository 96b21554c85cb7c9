import { statusCodeOf } from '../storage/storage-errors';
import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * A tiny structured logger: JSON lines, named children, and a sink tests can read.
 * Rule (docs/anonymity.md, rule 8; docs/security.md, "Secrets and user ids in logs"): never pass a user id together with session, answer or timing detail.
 */
export type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface LogLine {
  level: Level;
  name: string;
  msg: string;
  [key: string]: unknown;
}

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(name: string, fields?: Record<string, unknown>): Logger;
}

export type Sink = (line: LogLine) => void;

export const stdoutSink: Sink = (line) => process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...line })}\n`);

/** The correlation id of the request being handled, if any (withRequestId). */
const request = new AsyncLocalStorage<string>();

/**
 * Runs `work` so that every line logged inside it, and in work it starts (a follow-up, a card
 * update), carries `req: id`. The id is restify's per-request random UUID: it joins the lines of
 * one request and names nobody (docs/security.md, "Telemetry").
 *
 * @example await withRequestId(req.getId(), () => adapter.process(req, res, logic))
 */
export function withRequestId<T>(id: string, work: () => T): T {
  return request.run(id, work);
}

export function createLogger(name = 'kernedialog', level: Level = 'info', sink: Sink = stdoutSink, base: Record<string, unknown> = {}): Logger {
  const emit =
    (l: Level) =>
    (msg: string, fields: Record<string, unknown> = {}) => {
      if (ORDER[l] < ORDER[level]) return;
      const own = { level: l, name, msg, ...(request.getStore() === undefined ? {} : { req: request.getStore() }) };
      // Set again after the fields: a field called `name` (an activity's, say) must not rename the logger.
      const line: LogLine = Object.assign({ ...own, ...base, ...fields }, own);
      sink(line);
    };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    child: (child, fields = {}) => createLogger(`${name}:${child}`, level, sink, { ...base, ...fields }),
  };
}

/** An error as loggable fields: message and stack, never the request that caused it. */
export function errorFields(err: unknown): Record<string, unknown> {
  return err instanceof Error ? { err: err.message, code: statusCodeOf(err), stack: err.stack?.split('\n').slice(0, 4).join(' | ') } : { err: String(err) };
}
