/**
 * The bot as its own process, for the answers benchmark: `node --import tsx bench/bot-child.ts
 * <storage connection string>` with the bot's settings in the environment (anonymous auth, like
 * the Playground). Its own process so that its peak RSS and CPU are its own, not the bench
 * client's or Azurite's.
 *
 * Protocol on stdout: "ready <url> <rss bytes>" once it listens; then the bot's JSON log lines.
 * On SIGUSR2 it prints "snapshot <json>"; on SIGTERM it finishes its background work, prints
 * "usage <json>" and exits normally (so that `--cpu-prof` writes its profile). Both JSONs hold
 * its CPU time so far and its outgoing HTTP requests by "host:port METHOD kind" (see kindOf),
 * counted through Node's diagnostics channel, so nothing in the bot itself changes, and its
 * peak RSS and heap in use ("usage": after a full GC, i.e. what the run left behind).
 */
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { startBot } from '../bot/app';
import { readOptions } from '../config/options';

/**
 * What a request is about, from its path, without ids: the row kind for a storage point request
 * (`sessions(PartitionKey='…',RowKey='gate%7C3')` → `row gate`), `query`, `$batch`, or the Teams
 * connector operation. Lets the report say which of an answer's requests are which.
 */
function kindOf(path: string): string {
  const row = /RowKey='([^']*)'/.exec(path)?.[1];
  // An empty RowKey is a TableStateStorage item (the team registry's row).
  if (row !== undefined) return `row ${decodeURIComponent(row).split('|')[0] || "''"}`;
  if (path.includes('$batch')) return '$batch';
  if (path.includes('$filter') || /\(\)/.test(path)) return 'query';
  if (path.includes('/v3/conversations')) return path.includes('/activities') ? 'teams activity' : 'teams conversation';
  return path.split('?')[0].split('/').slice(0, 3).join('/');
}

async function main(): Promise<void> {
  const connectionString = process.argv[2];
  if (!connectionString) throw new Error('usage: bot-child.ts <storage connection string>');
  const requests: Record<string, number> = {};
  subscribe('http.client.request.start', (message) => {
    const { request } = message as { request: ClientRequest };
    const key = `${String(request.getHeader('host'))} ${request.method} ${kindOf(request.path)}`;
    requests[key] = (requests[key] ?? 0) + 1;
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
