import { configuredStorage } from '../storage/configured-storage';
import type { TableStorage } from '../storage/table-client';
import { ConfigError, type Options } from './options';

/**
 * The storage `npm run start:prod` uses: the configured account (a connection string, or
 * AZURE_STORAGE_ACCOUNT_URL as the app's identity), never embedded Azurite. Azurite is a
 * development tool (a devDependency), so a production-only install does not have it; `npm start`
 * is the command that embeds it.
 *
 * @example servedStorage(readOptions({ AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' })) // 'UseDevelopmentStorage=true'
 */
export function servedStorage(options: Pick<Options, 'storageConnectionString' | 'storageAccountUrl' | 'azureClientId'>): TableStorage {
  const storage = configuredStorage(options);
  if (storage) return storage;
  throw new ConfigError(
    'the production start needs its storage account: set AZURE_STORAGE_ACCOUNT_URL (https://<account>.table.core.windows.net, reached as the app\'s managed identity, which needs "Storage Table Data Contributor") or AZURE_STORAGE_CONNECTION_STRING (the storage account\'s "Access keys" in the Azure portal). It does not start embedded storage (Azurite); for development, use npm start.',
  );
}
