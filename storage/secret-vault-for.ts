import { join } from 'node:path';
import { FileVault } from './file-vault';
import { KeyVaultSecretVault } from './key-vault-secret-vault';
import type { SecretVault } from './secret-vault';

/**
 * The vault the settings choose: Azure Key Vault when KEY_VAULT_URL is set, otherwise a folder
 * `sessions` in KEY_DIR, beside the local anonymity key and away from the data (docs/security.md).
 *
 * @example secretVaultFor({ keyDir: '/home/mette/.config/kernedialog' }) // FileVault in …/kernedialog/sessions
 */
export function secretVaultFor(settings: { keyVaultUrl?: string; azureClientId?: string; keyDir: string }): SecretVault {
  return settings.keyVaultUrl ? KeyVaultSecretVault.connect(settings.keyVaultUrl, settings.azureClientId) : new FileVault(sessionsFolder(settings.keyDir));
}

/** Where FileVault keeps the session secrets under KEY_DIR. */
export function sessionsFolder(keyDir: string): string {
  return join(keyDir, 'sessions');
}
