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

export function createLogger(name = 'kernedialog', level: Level = 'info', sink: Sink = stdoutSink, base: Record<string, unknown> = {}): Logger {
  const emit =
    (l: Level) =>
    (msg: string, fields: Record<string, unknown> = {}) => {
      if (ORDER[l] >= ORDER[level]) sink({ level: l, name, msg, ...base, ...fields });
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
  return err instanceof Error ? { err: err.message, code: (err as { statusCode?: unknown }).statusCode, stack: err.stack?.split('\n').slice(0, 4).join(' | ') } : { err: String(err) };
}
