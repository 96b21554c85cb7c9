import type { TableClient } from '@azure/data-tables';
import { decodeKey, encodeKey, isHashedKey } from './encode-key';
import { entitySizeBytes, fromJsonProperties, MAX_ENTITY_BYTES, toAsciiJson, toJsonProperties } from './entity-json';
import { statusCodeOf, StorageConflictError, StorageItemTooLargeError } from './storage-errors';
import { ensureTable, tableClientFor, type TableStorage } from './table-client';
import { prefixEnd } from './prefix-end';

/** Same shape as botbuilder's StoreItems; botbuilder itself is only imported under bot/. */
export type StoreItems = Record<string, any>;

/**
 * One entity per item, each in its own partition (PartitionKey = encoded key), so writes for
 * different conversations never contend on a partition. The RowKey is constant.
 */
const ROW_KEY = '';

/**
 * Azure Table Storage implementation of botbuilder's `Storage` interface (structurally), with the
 * semantics of botbuilder's MemoryStorage:
 * - read: missing keys are absent from the result; each item gets `eTag` from the entity's ETag.
 * - write: no eTag or `'*'` → unconditional upsert; otherwise only if the stored ETag still matches,
 *   else StorageConflictError (statusCode 412). If the item does not exist, it is created whatever
 *   its eTag (MemoryStorage does the same).
 * - delete: deleting a missing key is not an error.
 */
export class TableStateStorage {
  constructor(private readonly client: TableClient) {}

  /** Client for `tableName` in the given account (or Azurite), creating the table if needed. */
  static async create(storage: TableStorage, tableName = 'dialogstate'): Promise<TableStateStorage> {
    const client = tableClientFor(storage, tableName);
    await ensureTable(client);
    return new TableStateStorage(client);
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    await settleAll(
      keys.map(async (key) => {
        const item = await this.readOne(key);
        if (item !== undefined) items[key] = item;
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    await settleAll(Object.entries(changes).map(([key, item]) => this.writeOne(key, item)));
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    await settleAll(
      keys.map(async (key) => {
        try {
          await this.client.deleteEntity(encodeKey(key), ROW_KEY);
        } catch (err) {
          if (statusCodeOf(err) !== 404) throw err; // already gone is fine
        }
      }),
    );
  }

  /**
   * Every item whose key starts with `prefix`, by key, read with one range query. Keys too long
   * to store readably (hashed by encodeKey) cannot be listed back and are left out.
   *
   * @example await storage.list("team/") // { "team/19:abc@thread.skype": { installed: true, … } }
   */
  async list(prefix: string): Promise<StoreItems> {
    const from = encodeKey(prefix);
    const to = prefixEnd(from);
    const items: StoreItems = {};
    const filter = `PartitionKey ge '${from.replace(/'/g, "''")}' and PartitionKey lt '${to.replace(/'/g, "''")}'`;
    for await (const entity of this.client.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      const key = String(entity.partitionKey);
      if (isHashedKey(key)) continue;
      items[decodeKey(key)] = { ...(JSON.parse(fromJsonProperties(entity)) as StoreItems), eTag: entity.etag };
    }
    return items;
  }

  private async readOne(key: string): Promise<StoreItems | undefined> {
    let entity;
    try {
      entity = await this.client.getEntity<Record<string, unknown>>(encodeKey(key), ROW_KEY);
    } catch (err) {
      if (statusCodeOf(err) === 404) return undefined; // missing keys are simply absent
      throw err;
    }
    const item = JSON.parse(fromJsonProperties(entity)) as StoreItems;
    item.eTag = entity.etag;
    return item;
  }

  private async writeOne(key: string, item: StoreItems): Promise<void> {
    // The eTag lives in the entity's ETag, not in the stored JSON (a stored copy would go stale).
    const { eTag, ...rest } = item;
    const partitionKey = encodeKey(key);
    const props = toJsonProperties(toAsciiJson(rest));
    const size = entitySizeBytes(partitionKey, ROW_KEY, props);
    if (size > MAX_ENTITY_BYTES) throw new StorageItemTooLargeError(key, size, MAX_ENTITY_BYTES);
    const entity = { partitionKey, rowKey: ROW_KEY, ...props };

    if (!eTag || eTag === '*') {
      // "Replace" (not "Merge") so json0..N chunks from an earlier, larger version are dropped.
      await this.client.upsertEntity(entity, 'Replace');
      return;
    }
    try {
      await this.client.updateEntity(entity, 'Replace', { etag: String(eTag) });
      return;
    } catch (err) {
      if (statusCodeOf(err) === 412) throw new StorageConflictError(key, { cause: err });
      if (statusCodeOf(err) !== 404) throw err;
    }
    // Not stored (never, or deleted since it was read): MemoryStorage writes it anyway, so we
    // create it; if someone else created it in the meantime, that is a conflict after all.
    try {
      await this.client.createEntity(entity);
    } catch (err) {
      if (statusCodeOf(err) === 409) throw new StorageConflictError(key, { cause: err });
      throw err;
    }
  }
}

/**
 * Like Promise.all, but waits for every operation to finish before rethrowing the first failure,
 * so no request is still in flight (and possibly still writing) when the caller sees the error.
 */
async function settleAll(operations: Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(operations);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
