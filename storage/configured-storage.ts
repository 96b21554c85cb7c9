import { azureCredential } from '../config/azure-credential';
import type { Options } from '../config/options';
import type { TableStorage } from './table-client';

/**
 * The storage the settings name: a connection string, or AZURE_STORAGE_ACCOUNT_URL reached as the
 * app's identity (AZURE_CLIENT_ID's, else the system-assigned one); undefined means embedded Azurite.
 *
 * @example configuredStorage(readOptions({ AZURE_STORAGE_ACCOUNT: 'kdprod' })) // { accountUrl: 'https://kdprod.table.core.windows.net', credential }
 */
export function configuredStorage(options: Pick<Options, 'storageConnectionString' | 'storageAccountUrl' | 'azureClientId'>): TableStorage | undefined {
  if (options.storageConnectionString) return options.storageConnectionString;
  if (options.storageAccountUrl) return { accountUrl: options.storageAccountUrl, credential: azureCredential(options.azureClientId) };
  return undefined;
}
