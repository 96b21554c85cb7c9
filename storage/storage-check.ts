import type { TableClient } from '@azure/data-tables';
import { ConfigError } from '../config/config-error';
import { azureFailureOf, SIGN_IN_HINT } from './azure-failures';
import { ensureTable, storageName, type TableStorage } from './table-client';

/**
 * The start's first call to storage (ensureTable), with a refused sign-in or key turned into what to
 * change: on Azure, a missing role or identity is the usual first-deploy mistake, and the SDK's
 * own 403 names neither. Anything else (storage down, say) is thrown as it was.
 *
 * @example await ensureTableAtStart(tableClientFor(storage, 'sessions'), storage)
 */
export async function ensureTableAtStart(client: TableClient, storage: TableStorage): Promise<void> {
  try {
    await ensureTable(client);
  } catch (err) {
    throw explained(err, storage);
  }
}

function explained(err: unknown, storage: TableStorage): unknown {
  const failure = azureFailureOf(err);
  const where = storageName(storage);
  if (typeof storage !== 'string') {
    if (failure === 'sign-in') return new ConfigError(`could not sign in to ${where} as the app's identity: ${SIGN_IN_HINT}.`, { cause: err });
    if (failure === 'refused') {
      return new ConfigError(
        `${where} refused the app's identity: give it the "Storage Table Data Contributor" role on the storage account (a new role can take some minutes to apply), and if the account's firewall is on let the app through; or set AZURE_STORAGE_CONNECTION_STRING instead of AZURE_STORAGE_ACCOUNT_URL (docs/security.md).`,
        { cause: err },
      );
    }
    return err;
  }
  if (failure === 'refused' || failure === 'sign-in') {
    return new ConfigError(
      `${where} refused the key in AZURE_STORAGE_CONNECTION_STRING: copy a current connection string from the account's "Access keys" page; if the account allows no shared key access, set AZURE_STORAGE_ACCOUNT_URL instead and give the app's identity the "Storage Table Data Contributor" role (docs/security.md).`,
      { cause: err },
    );
  }
  return err;
}
