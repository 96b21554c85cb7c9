import assert from 'node:assert/strict';
import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
import { azureCredential } from '../../config/azure-credential';
import { readOptions } from '../../config/options';
import { configuredStorage } from '../../storage/configured-storage';

const CLIENT_ID = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

/** Which credential the settings choose; what each asks the identity endpoint is in test/storage/table-client-identity.test.ts. */
describe('the credential for storage and Key Vault', () => {
  it('is the user-assigned identity AZURE_CLIENT_ID names, and nothing else, or DefaultAzureCredential without it', () => {
    assert.ok(azureCredential(CLIENT_ID) instanceof ManagedIdentityCredential);
    assert.ok(azureCredential() instanceof DefaultAzureCredential);
  });

  it('storage is the connection string, the account URL with the identity, or nothing (embedded Azurite)', () => {
    assert.equal(configuredStorage(readOptions({ AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' })), 'UseDevelopmentStorage=true');
    const user = configuredStorage(readOptions({ AZURE_STORAGE_ACCOUNT: 'kdprod', AZURE_CLIENT_ID: CLIENT_ID }));
    assert.ok(typeof user === 'object' && user.accountUrl === 'https://kdprod.table.core.windows.net' && user.credential instanceof ManagedIdentityCredential);
    const system = configuredStorage(readOptions({ AZURE_STORAGE_ACCOUNT_URL: 'https://kdprod.table.core.windows.net' }));
    assert.ok(typeof system === 'object' && system.credential instanceof DefaultAzureCredential);
    assert.equal(configuredStorage(readOptions({})), undefined);
  });
});
