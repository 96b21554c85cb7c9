import { format } from 'node:util';

const METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/**
 * What the process writes through `console` (botbuilder prints its own errors there, outside our
 * logger), kept in `lines` instead of printed, until `restore()`. In production that output is
 * part of the logs an administrator reads, so the log scans read it too. Lines go into `lines`.
 */
export function captureConsole(lines: string[] = []): { lines: string[]; restore(): void } {
  const saved = METHODS.map((m) => [m, console[m]] as const);
  for (const m of METHODS) console[m] = (...args: unknown[]) => void lines.push(format(...args));
  return { lines, restore: () => saved.forEach(([m, fn]) => (console[m] = fn)) };
}
