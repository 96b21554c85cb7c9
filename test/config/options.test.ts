import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { ConfigError, DEFAULTS, readOptions } from '../../config/options';

const KEY = randomBytes(32).toString('base64');
const PRODUCTION = {
  MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
  MicrosoftAppPassword: 'secret',
  MicrosoftAppTenantId: 'tenant',
  ANONYMITY_KEY: KEY,
  AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
};

describe('readOptions', () => {
  it('starts locally with no configuration at all: embedded storage and the Playground', () => {
    const o = readOptions({});
    assert.equal(o.port, DEFAULTS.port);
    assert.equal(o.playgroundPort, DEFAULTS.playgroundPort);
    assert.equal(o.playground, true);
    assert.equal(o.production, false);
    assert.equal(o.storageConnectionString, undefined);
  });

  it('reads PORT, PLAYGROUND=off and either storage variable', () => {
    assert.equal(readOptions({ PORT: '4000' }).port, 4000);
    assert.equal(readOptions({ PLAYGROUND: 'off' }).playground, false);
    assert.equal(readOptions({ STORAGE_CONNECTION_STRING: 'a' }).storageConnectionString, 'a');
    assert.equal(readOptions({ AZURE_STORAGE_CONNECTION_STRING: 'b', STORAGE_CONNECTION_STRING: 'a' }).storageConnectionString, 'b');
  });

  it('says which variable is wrong', () => {
    assert.throws(() => readOptions({ PORT: 'abc' }), /PORT must be a whole number/);
    assert.throws(() => readOptions({ ANONYMITY_KEY: 'c2hvcnQ=' }), /ANONYMITY_KEY must be 32 bytes/);
  });

  it('switches to production mode with an app id, and then never starts the Playground', () => {
    const o = readOptions(PRODUCTION);
    assert.equal(o.production, true);
    assert.equal(o.playground, false);
    assert.equal(o.anonymityKey?.length, 32);
  });

  it('refuses production mode without credentials or the anonymity key, naming them', () => {
    assert.throws(
      () => readOptions({ ...PRODUCTION, MicrosoftAppPassword: '' }),
      (err: unknown) => err instanceof ConfigError && /MicrosoftAppPassword/.test(err.message),
    );
    assert.throws(() => readOptions({ ...PRODUCTION, MicrosoftAppTenantId: undefined }), /MicrosoftAppTenantId/);
    assert.throws(() => readOptions({ ...PRODUCTION, ANONYMITY_KEY: undefined }), /ANONYMITY_KEY.*openssl rand -base64 32/);
  });

  it('refuses production mode on embedded storage unless ALLOW_EMBEDDED_STORAGE=1', () => {
    assert.throws(() => readOptions({ ...PRODUCTION, AZURE_STORAGE_CONNECTION_STRING: undefined }), /AZURE_STORAGE_CONNECTION_STRING/);
    assert.equal(readOptions({ ...PRODUCTION, AZURE_STORAGE_CONNECTION_STRING: undefined, ALLOW_EMBEDDED_STORAGE: '1' }).storageConnectionString, undefined);
  });

  it('reads ALLOWED_TENANTS as a set of lower-case ids, unset meaning every tenant', () => {
    assert.equal(readOptions({}).allowedTenants, undefined);
    assert.equal(readOptions({ ALLOWED_TENANTS: '  ' }).allowedTenants, undefined);
    assert.deepEqual([...readOptions({ ALLOWED_TENANTS: ' 72F988BF-86F1-41AF-91AB-2D7CD011DB47 ,contoso,,' }).allowedTenants!], ['72f988bf-86f1-41af-91ab-2d7cd011db47', 'contoso']);
    assert.deepEqual([...readOptions({ ...PRODUCTION, ALLOWED_TENANTS: 'tenant' }).allowedTenants!], ['tenant']);
    assert.throws(
      () => readOptions({ ALLOWED_TENANTS: ' , ,' }),
      (err: unknown) => err instanceof ConfigError && /ALLOWED_TENANTS lists no tenant id/.test(err.message),
    );
  });

  it('takes the Bot Framework signing keys from Microsoft unless BotOpenIdMetadata names https or loopback', () => {
    assert.equal(readOptions(PRODUCTION).botOpenIdMetadataUrl, 'https://login.botframework.com/v1/.well-known/openidconfiguration');
    assert.equal(
      readOptions({ ...PRODUCTION, BotOpenIdMetadata: 'http://127.0.0.1:4567/.well-known/openidconfiguration' }).botOpenIdMetadataUrl,
      'http://127.0.0.1:4567/.well-known/openidconfiguration',
    );
    assert.equal(readOptions({ BotOpenIdMetadata: 'https://keys.example.org/openid' }).botOpenIdMetadataUrl, 'https://keys.example.org/openid');
    assert.throws(() => readOptions({ ...PRODUCTION, BotOpenIdMetadata: 'http://keys.example.org/openid' }), /BotOpenIdMetadata must use https/);
    assert.throws(() => readOptions({ BotOpenIdMetadata: 'not a url' }), /BotOpenIdMetadata must be a URL/);
  });
});

describe('readOptions: retention (issue 6)', () => {
  it('keeps raw answers 90 days, lets teams choose up to 365, and deletes 30 days after an uninstall, unless told otherwise', () => {
    assert.deepEqual(readOptions({}).retention, { defaultDays: 90, maxDays: 365, uninstallGraceDays: 30 });
    assert.deepEqual(readOptions({ RETENTION_DAYS: '30', RETENTION_MAX_DAYS: '60', UNINSTALL_GRACE_DAYS: '0' }).retention, { defaultDays: 30, maxDays: 60, uninstallGraceDays: 0 });
    assert.equal(readOptions({ RETENTION_MAX_DAYS: '60' }).retention.defaultDays, 60, 'a lower ceiling lowers the default with it');
    assert.equal(readOptions({ RETENTION_CHECK_MS: '1000' }).retentionCheckMs, 1000);
    assert.equal(readOptions({ PROGRESS_EVERY_MS: '20' }).progressEveryMs, 20);
    assert.equal(readOptions({}).progressEveryMs, 1000);
  });

  it('refuses a retention below a week or above the ceiling, naming the variable', () => {
    assert.throws(
      () => readOptions({ RETENTION_DAYS: '3' }),
      (err: unknown) => err instanceof ConfigError && /RETENTION_DAYS must be from 7 to RETENTION_MAX_DAYS \(365\), got 3/.test(err.message),
    );
    assert.throws(() => readOptions({ RETENTION_DAYS: '100', RETENTION_MAX_DAYS: '90' }), /RETENTION_DAYS must be from 7 to RETENTION_MAX_DAYS \(90\)/);
    assert.throws(() => readOptions({ RETENTION_MAX_DAYS: '5' }), /RETENTION_MAX_DAYS must be at least 7/);
    assert.throws(() => readOptions({ UNINSTALL_GRACE_DAYS: 'snart' }), /UNINSTALL_GRACE_DAYS must be a whole number/);
  });

  it('keeps the session secrets in KEY_DIR unless KEY_VAULT_URL names a Key Vault, reached as AZURE_CLIENT_ID if given', () => {
    assert.equal(readOptions({}).keyVaultUrl, undefined);
    assert.equal(readOptions({ KEY_VAULT_URL: ' ' }).keyVaultUrl, undefined);
    const o = readOptions({ KEY_VAULT_URL: 'https://kd-prod.vault.azure.net/', AZURE_CLIENT_ID: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0' });
    assert.equal(o.keyVaultUrl, 'https://kd-prod.vault.azure.net/');
    assert.equal(o.azureClientId, '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0');
    assert.equal(readOptions({ KEY_VAULT_URL: 'https://kd-prod.vault.azure.net' }).keyVaultUrl, 'https://kd-prod.vault.azure.net/');
  });

  it("refuses a KEY_VAULT_URL that is not a vault's https address, saying where to find the right one", () => {
    for (const bad of ['kd-prod', 'http://kd-prod.vault.azure.net', 'https://kd-prod.vault.azure.net/secrets/x', 'https://kd-prod.vault.azure.net/?x=1']) {
      assert.throws(
        () => readOptions({ KEY_VAULT_URL: bad }),
        (err: unknown) => err instanceof ConfigError && /KEY_VAULT_URL must be/.test(err.message) && /Vault URI/.test(err.message) && /KEY_DIR\/sessions/.test(err.message),
        bad,
      );
    }
  });

  it('sends telemetry only when APPLICATIONINSIGHTS_CONNECTION_STRING is set, and refuses one without an instrumentation key', () => {
    const cs = 'InstrumentationKey=0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/';
    assert.equal(readOptions({}).telemetryConnectionString, undefined);
    assert.equal(readOptions({ APPLICATIONINSIGHTS_CONNECTION_STRING: '  ' }).telemetryConnectionString, undefined);
    assert.equal(readOptions({ APPLICATIONINSIGHTS_CONNECTION_STRING: ` ${cs} ` }).telemetryConnectionString, cs);
    for (const bad of ['0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0', 'IngestionEndpoint=https://x/', 'InstrumentationKey=abc']) {
      assert.throws(
        () => readOptions({ APPLICATIONINSIGHTS_CONNECTION_STRING: bad }),
        (err: unknown) => err instanceof ConfigError && /APPLICATIONINSIGHTS_CONNECTION_STRING must be the connection string/.test(err.message) && !err.message.includes(bad),
        bad,
      );
    }
  });
});

describe('readOptions: managed identity (issue 15)', () => {
  const MSI = { ...PRODUCTION, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppPassword: undefined };
  const configError = (pattern: RegExp) => (err: unknown) => err instanceof ConfigError && pattern.test(err.message);

  it('reaches storage by its Table endpoint instead of a key: AZURE_STORAGE_ACCOUNT_URL, or the account name in AZURE_STORAGE_ACCOUNT', () => {
    assert.equal(readOptions({}).storageAccountUrl, undefined);
    assert.equal(readOptions({ AZURE_STORAGE_ACCOUNT_URL: 'https://kdprod.table.core.windows.net/' }).storageAccountUrl, 'https://kdprod.table.core.windows.net');
    assert.equal(readOptions({ AZURE_STORAGE_ACCOUNT: 'kdprod' }).storageAccountUrl, 'https://kdprod.table.core.windows.net');
    assert.equal(readOptions({ AZURE_STORAGE_ACCOUNT_URL: 'https://127.0.0.1:10002/devstoreaccount1' }).storageAccountUrl, 'https://127.0.0.1:10002/devstoreaccount1', 'Azurite on loopback');
    const o = readOptions({ ...PRODUCTION, AZURE_STORAGE_CONNECTION_STRING: undefined, AZURE_STORAGE_ACCOUNT: 'kdprod' });
    assert.equal(o.production, true);
    assert.equal(o.storageConnectionString, undefined);
  });

  it('refuses an account key and an identity together, and an endpoint that is not a Table endpoint', () => {
    assert.throws(() => readOptions({ ...PRODUCTION, AZURE_STORAGE_ACCOUNT: 'kdprod' }), configError(/either AZURE_STORAGE_CONNECTION_STRING .* or AZURE_STORAGE_ACCOUNT_URL/));
    assert.throws(
      () => readOptions({ AZURE_STORAGE_ACCOUNT: 'kdprod', AZURE_STORAGE_ACCOUNT_URL: 'https://kdprod.table.core.windows.net' }),
      configError(/either AZURE_STORAGE_ACCOUNT_URL or AZURE_STORAGE_ACCOUNT/),
    );
    for (const bad of ['https://kdprod.blob.core.windows.net', 'http://kdprod.table.core.windows.net', 'https://kdprod.table.core.windows.net/sessions', 'kdprod', 'https://example.org']) {
      assert.throws(() => readOptions({ AZURE_STORAGE_ACCOUNT_URL: bad }), configError(/AZURE_STORAGE_ACCOUNT_URL must be .*https:\/\/<account>\.table\.core\.windows\.net/), bad);
    }
    assert.throws(() => readOptions({ AZURE_STORAGE_ACCOUNT: 'KD_Prod' }), configError(/AZURE_STORAGE_ACCOUNT must be a storage account name/));
    assert.throws(() => readOptions({ ...PRODUCTION, AZURE_STORAGE_CONNECTION_STRING: undefined }), configError(/set AZURE_STORAGE_ACCOUNT_URL .* or AZURE_STORAGE_CONNECTION_STRING/));
  });

  it('signs in to the Bot Framework as a user-assigned managed identity with no password (MicrosoftAppType=UserAssignedMSI)', () => {
    const o = readOptions(MSI);
    assert.equal(o.appType, 'UserAssignedMSI');
    assert.equal(o.appPassword, '');
    assert.equal(readOptions({ ...MSI, MicrosoftAppType: 'userassignedmsi' }).appType, 'UserAssignedMSI', 'case as botbuilder allows it');
    assert.equal(readOptions(PRODUCTION).appType, 'SingleTenant', 'unset: single tenant, as before');
    assert.throws(
      () => readOptions({ ...MSI, MicrosoftAppTenantId: undefined }),
      (err: unknown) => configError(/needs MicrosoftAppTenantId\./)(err) && !/MicrosoftAppPassword/.test((err as Error).message),
    );
  });

  it('refuses a password beside a managed identity, and an app type it does not know', () => {
    assert.throws(() => readOptions({ ...MSI, MicrosoftAppPassword: 'secret' }), configError(/UserAssignedMSI .* takes no MicrosoftAppPassword: remove MicrosoftAppPassword/));
    assert.throws(() => readOptions({ ...PRODUCTION, MicrosoftAppType: 'ManagedIdentity' }), configError(/MicrosoftAppType must be SingleTenant, MultiTenant, UserAssignedMSI or unset/));
    assert.throws(() => readOptions({ MicrosoftAppType: 'UserAssignedMSI' }), configError(/MicrosoftAppType is set but MicrosoftAppId is not/), 'never anonymous by a forgotten app id');
  });

  it('asks a multi-tenant bot for its password, not for a tenant id', () => {
    assert.equal(readOptions({ ...PRODUCTION, MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: undefined }).appType, 'MultiTenant');
    assert.throws(() => readOptions({ ...PRODUCTION, MicrosoftAppType: 'MultiTenant', MicrosoftAppPassword: undefined }), configError(/needs MicrosoftAppPassword\./));
  });

  it('takes the anonymity key from a Key Vault secret (ANONYMITY_KEY_SECRET_URL) instead of ANONYMITY_KEY', () => {
    const url = 'https://kd-keys.vault.azure.net/secrets/anonymity-key';
    const o = readOptions({ ...MSI, ANONYMITY_KEY: undefined, ANONYMITY_KEY_SECRET_URL: `${url}/` });
    assert.equal(o.anonymityKeySecretUrl, url);
    assert.equal(o.anonymityKey, undefined);
    assert.equal(readOptions({ ANONYMITY_KEY_SECRET_URL: `${url}/0123456789abcdef0123456789abcdef` }).anonymityKeySecretUrl, `${url}/0123456789abcdef0123456789abcdef`, 'a pinned version');
    assert.throws(() => readOptions({ ...MSI, ANONYMITY_KEY: undefined }), configError(/needs ANONYMITY_KEY \(or ANONYMITY_KEY_SECRET_URL\)/));
  });

  it("refuses the key secret in the session secrets' vault, beside ANONYMITY_KEY, or not a secret identifier", () => {
    assert.throws(
      () => readOptions({ ANONYMITY_KEY_SECRET_URL: 'https://kd-sessions.vault.azure.net/secrets/anonymity-key', KEY_VAULT_URL: 'https://kd-sessions.vault.azure.net' }),
      configError(/in the vault KEY_VAULT_URL names: keep ANONYMITY_KEY in a different vault .*docs\/security\.md/),
    );
    assert.throws(
      () => readOptions({ ...PRODUCTION, ANONYMITY_KEY_SECRET_URL: 'https://kd-keys.vault.azure.net/secrets/anonymity-key' }),
      configError(/either ANONYMITY_KEY or ANONYMITY_KEY_SECRET_URL/),
    );
    for (const bad of ['https://kd-keys.vault.azure.net', 'https://kd-keys.vault.azure.net/keys/anonymity-key', 'http://kd-keys.vault.azure.net/secrets/anonymity-key', 'anonymity-key']) {
      assert.throws(() => readOptions({ ANONYMITY_KEY_SECRET_URL: bad }), configError(/ANONYMITY_KEY_SECRET_URL must be .*Secret Identifier/), bad);
    }
  });

  it('says what to do when App Service left its Key Vault reference in ANONYMITY_KEY unresolved', () => {
    assert.throws(
      () => readOptions({ ...PRODUCTION, ANONYMITY_KEY: '@Microsoft.KeyVault(SecretUri=https://kd-keys.vault.azure.net/secrets/anonymity-key/)' }),
      configError(/could not resolve: give the app's identity the "Key Vault Secrets User" role/),
    );
  });
});

describe('readOptions: the shared send budget (issue 16)', () => {
  it('takes the number of instances that share the per-tenant limit, 3 unless told, at least 1', () => {
    assert.equal(readOptions({}).sendBudgetInstances, 3);
    assert.equal(readOptions({ SEND_BUDGET_INSTANCES: '2' }).sendBudgetInstances, 2);
    assert.throws(() => readOptions({ SEND_BUDGET_INSTANCES: '0' }), /SEND_BUDGET_INSTANCES must be from 1 to 20/);
    assert.equal(readOptions({ SEND_BUDGET_INSTANCES: '20' }).sendBudgetInstances, 20);
    assert.throws(() => readOptions({ SEND_BUDGET_INSTANCES: '51' }), /SEND_BUDGET_INSTANCES must be from 1 to 20 .*got 51/);
    assert.throws(() => readOptions({ SEND_BUDGET_INSTANCES: 'three' }), /SEND_BUDGET_INSTANCES must be a whole number/);
  });
});
