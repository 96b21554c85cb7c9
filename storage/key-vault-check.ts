import type { SecretClient } from '@azure/keyvault-secrets';
import { ConfigError } from '../config/options';
import { azureFailureOf, SIGN_IN_HINT } from './azure-failures';
import { statusCodeOf } from './storage-errors';

const UNSET_HINT = 'or leave KEY_VAULT_URL unset to keep the session secrets in KEY_DIR/sessions';

/**
 * One cheap call at start, so a misconfigured Key Vault stops the start with what to change
 * instead of failing the first session: one page of one secret's properties, which signs in,
 * reaches the vault and may list (the retention sweep needs that). Whether the identity may also
 * purge is not probed: no call tells it without guessing at Key Vault's answers, and a wrong guess
 * would stop a bot that works. A refused purge is a warning at the first close, naming the role.
 *
 * @example await checkKeyVault(new SecretClient(url, credential), url) // throws ConfigError naming the setting
 */
export async function checkKeyVault(client: Pick<SecretClient, 'listPropertiesOfSecrets'>, url: string): Promise<void> {
  try {
    await client.listPropertiesOfSecrets().byPage({ maxPageSize: 1 }).next();
  } catch (err) {
    throw explained(err, url);
  }
}

/** The failure as what the operator should do, or as it was (with where) if it is not a setting's fault. */
function explained(err: unknown, url: string): Error {
  const status = statusCodeOf(err);
  const failure = azureFailureOf(err);
  if (failure === 'sign-in') {
    return new ConfigError(`could not sign in to ${url} as the app's identity: ${SIGN_IN_HINT}; ${UNSET_HINT}.`, { cause: err });
  }
  if (failure === 'refused') {
    return new ConfigError(
      `${url} refused the app's identity: give it the "Key Vault Secrets Officer" role on this vault (the read-only "Key Vault Secrets User" is not enough), use a vault without purge protection, and if the vault's firewall is on let the app through; ${UNSET_HINT} (docs/security.md).`,
      { cause: err },
    );
  }
  if (failure === 'not-found' || failure === 'unreachable') {
    return new ConfigError(
      `could not reach a Key Vault at ${url}: set KEY_VAULT_URL to the "Vault URI" on the vault's overview page in the Azure portal, and check that the app can reach it; ${UNSET_HINT}.`,
      { cause: err },
    );
  }
  return new Error(`checkKeyVault(): ${url} failed at start${status ? ` with ${status}` : ''}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
}
