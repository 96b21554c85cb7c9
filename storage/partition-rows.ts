import type { TableClient, TransactionAction } from '@azure/data-tables';
import { statusCodeOf } from './storage-errors';

const BATCH = 100;
const PASSES = 5;

/**
 * Deletes every row of one partition whose RowKey `drop` accepts, in transactions of up to 100
 * (the batch limit), and returns how many it deleted. Safe to run on several instances at once:
 * a batch that meets a row another instance deleted first fails whole (404), so the partition is
 * listed again and the rest deleted on the next pass.
 *
 * @example await deleteRowsWhere(table, 'a1b2…', (key) => key !== 'session') // 23
 */
export async function deleteRowsWhere(table: TableClient, partition: string, drop: (rowKey: string) => boolean): Promise<number> {
  let deleted = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    const keys = (await rowKeysOf(table, partition)).filter(drop);
    try {
      for (let i = 0; i < keys.length; i += BATCH) {
        await table.submitTransaction(keys.slice(i, i + BATCH).map((rowKey): TransactionAction => ['delete', { partitionKey: partition, rowKey }]));
        deleted += Math.min(BATCH, keys.length - i);
      }
      return deleted;
    } catch (err) {
      if (statusCodeOf(err) !== 404) throw err;
    }
  }
  throw new Error(`deleteRowsWhere(): partition ${partition} kept changing under ${PASSES} passes; the next sweep tries again.`);
}

/** The RowKeys of one partition, and nothing else of its rows. */
async function rowKeysOf(table: TableClient, partition: string): Promise<string[]> {
  const keys: string[] = [];
  const filter = `PartitionKey eq '${partition.replace(/'/g, "''")}'`;
  for await (const row of table.listEntities({ queryOptions: { filter, select: ['RowKey'] } })) keys.push(String(row.rowKey));
  return keys;
}
