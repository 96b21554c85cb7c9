import { MEASURED, type Measured, type SizeResult, type Timed } from './ticks-run';

/** Each job's default interval (README, "Configuration"), as runs per instance per day. */
export const RUNS_PER_DAY: Partial<Record<Measured, number>> = { 'deadline watcher': 86_400 / 15, scheduler: 86_400 / 15, 'retention sweep': 24 };

const thousands = (n: number) => (n >= 1000 ? `${Math.round(n / 1000)}k` : String(n));
const rows = (n: number | undefined) => (n === undefined ? '?' : `${n} row${n === 1 ? '' : 's'}`);
const ms = (t: Timed | undefined) => (t === undefined || !Number.isFinite(t.ms) ? 'failed' : `${t.ms < 10 ? t.ms.toFixed(1) : Math.round(t.ms)} ms`);

/** One cell: time and rows read through the index, and for a scan how many rows Azure would examine. */
function cell(index: Timed | undefined, scan: Timed | undefined, tableRows: number): string {
  const scanned = scan ? ` (before: ${ms(scan)}, ${scan.scans > 0 ? `${thousands(scan.scans * tableRows)} rows examined` : rows(scan.rowsRead)})` : '';
  const failed = (index?.failed ?? 0) + (scan?.failed ?? 0);
  return `${ms(index)}, ${rows(index?.rowsRead)}${scanned}${failed ? `, ${failed} failed samples` : ''}`;
}

/** Storage requests per instance per day at the default intervals, from one tick's requests. */
export function requestsPerDay(result: SizeResult, which: 'scan' | 'index'): number {
  return Object.entries(RUNS_PER_DAY).reduce((sum, [name, runs]) => sum + (result[which][name as Measured]?.requests ?? 0) * runs!, 0);
}

/**
 * The report as markdown: one row per job or listing, one column per size, each cell the median
 * time and the rows read through the index, with the same question before the index beside it.
 *
 * @example reportTicks(results).join('\n')
 */
export function reportTicks(results: readonly SizeResult[]): string[] {
  const sizes = results.map((r) => thousands(r.filled.rows));
  const out = [`| tick or listing | ${sizes.join(' | ')} |`, `|---|${sizes.map(() => '---').join('|')}|`];
  for (const name of MEASURED) out.push(`| ${name} | ${results.map((r) => cell(r.index[name], r.scan[name], r.filled.rows)).join(' | ')} |`);
  out.push(`| first sweep after the migration (puts sessions off, once) | ${results.map((r) => (r.firstSweep ? ms(r.firstSweep) : 'not run')).join(' | ')} |`);
  out.push(`| migration (once) | ${results.map((r) => (r.migrationSeconds === undefined ? 'not run' : `${r.migrationSeconds.toFixed(1)} s`)).join(' | ')} |`);
  out.push('');
  out.push('| storage requests per day (default intervals) | ' + sizes.join(' | ') + ' |');
  out.push(`|---|${sizes.map(() => '---').join('|')}|`);
  for (const instances of [1, 3]) {
    out.push(
      `| ${instances} instance${instances > 1 ? 's' : ''}: index (before) | ${results
        .map((r) => `${Math.round(instances * requestsPerDay(r, 'index')).toLocaleString('en')} (${Math.round(instances * requestsPerDay(r, 'scan')).toLocaleString('en')})`)
        .join(' | ')} |`,
    );
  }
  return out;
}

/**
 * Whether time and rows read stayed flat (within ×2 from the smallest size to the largest) and
 * within ×3 of the point query, per job; reported, never enforced.
 */
export function flatness(results: readonly SizeResult[]): string[] {
  if (results.length < 2) return [];
  const [first, last] = [results[0], results[results.length - 1]];
  return MEASURED.filter((n) => n !== 'point query').map((name) => {
    const [a, b, point] = [first.index[name], last.index[name], last.index['point query']];
    const rowsFlat = a && b ? b.rowsRead <= Math.max(2 * a.rowsRead, a.rowsRead + 2) : false;
    const timeFlat = a && b ? b.ms <= 2 * a.ms : false;
    const nearPoint = b && point ? b.ms <= 3 * point.ms : false;
    return `${rowsFlat && timeFlat ? 'FLAT' : 'GROWS'} ${name}: ${ms(a)} → ${ms(b)}, rows ${a?.rowsRead} → ${b?.rowsRead}; ${nearPoint ? 'within' : 'beyond'} ×3 of the point query (${ms(point)})`;
  });
}
