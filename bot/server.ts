import * as restify from 'restify';
import type { CloudAdapter } from 'botbuilder';
import { errorFields, type Logger } from '../config/log';
import type { KernedialogBot } from './kernedialog-bot';

/** Bigger bodies than this are not answers; restify refuses them with 413 before any parsing. */
export const MAX_BODY_BYTES = 256 * 1024;

export function createServer(adapter: CloudAdapter, bot: KernedialogBot, log: Logger): restify.Server {
  const server = restify.createServer({ name: 'kernedialog', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { ok: true });
    return next();
  });
  server.post('/api/messages', async (req, res) => {
    try {
      await adapter.process(req, res, (ctx) => bot.run(ctx));
    } catch (err) {
      log.error('could not process an activity', errorFields(err));
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });
  return server;
}
