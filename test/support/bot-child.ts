/**
 * One bot process for multi-process tests: `tsx test/support/bot-child.ts <storage> <clockFile>`
 * with the bot's settings in the environment. Its clock is the ISO instant in `clockFile`, which
 * the test rewrites to move time for every process at once. It prints "ready <url>" when it
 * listens, then its log lines as JSON, and stops gracefully on SIGTERM (bot/stop-on-signals.ts). A line "check" on its stdin makes it
 * look twice more at deadlines and schedules and finish what that started, then print "checked".
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { startBot } from '../../bot/app';
import { readOptions } from '../../config/options';
import { stopOnSignals } from '../../bot/stop-on-signals';

async function main(): Promise<void> {
  const [connectionString, clockFile] = process.argv.slice(2);
  const now = () => new Date(readFileSync(clockFile, 'utf8').trim());
  const bot = await startBot(readOptions(process.env), connectionString, (line) => process.stdout.write(`${JSON.stringify(line)}\n`), now);
  process.stdout.write(`ready ${bot.url}\n`);
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() === 'check') void bot.checkAgain().then(() => process.stdout.write('checked\n'));
  });
  // As in production: a SIGTERM drains what is under way, then the process exits.
  stopOnSignals(() => bot.stop());
}

void main().catch((err) => {
  process.stderr.write(`bot-child: ${(err as Error).stack}\n`);
  process.exit(1);
});
