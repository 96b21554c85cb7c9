import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { errorFields, type Logger } from '../config/log';
import { measureError } from '../config/measures';
import type { Options } from '../config/options';
import { productionAuthentication } from './authentication';

/**
 * CloudAdapter with JWT validation in production. With no app id (the Agents Playground, tests)
 * the adapter runs anonymously, as the Playground expects.
 */
export function createAdapter(options: Options, log: Logger): CloudAdapter {
  const auth = options.production ? productionAuthentication(options, log) : new ConfigurationBotFrameworkAuthentication({});
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (ctx, err) => {
    // One bad activity must never take the process down; log what happened, not who sent it.
    // `activityName`, not `name`: that field is the logger's own (it read "adaptiveCard/action" here).
    log.error('turn failed', { type: ctx.activity?.type, activityName: ctx.activity?.name, ...errorFields(err) });
    measureError('turn', err);
  };
  return adapter;
}
