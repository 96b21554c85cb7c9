import { ConfigError, type Options } from './options';

/**
 * The storage `npm run start:prod` uses: the configured account, never embedded Azurite. Azurite
 * is a development tool (a devDependency), so a production-only install does not have it; `npm
 * start` is the command that embeds it.
 *
 * @example servedStorage(readOptions({ AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' })) // 'UseDevelopmentStorage=true'
 */
export function servedStorage(options: Options): string {
  if (options.storageConnectionString) return options.storageConnectionString;
  throw new ConfigError(
    'npm run start:prod needs AZURE_STORAGE_CONNECTION_STRING: the connection string of your storage account (Azure portal: the storage account, "Access keys"). It does not start embedded storage (Azurite); for development, use npm start.',
  );
}
