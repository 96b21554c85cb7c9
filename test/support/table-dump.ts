import { TableServiceClient, type TableEntityResult } from '@azure/data-tables';
import { fromJsonProperties } from '../../storage/entity-json';
import { tableClientFor } from '../../storage/table-client';

export type DumpedRow = TableEntityResult<Record<string, unknown>> & { table: string };

/** Every row of every table, as a storage administrator (or Azure Storage Explorer) sees them. */
export async function dumpAllTables(connectionString: string): Promise<DumpedRow[]> {
  const service = TableServiceClient.fromConnectionString(connectionString, { allowInsecureConnection: true });
  const rows: DumpedRow[] = [];
  for await (const table of service.listTables()) {
    for await (const entity of tableClientFor(connectionString, table.name!).listEntities<Record<string, unknown>>()) rows.push({ ...entity, table: table.name! });
  }
  return rows;
}

/** A row as one string a person could search: JSON columns parsed, so escaped æøå and ids count too. */
export function rowText(row: DumpedRow): string {
  const hasJson = Object.keys(row).some((k) => /^json\d*$/.test(k));
  const rest = Object.fromEntries(Object.entries(row).filter(([k]) => !/^json\d*$/.test(k)));
  return JSON.stringify({ ...rest, parsed: hasJson ? JSON.parse(fromJsonProperties(row)) : undefined });
}

/** The RowKeys of one session's partition, sorted, for before/after comparisons. */
export function partitionKeys(rows: readonly DumpedRow[], partition: string): string[] {
  return rows
    .filter((r) => r.table === 'sessions' && r.partitionKey === partition)
    .map((r) => String(r.rowKey))
    .sort();
}

/** A row's service stamp to the millisecond. Azurite's four digits below it are read from another
 *  clock and do not grow with time (they fell back once in a clean-clone run), so only these order. */
export function stampMillisecond(row: { timestamp?: string }): number {
  return Date.parse(String(row.timestamp).slice(0, 23) + 'Z');
}

/**
 * True when every sealed row was stamped in the same millisecond as the last open row or later,
 * and none kept an open row's stamp exactly: a row rewritten by the seal gets a new stamp.
 */
export function noneKeepsItsWriteTime(open: readonly { timestamp?: string }[], sealed: readonly { timestamp?: string }[]): boolean {
  const writtenAt = new Set(open.map((r) => String(r.timestamp)));
  const lastWritten = Math.max(...open.map(stampMillisecond));
  return sealed.every((r) => stampMillisecond(r) >= lastWritten && !writtenAt.has(String(r.timestamp)));
}
