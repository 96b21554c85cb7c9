import { TableServiceClient } from '@azure/data-tables';
import { startAzurite, type RunningAzurite } from '../../storage/azurite-process';

/** A storage account of its own, on the test run's shared in-memory Azurite. */
export interface Account {
  connectionString: string;
  /** Deletes the account's tables, so that the run's Azurite does not keep every file's data. */
  release(): Promise<void>;
}

/** Accounts per Azurite; when they are used up, the next block gets a new Azurite. */
const ACCOUNTS = 200;

let running: Promise<RunningAzurite> | undefined;
let given = 0;

/**
 * A fresh, empty account on a real Azurite that the whole test run shares. Starting Azurite costs
 * about half a second, once per describe block before; an account of its own keeps a block's
 * tables apart just as well. Azurite stops with the test process (see storage/azurite-process.ts).
 * Tests that stop or kill storage start their own Azurite; a test that slows it puts a SlowProxy
 * (slowedAccount() in slow-proxy.ts) in front of an account of its own.
 */
export async function freshAccount(): Promise<Account> {
  if (!running || given === ACCOUNTS) {
    given = 0;
    const names = Array.from({ length: ACCOUNTS }, (_, i) => `kdtest${String(i).padStart(3, '0')}`);
    running = startAzurite({ inMemory: true, accounts: names });
  }
  const name = `kdtest${String(given++).padStart(3, '0')}`;
  const connectionString = (await running).connectionStringFor(name);
  return { connectionString, release: () => deleteTables(connectionString) };
}

async function deleteTables(connectionString: string): Promise<void> {
  const service = TableServiceClient.fromConnectionString(connectionString, { allowInsecureConnection: true });
  for await (const table of service.listTables()) {
    if (table.name) await service.deleteTable(table.name);
  }
}
