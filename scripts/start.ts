import 'dotenv/config';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../storage/azurite-process';
import { configuredStorage } from '../storage/configured-storage';
import { startPlayground } from './playground-process';
import { runBot } from './run-bot';

/** `npm start`: embedded Azurite (unless storage is configured), the bot, and the Agents Playground. */
runBot(async (options, startBot) => {
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
  return {
    bot,
    stopAfterBot: async () => {
      await playground?.stop();
      await azurite?.stop();
    },
  };
});
