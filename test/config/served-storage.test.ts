import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { ConfigError, readOptions } from '../../config/options';
import { servedStorage } from '../../config/served-storage';

describe('the storage npm run start:prod serves from', () => {
  const production = {
    MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
    MicrosoftAppPassword: 'pw',
    MicrosoftAppTenantId: 'tenant',
    ANONYMITY_KEY: randomBytes(32).toString('base64'),
  };

  it('is the configured connection string, under either name', () => {
    assert.equal(servedStorage(readOptions({ AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' })), 'UseDevelopmentStorage=true');
    assert.equal(servedStorage(readOptions({ ...production, STORAGE_CONNECTION_STRING: 'AccountName=kd' })), 'AccountName=kd');
  });

  it("is the account reached as the app's identity when AZURE_STORAGE_ACCOUNT_URL is set", () => {
    const storage = servedStorage(readOptions({ AZURE_STORAGE_ACCOUNT_URL: 'https://kdprod.table.core.windows.net', AZURE_CLIENT_ID: '00000000-0000-0000-0000-000000000001' }));
    assert.equal(typeof storage === 'object' && storage.accountUrl, 'https://kdprod.table.core.windows.net');
  });

  it('is never embedded Azurite, not even with ALLOW_EMBEDDED_STORAGE=1, and the error names the variable and npm start', () => {
    for (const env of [{}, { ...production, ALLOW_EMBEDDED_STORAGE: '1' }]) {
      assert.throws(
        () => servedStorage(readOptions(env)),
        (err: Error) => err instanceof ConfigError && /AZURE_STORAGE_ACCOUNT_URL.*AZURE_STORAGE_CONNECTION_STRING/.test(err.message) && /use npm start/.test(err.message),
      );
    }
  });
});
