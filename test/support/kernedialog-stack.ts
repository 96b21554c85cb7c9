import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot, type RunningBot } from '../../bot/app';
import type { LogLine } from '../../config/log';
import { readOptions, type Options } from '../../config/options';
import { findFreePort } from '../../storage/azurite-child';
import { startPlayground, type RunningPlayground } from '../../scripts/playground-process';
import { PlaygroundClient } from './playground-client';
import { freshAccount, type Account } from './shared-azurite';
import { tempKeyDir } from './temp-vault';

export interface Stack {
  bot(): RunningBot;
  /** Stops the bot and starts a new process-equivalent on the same port, storage and keys. */
  restartBot(): Promise<RunningBot>;
  /** The block's own storage account. */
  azurite(): Account;
  playground(): PlaygroundClient;
  /** The settings the bot runs with: its ANONYMITY_KEY, its KEY_DIR (where FileVault keeps the session secrets). */
  options(): Options;
  logs: LogLine[];
}

/**
 * The whole thing for one describe block: a storage account of its own on the run's Azurite, the bot on a free port, and
 * (unless `playground: false`) the Agents Playground on another free port, with a websocket client.
 */
export function useStack(opts: { playground?: boolean; env?: Record<string, string>; now?: () => Date } = {}): Stack {
  let azurite: Account | undefined;
  let bot: RunningBot | undefined;
  let pg: RunningPlayground | undefined;
  let client: PlaygroundClient | undefined;
  const logs: LogLine[] = [];
  let options: Options | undefined;

  before(async function () {
    this.timeout(60_000);
    azurite = await freshAccount();
    options = readOptions({
      PORT: String(await findFreePort('127.0.0.1')),
      DEADLINE_CHECK_MS: '500',
      ANONYMITY_KEY: randomBytes(32).toString('base64'),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'kd-')),
      KEY_DIR: tempKeyDir(),
      LOG_LEVEL: 'debug',
      PROGRESS_EVERY_MS: '20',
      ...opts.env,
    });
    bot = await startBot(options, azurite.connectionString, (line) => logs.push(line), opts.now);
    if (opts.playground !== false) {
      pg = await startPlayground({ botUrl: bot.url, port: await findFreePort('127.0.0.1'), openBrowser: false, cwd: mkdtempSync(join(tmpdir(), 'kd-pg-')) });
      client = new PlaygroundClient(pg.url);
      await client.connect();
    }
  });

  after(async function () {
    this.timeout(30_000);
    client?.close();
    // The bot first: what it still sends after the last test (a result, a card update) reaches a
    // running Playground, instead of failing against a stopped one and retrying for seconds.
    await bot?.stop();
    await pg?.stop();
    await azurite?.release();
  });

  const must = <T>(x: T | undefined, what: string): T => {
    if (!x) throw new Error(`useStack(): ${what} is not running; use it inside tests and hooks.`);
    return x;
  };
  const restartBot = async () => {
    await must(bot, 'the bot').stop();
    bot = await startBot(must(options, 'options'), must(azurite, 'Azurite').connectionString, (line) => logs.push(line), opts.now);
    return bot;
  };
  return { restartBot, bot: () => must(bot, 'the bot'), azurite: () => must(azurite, 'Azurite'), playground: () => must(client, 'the Playground'), options: () => must(options, 'options'), logs };
}
