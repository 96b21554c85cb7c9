import 'dotenv/config';
import { stopOnSignals } from '../bot/stop-on-signals';
import { ConfigError, readOptions } from '../config/options';
import { servedStorage } from '../config/served-storage';
import { startTelemetry } from '../config/telemetry';

/**
 * `npm run start:prod` (node dist/scripts/serve.js, after npm run build): the bot alone, as a
 * server runs it. Storage must be configured; no embedded Azurite, no Agents Playground, and
 * nothing from the devDependencies (README, "Production build").
 */
async function main(): Promise<void> {
  const options = readOptions();
  // Before the bot's modules load, so that the instrumentations hook them (config/telemetry.ts).
  const telemetry = await startTelemetry(options);
  const { startBot } = require('../bot/app') as typeof import('../bot/app');
  const bot = await startBot(options, servedStorage(options));
  console.log(`Kernedialog is running: ${bot.url}/api/messages`);
  // One bad activity must never take the service down; say so loudly instead.
  process.on('unhandledRejection', (err) => console.error('Unhandled rejection (the service keeps running):', err));
  // App Service and Container Apps stop a container with SIGTERM; a terminal with SIGINT. The turns under way finish first.
  stopOnSignals(async () => {
    await bot.stop();
    await telemetry.shutdown();
  });
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? `Configuration problem: ${err.message}` : err);
  process.exit(1);
});
