import 'dotenv/config';
import { servedStorage } from '../config/served-storage';
import { runBot } from './run-bot';

/**
 * `npm run start:prod` (node dist/scripts/serve.js, after npm run build): the bot alone, as a
 * server runs it. Storage must be configured; no embedded Azurite, no Agents Playground, and
 * nothing from the devDependencies (README, "Production build").
 */
runBot(async (options, startBot) => {
  const bot = await startBot(options, servedStorage(options));
  console.log(`Kernedialog is running: ${bot.url}/api/messages`);
  return { bot };
});
