import type { RunningBot } from '../bot/app';
import { stopOnSignals } from '../bot/stop-on-signals';
import { ConfigError, readOptions, type Options } from '../config/options';
import { startTelemetry } from '../config/telemetry';

type StartBot = typeof import('../bot/app').startBot;

/** What a start script started around the bot, and how to stop it once the bot has stopped. */
export interface Started {
  bot: RunningBot;
  stopAfterBot?: () => Promise<void>;
}

/**
 * The part `npm start` and `npm run start:prod` share: options, telemetry before the bot's modules
 * load, one bad activity never taking the service down, a clean stop on SIGTERM/SIGINT, and a
 * configuration problem said in one line. `start` chooses storage and what runs beside the bot.
 *
 * @example runBot(async (options, startBot) => ({ bot: await startBot(options, servedStorage(options)) }))
 */
export function runBot(start: (options: Options, startBot: StartBot) => Promise<Started>): void {
  run(start).catch((err) => {
    console.error(err instanceof ConfigError ? `Configuration problem: ${err.message}` : err);
    process.exit(1);
  });
}

async function run(start: (options: Options, startBot: StartBot) => Promise<Started>): Promise<void> {
  const options = readOptions();
  // Before the bot's modules load, so that the instrumentations hook them (config/telemetry.ts).
  const telemetry = await startTelemetry(options);
  const { startBot } = require('../bot/app') as typeof import('../bot/app');
  const { bot, stopAfterBot } = await start(options, startBot);
  // One bad activity must never take the service down; say so loudly instead.
  process.on('unhandledRejection', (err) => console.error('Unhandled rejection (the service keeps running):', err));
  // App Service and Container Apps stop a container with SIGTERM; a terminal with SIGINT. The bot
  // first: the turns under way finish, and what it is still sending reaches storage and the
  // Playground before they go.
  stopOnSignals(async () => {
    await bot.stop();
    await stopAfterBot?.();
    await telemetry.shutdown();
  });
}
