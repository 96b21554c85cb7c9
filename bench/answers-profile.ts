import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCell } from './answers-run';
import { profileMarkdown, summarise } from './profile-summary';
import { startProfiledAzurite } from './profiled-azurite';

export const PROFILE_N = 2_000;
export const PROFILE_CONCURRENCY = 16;

/** The main thread's profile in `dir` (tsx's loader thread writes a second, smaller one). */
function mainThreadProfile(dir: string): string {
  const file = readdirSync(dir).find((f) => /\.0\.\d+\.cpuprofile$/.test(f));
  if (!file) throw new Error(`no main-thread .cpuprofile in ${dir}`);
  return join(dir, file);
}

/**
 * `npm run bench:answers -- --profile`: one pass of PROFILE_N answers at concurrency 16 with the
 * bot and Azurite each under `node --cpu-prof`, then where the time went in each, counted only
 * while the answers were being sent (not start-up). Writes `dir/bot`, `dir/azurite` (open the
 * .cpuprofile files in Chrome DevTools) and `dir/summary.md`. Profiling slows both processes, so
 * this run's rates are not the benchmark's.
 *
 * @example await profileRun('build/profile', 10)
 */
export async function profileRun(dir: string, sessions: number): Promise<void> {
  const botDir = join(dir, 'bot');
  const azuriteDir = join(dir, 'azurite');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(botDir, { recursive: true });
  mkdirSync(azuriteDir, { recursive: true });
  process.stderr.write(`bench:answers --profile: N=${PROFILE_N}, concurrency ${PROFILE_CONCURRENCY}…\n`);
  const cell = await runCell({ n: PROFILE_N, concurrency: PROFILE_CONCURRENCY, sessions, ceilings: [], naive: false, cpuProfDir: botDir, storage: () => startProfiledAzurite(azuriteDir) });
  const { fromUs, toUs } = cell.bot.window;
  const section = (title: string, file: string) => [`## ${title}`, '', `\`${file.replace(`${dir}/`, '')}\``, '', profileMarkdown(summarise(JSON.parse(readFileSync(file, 'utf8')), fromUs, toUs)), ''];
  const b = cell.bot;
  const md = [
    `# Profile: ${PROFILE_N} answers at concurrency ${PROFILE_CONCURRENCY} (both processes under --cpu-prof)`,
    '',
    `The answers were sent from ${fromUs} to ${toUs} µs (process.hrtime); only samples in that window count below.`,
    '',
    `${b.perSecond.toFixed(1)} answers/s, p50 ${b.p50.toFixed(0)} ms, p99 ${b.p99.toFixed(0)} ms; ${b.requestsPerAnswer.storage.toFixed(1)} storage requests per answer; ` +
      `CPU per answer: bot ${b.cpuMsPerAnswer.bot?.toFixed(1)} ms, Azurite ${b.cpuMsPerAnswer.azurite?.toFixed(1) ?? '–'} ms, bench client ${b.cpuMsPerAnswer.client?.toFixed(1)} ms.`,
    '',
    ...section('The bot', mainThreadProfile(botDir)),
    ...section("Azurite (a separate process; on Azure this work is the service's, not ours)", mainThreadProfile(azuriteDir)),
  ].join('\n');
  writeFileSync(join(dir, 'summary.md'), md + '\n');
  process.stdout.write(md + '\n' + `Wrote ${join(dir, 'summary.md')}\n`);
}
