/**
 * The bot as its own process, for the answers benchmark: `node --import tsx bench/bot-child.ts
 * <storage connection string>` with the bot's settings in the environment (anonymous auth, like
 * the Playground). Its own process so that its peak RSS and CPU are its own, not the bench
 * client's or Azurite's.
 *
 * Protocol on stdout: "ready <url> <rss bytes>" once it listens; then the bot's JSON log lines.
 * On SIGUSR2 it prints "snapshot <json>"; on SIGTERM it finishes its background work, prints
 * "usage <json>" and exits normally (so that `--cpu-prof` writes its profile). Both JSONs hold
 * its CPU time so far and its outgoing HTTP requests by host:port (storage, the Teams sink),
 * counted through Node's diagnostics channel, so nothing in the bot itself changes, and its
 * peak RSS and heap in use ("usage": after a full GC, i.e. what the run left behind).
 */
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { startBot } from '../bot/app';
import { readOptions } from '../config/options';

async function main(): Promise<void> {
  const connectionString = process.argv[2];
  if (!connectionString) throw new Error('usage: bot-child.ts <storage connection string>');
  const requests: Record<string, number> = {};
  subscribe('http.client.request.start', (message) => {
    const host = String((message as { request: ClientRequest }).request.getHeader('host'));
    requests[host] = (requests[host] ?? 0) + 1;
  });
  const now = () => {
    const u = process.resourceUsage();
    return { cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS, heapUsedMb: process.memoryUsage().heapUsed / 1024 / 1024, requests };
  };
  const bot = await startBot(readOptions(process.env), connectionString);
  process.stdout.write(`ready ${bot.url} ${process.memoryUsage().rss}\n`);
  process.on('SIGUSR2', () => process.stdout.write(`snapshot ${JSON.stringify(now())}\n`));
  process.once('SIGTERM', () => {
    void bot.stop().finally(() => {
      // With --expose-gc (bot-process.ts passes it), heapUsed is then what the run left behind, not garbage.
      (globalThis as { gc?: () => void }).gc?.();
      process.stdout.write(`usage ${JSON.stringify(now())}\n`, () => process.exit(0));
    });
  });
}

void main().catch((err) => {
  process.stderr.write(`bench/bot-child: ${(err as Error).stack}\n`);
  process.exit(1);
});
