import * as restify from 'restify';
import type { CloudAdapter } from 'botbuilder';
import { trace } from '@opentelemetry/api';
import { errorFields, withRequestId, type Logger } from '../config/log';
import { measureError } from '../config/measures';
import type { KernedialogBot } from './kernedialog-bot';
import { shapeProblem } from './activity-shape';
import { noteArrival, stampRequest } from './arrival';
import { openGate, type TurnGate } from './tenant-gate';
import type { Intake } from './intake';
import type { Readiness } from './readiness';

/** Bigger bodies than this are not answers; they are refused with 413 before any parsing. */
export const MAX_BODY_BYTES = 256 * 1024;

/** Seconds a client is told to wait while this instance stops; another instance takes the retry. */
export const STOPPING_RETRY_AFTER_S = 5;

/** What the edge needs besides the bot: the door for turns, the readiness check, and the tenant gate. */
export interface Edge {
  intake: Intake;
  ready: () => Promise<Readiness>;
  gate?: TurnGate;
}

// restify's body reader honours maxBodySize for JSON too; its type definitions just do not list it.
const JSON_OPTIONS = { maxBodySize: MAX_BODY_BYTES, mapParams: false } as unknown as Parameters<typeof restify.plugins.jsonBodyParser>[0];

/**
 * The HTTP edge: GET /healthz (the process is alive), GET /readyz (it can serve: storage answers,
 * the key is loaded, it is not stopping) and POST /api/messages. Once `edge.intake` is closed, new
 * activities get 503 with Retry-After before their body is read; turns under way finish.
 * Only plain JSON is accepted on /api/messages: Teams never compresses or uploads multipart to a
 * bot, and both would let a body grow past the limit (or onto disk) before auth.
 *
 * @example createServer(adapter, bot, log, { intake: new Intake(), ready, gate: tenantGate(allowed, log) }).listen(3978)
 */
export function createServer(adapter: CloudAdapter, bot: KernedialogBot, log: Logger, edge: Edge): restify.Server {
  const gate = edge.gate ?? openGate;
  const server = restify.createServer({ name: 'kernedialog', handleUncaughtExceptions: false });
  server.pre((req, _res, next) => {
    stampRequest(req);
    return next();
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { ok: true });
    return next();
  });
  server.get('/readyz', async (_req, res) => {
    const state = await edge.ready();
    res.send(state.ready ? 200 : 503, state);
  });
  const refuseWhileStopping = (_req: restify.Request, res: restify.Response, next: restify.Next): void => {
    if (edge.intake.open) return next();
    refuseStopping(res);
    return next(false);
  };
  server.post('/api/messages', refuseWhileStopping, refuseEncodedOrNonJson, restify.plugins.jsonBodyParser(JSON_OPTIONS), async (req, res) => withRequestId(req.getId(), () => onActivity(req, res)));

  async function onActivity(req: restify.Request, res: restify.Response): Promise<void> {
    // The same id on the request's span (when telemetry is on) leads from a log line to its trace.
    trace.getActiveSpan()?.setAttribute('kernedialog.request_id', req.getId());
    const problem = shapeProblem(req.body);
    if (problem) {
      res.send(400, { error: `The body is not a Bot Framework activity: ${problem}.` });
      return;
    }
    noteArrival(req.body, req);
    // Asked again here: the intake may have closed while the body was read.
    const turn = edge.intake.track(async () => {
      try {
        // The gate runs inside the adapter's turn, so only after the JWT has been checked.
        await adapter.process(req, res, (ctx) => gate(ctx, () => bot.run(ctx)));
      } catch (err) {
        log.error('could not process an activity', errorFields(err));
        measureError('http', err);
        if (!res.headersSent) res.send(500, { error: 'internal error' });
      }
    });
    if (turn) await turn;
    else refuseStopping(res);
  }
  return server;
}

/** 503 with Retry-After, and the connection closed after it, so a stopping server is not held open by keep-alive. */
function refuseStopping(res: restify.Response): void {
  res.header('Retry-After', String(STOPPING_RETRY_AFTER_S));
  res.header('Connection', 'close');
  res.send(503, { error: 'This instance is stopping; try again.' });
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
