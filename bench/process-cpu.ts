import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time of other processes on Linux, from /proc/<pid>/stat, so the bench can say how the
 * machine's cores were shared between the bot, Azurite and the bench client during a pass.
 * Elsewhere these return undefined and the report leaves the columns empty.
 */
const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux we run on (getconf CLK_TCK)

/**
 * User + system CPU of `pid` so far, ms; undefined when /proc cannot tell (not Linux, process gone).
 *
 * @example cpuMsOf(process.pid) // e.g. 1234
 */
export function cpuMsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND; // utime, stime
  } catch {
    return undefined; // no /proc (macOS, Windows) or the process has exited: no figure
  }
}

/**
 * The pid of this process's child whose command line contains `needle` (e.g. the Azurite
 * child that storage/azurite-process.ts started, which does not expose its pid).
 *
 * @example childPid('azurite') // 12345, or undefined
 */
export function childPid(needle: string): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return undefined; // no /proc: not Linux
  }
  for (const entry of entries) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(needle)) return Number(entry);
    } catch {
      // a process that ended while we looked, or one we may not read: not ours
    }
  }
  return undefined;
}

/**
 * Starts measuring: the returned function gives the CPU each named process (and, as `client`,
 * this one) used since, ms.
 *
 * @example
 * const stop = cpuMeter({ azurite: childPid('azurite') });
 * await work();
 * stop() // { azurite: 812, client: 230 }
 */
export function cpuMeter(pids: Record<string, number | undefined>): () => Record<string, number | undefined> {
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMsOf(pid)]));
  const selfBefore = process.cpuUsage();
  return () => {
    const out: Record<string, number | undefined> = {};
    for (const [name, pid] of Object.entries(pids)) {
      const [a, b] = [before[name], cpuMsOf(pid)];
      out[name] = a === undefined || b === undefined ? undefined : b - a;
    }
    const self = process.cpuUsage(selfBefore);
    out.client = (self.user + self.system) / 1000;
    return out;
  };
}
