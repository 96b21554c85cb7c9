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
  return rows.filter((r) => r.table === 'sessions' && r.partitionKey === partition).map((r) => String(r.rowKey)).sort();
}
