import { TableClient } from '@azure/data-tables';
import type { TokenCredential } from '@azure/identity';
import { measureStorage } from './measure-storage';
import { statusCodeOf } from './storage-errors';

/** A storage account reached as an Azure identity: its Table endpoint and the credential to sign in with. */
export interface TokenStorage {
  accountUrl: string;
  credential: TokenCredential;
}

/** Where the tables are: a connection string (an account key, or Azurite), or an account reached as an identity. */
export type TableStorage = string | TokenStorage;

// A participant waits on these calls inside Teams' 5 s invoke budget: fail fast and let the
// card say "prøv igen" rather than retrying for seconds. Background work re-runs on its own.
const RETRY = { maxRetries: 1, retryDelayInMs: 200, maxRetryDelayInMs: 500 };

/**
 * A TableClient for `tableName`. Azurite speaks plain http, and the SDK refuses to send a shared-key
 * signed request over http unless `allowInsecureConnection` is set, so we set it exactly when the
 * connection string's table endpoint (or protocol) is http — never for real https accounts. An
 * identity's token goes over https only (the SDK refuses anything else).
 *
 * @example tableClientFor({ accountUrl: 'https://kdprod.table.core.windows.net', credential: azureCredential() }, 'sessions')
 */
export function tableClientFor(storage: TableStorage, tableName: string): TableClient {
  if (typeof storage !== 'string') return new TableClient(storage.accountUrl, tableName, storage.credential, { retryOptions: RETRY, additionalPolicies: [measureStorage] });
  return TableClient.fromConnectionString(storage, tableName, { allowInsecureConnection: usesHttp(storage), retryOptions: RETRY, additionalPolicies: [measureStorage] });
}

/**
 * Where the storage is, said without its secret: the account URL, or the connection string's account name.
 *
 * @example storageName('DefaultEndpointsProtocol=https;AccountName=kdprod;AccountKey=…') // 'the storage account kdprod'
 */
export function storageName(storage: TableStorage): string {
  if (typeof storage !== 'string') return storage.accountUrl;
  const name = /(?:^|;)\s*AccountName=([^;]+)/i.exec(storage)?.[1];
  return name ? `the storage account ${name.trim()}` : 'the storage account';
}

function usesHttp(connectionString: string): boolean {
  const parts = new Map<string, string>();
  for (const part of connectionString.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) parts.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  if (parts.get('usedevelopmentstorage') === 'true') return true;
  const endpoint = parts.get('tableendpoint');
  if (endpoint !== undefined) return endpoint.toLowerCase().startsWith('http://');
  return parts.get('defaultendpointsprotocol')?.toLowerCase() === 'http';
}

/**
 * Creates the client's table if it does not exist. Only a 409 TableAlreadyExists is ignored; e.g.
 * 409 TableBeingDeleted, auth failures and connection errors still throw.
 * (The SDK's createTable already swallows TableAlreadyExists; we check again so this contract does
 * not silently depend on SDK internals.)
 */
export async function ensureTable(client: TableClient): Promise<void> {
  try {
    await client.createTable();
  } catch (err) {
    if (statusCodeOf(err) === 409 && String((err as Error).message).includes('TableAlreadyExists')) return;
    throw err;
  }
}
