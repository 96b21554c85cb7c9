import { anonymityKeyFromKeyVault } from '../storage/key-vault-anonymity-key';
import { azureCredential } from './azure-credential';
import { localAnonymityKey } from './local-key';
import type { Options } from './options';

/**
 * The 32-byte key that wraps the session secrets, from where the settings say: ANONYMITY_KEY,
 * a Key Vault secret (ANONYMITY_KEY_SECRET_URL) read as the app's identity, or outside
 * production the local key in KEY_DIR (docs/security.md, "Where the anonymity key lives").
 *
 * @example await anonymityKeyFor(readOptions({ ANONYMITY_KEY_SECRET_URL: 'https://kd-keys.vault.azure.net/secrets/anonymity-key' }))
 */
export async function anonymityKeyFor(options: Pick<Options, 'anonymityKey' | 'anonymityKeySecretUrl' | 'azureClientId' | 'dataDir' | 'keyDir'>): Promise<Buffer> {
  if (options.anonymityKey) return options.anonymityKey;
  if (options.anonymityKeySecretUrl) return anonymityKeyFromKeyVault(options.anonymityKeySecretUrl, azureCredential(options.azureClientId));
  return localAnonymityKey(options.dataDir, options.keyDir);
}
