import assert from 'node:assert/strict';
import { join } from 'node:path';
import { FileVault } from '../../storage/file-vault';
import { KeyVaultSecretVault } from '../../storage/key-vault-secret-vault';
import { newVaultName } from '../../storage/secret-vault';
import { secretVaultFor } from '../../storage/secret-vault-for';
import { tempKeyDir } from '../support/temp-vault';

describe('which vault the settings choose', () => {
  it('a folder "sessions" in KEY_DIR without KEY_VAULT_URL', async () => {
    const keyDir = tempKeyDir();
    const vault = secretVaultFor({ keyDir });
    assert.ok(vault instanceof FileVault);
    const name = newVaultName();
    await vault.put(name, Buffer.from('x'));
    assert.deepEqual(await new FileVault(join(keyDir, 'sessions')).get(name), Buffer.from('x'));
  });

  it('Key Vault with KEY_VAULT_URL (built without calling it)', () => {
    assert.ok(secretVaultFor({ keyDir: tempKeyDir(), keyVaultUrl: 'https://kd-prod.vault.azure.net/', azureClientId: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0' }) instanceof KeyVaultSecretVault);
  });

  it('names a fresh entry kd- and 32 hex digits, a valid Key Vault secret name, never twice', () => {
    const names = new Set(Array.from({ length: 1000 }, newVaultName));
    assert.equal(names.size, 1000);
    for (const name of names) assert.match(name, /^kd-[0-9a-f]{32}$/);
  });
});
