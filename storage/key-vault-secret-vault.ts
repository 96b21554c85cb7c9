import { SecretClient } from '@azure/keyvault-secrets';
import { azureCredential } from '../config/azure-credential';
import { checkVaultName, isVaultName, VaultBusyError, type SecretVault, type VaultEntry } from './secret-vault';
import { statusCodeOf } from './storage-errors';
import { checkKeyVault } from './key-vault-check';

/** The calls this vault makes, so a test can stand in for the Microsoft cloud with sinon. */
export type SecretCalls = Pick<SecretClient, 'setSecret' | 'getSecret' | 'beginDeleteSecret' | 'purgeDeletedSecret' | 'listPropertiesOfSecrets' | 'listDeletedSecrets'>;

/** How often a delete is polled until Key Vault reports it done; the purge can only follow then. */
const DELETE_POLL_MS = 500;

/**
 * The vault in Azure Key Vault (KEY_VAULT_URL), reached as the app's managed identity
 * (docs/security.md, "Where the session secrets live"). Each session's secret is one Key Vault secret,
 * its value base64. Destroying deletes it and then purges it: a merely deleted secret can be
 * recovered for the vault's soft-delete retention days, which is exactly what forward secrecy
 * must not allow. The identity therefore needs the "Key Vault Secrets Officer" role (set, get, list,
 * delete, purge), and a vault with purge protection cannot be used: it keeps deleted secrets for
 * its retention days whatever we ask, and a purge it refuses is an error the retention sweep
 * reports every hour (docs/data.md, "Outside the tables").
 *
 * @example const vault = KeyVaultSecretVault.connect('https://kd-prod.vault.azure.net', process.env.AZURE_CLIENT_ID)
 */
export class KeyVaultSecretVault implements SecretVault {
  constructor(
    private readonly client: SecretCalls,
    private readonly url = 'the Key Vault',
  ) {}

  /**
   * The vault at `url`, reached as the app's identity (config/azure-credential.ts): the user-assigned
   * managed identity `managedIdentityClientId`, else the system-assigned one or `az login`.
   *
   * @example KeyVaultSecretVault.connect('https://kd-prod.vault.azure.net')
   */
  static connect(url: string, managedIdentityClientId?: string): KeyVaultSecretVault {
    return new KeyVaultSecretVault(new SecretClient(url, azureCredential(managedIdentityClientId)), url);
  }

  async put(name: string, secret: Buffer): Promise<void> {
    checkVaultName(name);
    await this.client.setSecret(name, secret.toString('base64'), { contentType: 'application/octet-stream;base64' });
  }

  async get(name: string): Promise<Buffer | undefined> {
    checkVaultName(name);
    try {
      const found = await this.client.getSecret(name);
      return found.value === undefined ? undefined : Buffer.from(found.value, 'base64');
    } catch (err) {
      if (statusCodeOf(err) === 404) return undefined; // never stored, deleted or purged
      throw err;
    }
  }

  async destroy(name: string): Promise<void> {
    checkVaultName(name);
    try {
      const deleting = await this.client.beginDeleteSecret(name, { intervalInMs: DELETE_POLL_MS });
      await deleting.pollUntilDone();
    } catch (err) {
      // 404: not there, or deleted already and waiting for its purge (a destroy cut short): purge it.
      if (statusCodeOf(err) !== 404) throw err;
    }
    try {
      await this.client.purgeDeletedSecret(name);
    } catch (err) {
      const status = statusCodeOf(err);
      if (status === 404) return; // purged already, or never stored
      // Key Vault may still be finishing the delete it reported done: the row or the listing keeps the name for the next sweep.
      if (status === 409) throw new VaultBusyError(`${this.url} is still deleting a session secret and refused its purge for now (409); the next retention sweep purges it.`, { cause: err });
      if (status === 403) {
        throw new Error(
          `${this.url} refused to purge a deleted session secret: give the app's identity the "Key Vault Secrets Officer" role, and use a vault without purge protection (it keeps deleted secrets for its retention days; docs/security.md).`,
          { cause: err },
        );
      }
      throw err;
    }
  }

  /**
   * The bot's own secrets (`kd-` names) in the vault, and those deleted but not yet purged, which
   * Key Vault could still recover: a purge refused with 409, or a destroy by a process that
   * stopped in between. Its age counts from its creation too: while a close destroys it, its
   * row still names it, so the sweep never races a destroy under way.
   *
   * @example await vault.list() // [{ name: 'kd-3f2a…', createdOn: 2027-03-01T09:00:00Z, leftover: false }]
   */
  async list(): Promise<VaultEntry[]> {
    const entries: VaultEntry[] = [];
    // An entry Key Vault gives no date for is never taken for an old one.
    for await (const secret of this.client.listPropertiesOfSecrets()) {
      if (isVaultName(secret.name) && secret.createdOn) entries.push({ name: secret.name, createdOn: secret.createdOn, leftover: false });
    }
    for await (const deleted of this.client.listDeletedSecrets()) {
      const { createdOn } = deleted.properties;
      if (isVaultName(deleted.name) && createdOn) entries.push({ name: deleted.name, createdOn, leftover: true });
    }
    return entries;
  }

  /** Signs in and lists one secret (key-vault-check.ts); a misconfiguration throws a ConfigError. */
  async check(): Promise<void> {
    await checkKeyVault(this.client, this.url);
  }
}
