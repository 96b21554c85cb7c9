import * as restify from 'restify';
import type { CloudAdapter } from 'botbuilder';
import { trace } from '@opentelemetry/api';
import { errorFields, withRequestId, type Logger } from '../config/log';
import { measureError } from '../config/measures';
import type { KernedialogBot } from './kernedialog-bot';
import { shapeProblem } from './activity-shape';
import { noteArrival, stampRequest } from './arrival';
import { openGate, type TurnGate } from './tenant-gate';

/** Bigger bodies than this are not answers; they are refused with 413 before any parsing. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * The HTTP edge. Only plain JSON is accepted on /api/messages: Teams never compresses or uploads
 * multipart to a bot, and both would let a body grow past the limit (or onto disk) before auth.
 */
// restify's body reader honours maxBodySize for JSON too; its type definitions just do not list it.
const JSON_OPTIONS = { maxBodySize: MAX_BODY_BYTES, mapParams: false } as unknown as Parameters<typeof restify.plugins.jsonBodyParser>[0];

export function createServer(adapter: CloudAdapter, bot: KernedialogBot, log: Logger, gate: TurnGate = openGate): restify.Server {
  const server = restify.createServer({ name: 'kernedialog', handleUncaughtExceptions: false });
  server.pre((req, _res, next) => {
    stampRequest(req);
    return next();
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { ok: true });
    return next();
  });
  server.post('/api/messages', refuseEncodedOrNonJson, restify.plugins.jsonBodyParser(JSON_OPTIONS), async (req, res) => withRequestId(req.getId(), () => onActivity(req, res)));

  async function onActivity(req: restify.Request, res: restify.Response): Promise<void> {
    // The same id on the request's span (when telemetry is on) leads from a log line to its trace.
    trace.getActiveSpan()?.setAttribute('kernedialog.request_id', req.getId());
    const problem = shapeProblem(req.body);
    if (problem) {
      res.send(400, { error: `The body is not a Bot Framework activity: ${problem}.` });
      return;
    }
    noteArrival(req.body, req);
    try {
      // The gate runs inside the adapter's turn, so only after the JWT has been checked.
      await adapter.process(req, res, (ctx) => gate(ctx, () => bot.run(ctx)));
    } catch (err) {
      log.error('could not process an activity', errorFields(err));
      measureError('http', err);
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  }
  return server;
}

function refuseEncodedOrNonJson(req: restify.Request, res: restify.Response, next: restify.Next): void {
  const encoding = req.header('content-encoding');
  const type = req.header('content-type') ?? '';
  if ((encoding && encoding !== 'identity') || !/^application\/json\b/i.test(type)) {
    res.send(415, { error: 'Send the activity as uncompressed application/json.' });
    return next(false);
  }
  return next();
}
