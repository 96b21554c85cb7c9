import 'dotenv/config';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, readOptions } from '../config/options';
import { startTelemetry } from '../config/telemetry';
import { startAzurite } from '../storage/azurite-process';
import { configuredStorage } from '../storage/configured-storage';
import { startPlayground } from './playground-process';
import { stopOnSignals } from '../bot/stop-on-signals';

/** `npm start`: embedded Azurite (unless storage is configured), the bot, and the Agents Playground. */
async function main(): Promise<void> {
  const options = readOptions();
  // Before the bot's modules load, so that the instrumentations hook them (config/telemetry.ts).
  const telemetry = await startTelemetry(options);
  const { startBot } = require('../bot/app') as typeof import('../bot/app');
  const storage = configuredStorage(options);
  const azurite = storage ? undefined : await startAzurite({ location: join(options.dataDir, 'azurite') });
  if (azurite) console.log(`Embedded storage (Azurite) on port ${azurite.port}, data in ${join(options.dataDir, 'azurite')}`);
  const bot = await startBot(options, storage ?? azurite!.connectionString);
  const playground = options.playground ? await startPlayground({ botUrl: bot.url, port: options.playgroundPort, openBrowser: !!process.env.DISPLAY || process.platform !== 'linux' }) : undefined;
  // Where things run, for `npm run colleagues` (local only; the data folder is not committed).
  if (playground && azurite) writeFileSync(join(options.dataDir, 'endpoints.json'), JSON.stringify({ storage: azurite.connectionString, playground: playground.url }));
  console.log(`\nKernedialog is running: ${bot.url}/api/messages`);
  if (playground) {
    console.log(`Open the Agents Playground: ${playground.url}  (pick the team "Skovbakkeskolen, mellemtrinnet", channel "Kerneopgaven", and write: @Kernedialog start)`);
    console.log('When an exercise is open, let the five colleagues answer it with: npm run colleagues\n');
  }
  // One bad activity must never take the service down; say so loudly instead.
  process.on('unhandledRejection', (err) => console.error('Unhandled rejection (the service keeps running):', err));
  stopOnSignals(async () => {
    // The bot first: what it is still sending (a summary, a card update) reaches the Playground
    // and storage before they go, instead of failing and being retried until it gives up.
    await bot.stop();
    await playground?.stop();
    await azurite?.stop();
    await telemetry.shutdown();
  });
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? `Configuration problem: ${err.message}` : err);
  process.exit(1);
});
