import type { TokenCredential } from '@azure/identity';
import { SecretClient } from '@azure/keyvault-secrets';
import { ConfigError } from '../config/config-error';
import { azureFailureOf, SIGN_IN_HINT } from './azure-failures';

/**
 * Reads the anonymity key from the Key Vault secret `secretUrl` (ANONYMITY_KEY_SECRET_URL) as the
 * app's identity, once at start. That vault is not the session secrets' vault: it needs only
 * "Key Vault Secrets User" and keeps purge protection on (docs/security.md). A refusal or a
 * missing secret stops the start with what to change; nothing is ever generated in its place,
 * since a new key could not open the sessions the old one wrapped.
 *
 * @example await anonymityKeyFromKeyVault('https://kd-keys.vault.azure.net/secrets/anonymity-key', azureCredential(clientId)) // 32 bytes
 */
export async function anonymityKeyFromKeyVault(secretUrl: string, credential: TokenCredential): Promise<Buffer> {
  const url = new URL(secretUrl);
  const [, , name, version] = url.pathname.split('/');
  let value: string | undefined;
  try {
    value = (await new SecretClient(url.origin, credential).getSecret(name, version ? { version } : {})).value;
  } catch (err) {
    throw explained(err, url, name);
  }
  const key = Buffer.from(value ?? '', 'base64');
  if (key.length !== 32 || key.toString('base64') !== value?.trim()) {
    throw new ConfigError(`The secret at ANONYMITY_KEY_SECRET_URL (${secretUrl}) must hold 32 bytes, base64-encoded, as "openssl rand -base64 32" writes them.`);
  }
  return key;
}

function explained(err: unknown, url: URL, name: string): unknown {
  const vault = url.hostname.split('.')[0];
  switch (azureFailureOf(err)) {
    case 'sign-in':
      return new ConfigError(`could not sign in to ${url.origin} to read ANONYMITY_KEY_SECRET_URL as the app's identity: ${SIGN_IN_HINT}.`, { cause: err });
    case 'refused':
      return new ConfigError(
        `${url.origin} refused to let the app's identity read the anonymity key: give it the read-only "Key Vault Secrets User" role on that vault, and if the vault's firewall is on let the app through (docs/security.md).`,
        { cause: err },
      );
    case 'not-found':
      return new ConfigError(
        `There is no secret at ANONYMITY_KEY_SECRET_URL (${url.href}): copy the secret's "Secret Identifier" from the Azure portal, or create it once with: az keyvault secret set --vault-name ${vault} --name ${name} --value "$(openssl rand -base64 32)"`,
        { cause: err },
      );
    default:
      return err;
  }
}
