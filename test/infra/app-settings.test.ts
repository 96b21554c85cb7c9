import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readOptions } from '../../config/options';
import { appSettings, codeOnly, moduleCalls, params, readInfra, type AppSetting } from './bicep-text';
import { PENDING_SETTINGS } from './pending';

const MAIN = readInfra('main.bicep');
const SETTINGS = appSettings(MAIN);
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT = '0b9e7c2d-5a4f-4d31-8e6b-3f1a9c2d7e50';

/** What App Service hands the app for a setting whose value Bicep computes at deployment. */
const DEPLOYED: Record<string, string> = {
  MicrosoftAppId: CLIENT,
  MicrosoftAppTenantId: TENANT,
  AZURE_CLIENT_ID: CLIENT,
  AZURE_STORAGE_ACCOUNT_URL: 'https://kernedialogabc.table.core.windows.net/',
  KEY_VAULT_URL: 'https://kerned-ses-abc.vault.azure.net/',
  // The Key Vault reference, resolved: the secret's value.
  ANONYMITY_KEY: randomBytes(32).toString('base64'),
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/',
  ALLOWED_TENANTS: TENANT,
};

/** A setting's value: a literal, a param's literal default, or what App Service would hand over. */
function deployedValue({ name, value }: AppSetting): string {
  const literal = /^'([^'$]*)'$/.exec(value);
  if (literal) return literal[1];
  const param = params(MAIN).find((p) => p.name === /^(?:string\()?(\w+)\)?$/.exec(value)?.[1]);
  const fromDefault = /^'([^']*)'$|^(\d+)$/.exec(param?.defaultValue ?? '');
  if (fromDefault) return fromDefault[1] ?? fromDefault[2];
  if (name in DEPLOYED) return DEPLOYED[name];
  throw new Error(`No deployed value for ${name} (${value}): add one to DEPLOYED.`);
}

const deployedEnv = () => Object.fromEntries(SETTINGS.map((s) => [s.name, deployedValue(s)]));

/** Runs readOptions on `env` and notes every variable it looks at. */
function readWatched(env: Record<string, string>): { read: Set<string>; error?: unknown } {
  const read = new Set<string>();
  const watched = new Proxy(env, {
    get: (target, key) => {
      if (typeof key === 'string') read.add(key);
      return target[key as string];
    },
  });
  try {
    readOptions(watched);
    return { read };
  } catch (error) {
    return { read, error };
  }
}

const setting = (name: string) => SETTINGS.find((s) => s.name === name);

describe('the app settings infra/main.bicep gives App Service', () => {
  it('are all read by config/options.ts, or are App Service platform settings', () => {
    const { read } = readWatched(deployedEnv());
    const unread = SETTINGS.map((s) => s.name).filter((n) => !read.has(n) && !/^(WEBSITE|SCM)_/.test(n) && !PENDING_SETTINGS.has(n));
    assert.deepEqual(unread, [], 'main.bicep sets variables the app never reads (a typo, or a name that changed)');
    assert.ok(SETTINGS.length >= 12, `found only ${SETTINGS.length} settings: is the appSettings list still readable?`);
  });

  it('list as PENDING only names config/options.ts does not read yet (take them out once it does)', () => {
    const { read } = readWatched(deployedEnv());
    const readNow = [...PENDING_SETTINGS.keys()].filter((n) => read.has(n));
    assert.deepEqual(readNow, [], 'config/options.ts reads these now: remove them from PENDING_SETTINGS in test/infra/pending.ts');
  });

  it('start the bot in production mode with nothing missing', () => {
    const env = deployedEnv();
    // Until point 3 lands, its variables' stand-ins take the place of what the identity replaces.
    for (const standIns of PENDING_SETTINGS.values()) Object.assign(env, standIns);
    const options = readOptions(env);
    assert.equal(options.production, true);
    assert.equal(options.appId, CLIENT);
    assert.equal(options.anonymityKey?.length, 32);
    assert.equal(options.keyVaultUrl, DEPLOYED.KEY_VAULT_URL);
    assert.equal(options.azureClientId, CLIENT);
    assert.deepEqual([...(options.allowedTenants ?? [])], [TENANT]);
    assert.deepEqual(options.retention, { defaultDays: 90, maxDays: 365, uninstallGraceDays: 30 });
    assert.equal(options.logLevel, 'info');
  });

  it('refuse to start when a required one is left out (the check above can fail)', () => {
    for (const name of ['ANONYMITY_KEY', 'MicrosoftAppTenantId']) {
      const env = { ...deployedEnv(), ...Object.assign({}, ...PENDING_SETTINGS.values()) } as Record<string, string>;
      delete env[name];
      assert.throws(() => readOptions(env), new RegExp(name));
    }
  });

  it('carry no secret: ANONYMITY_KEY is a Key Vault reference, and no password or account key is set', () => {
    const key = setting('ANONYMITY_KEY');
    assert.match(key?.value ?? '', /^'@Microsoft\.KeyVault\(SecretUri=\$\{keyVault\.outputs\.uri\}secrets\/\$\{anonymityKeySecretName\}\)'$/);
    const forbidden = ['MicrosoftAppPassword', 'AZURE_STORAGE_CONNECTION_STRING', 'STORAGE_CONNECTION_STRING'];
    assert.deepEqual(
      SETTINGS.filter((s) => forbidden.includes(s.name)),
      [],
    );
    for (const s of SETTINGS.filter((x) => /PASSWORD|SECRET|_KEY$/i.test(x.name))) {
      assert.match(s.value, /^'@Microsoft\.KeyVault\(/, `${s.name} must be a Key Vault reference`);
    }
  });

  it("set nothing that steps around the app's own rules", () => {
    // The App Service agent would send raw URLs, with conversation ids in them, to Application
    // Insights past the app's scrubbing; the others are for development and tests only.
    const forbidden = ['ApplicationInsightsAgent_EXTENSION_VERSION', 'XDT_MicrosoftApplicationInsights_Mode', 'ALLOW_EMBEDDED_STORAGE', 'BotOpenIdMetadata', 'PLAYGROUND', 'HOST'];
    assert.deepEqual(
      SETTINGS.filter((s) => forbidden.includes(s.name)).map((s) => s.name),
      [],
    );
  });

  it('keep the anonymity key and the session secrets in the two vaults docs/security.md describes', () => {
    const vault = (symbol: string) => moduleCalls(MAIN).find((c) => c.symbol === symbol)?.body ?? '';
    assert.match(vault('keyVault'), /purgeProtection: true/);
    assert.match(vault('keyVault'), /appRoleId: secretsUser/);
    assert.match(vault('sessionVault'), /purgeProtection: false/);
    assert.match(vault('sessionVault'), /appRoleId: secretsOfficer/);
    assert.match(MAIN, /var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'/, 'Key Vault Secrets User');
    assert.match(MAIN, /var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'/, 'Key Vault Secrets Officer');
    assert.equal(setting('KEY_VAULT_URL')?.value, 'sessionVault.outputs.uri');
  });
});

describe('the resources infra/ creates', () => {
  it('storage: no shared key, TLS 1.2, and the identity as Storage Table Data Contributor', () => {
    const storage = readInfra('modules/storage.bicep');
    assert.match(storage, /^\s*allowSharedKeyAccess: false$/m);
    assert.match(storage, /^\s*minimumTlsVersion: 'TLS1_2'$/m);
    assert.match(storage, /var tableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'/);
  });

  it('App Service: Linux, always on, health at /readyz, the production start, Key Vault references as the identity', () => {
    const site = readInfra('modules/app-service.bicep');
    for (const line of [
      "linuxFxVersion: 'NODE|${nodeVersion}'",
      'alwaysOn: true',
      "healthCheckPath: '/readyz'",
      "appCommandLine: 'node --enable-source-maps dist/scripts/serve.js'",
      'keyVaultReferenceIdentity: identityId',
      'httpsOnly: true',
      'reserved: true',
    ]) {
      assert.ok(site.includes(line), `modules/app-service.bicep lacks ${line}`);
    }
  });

  it('Azure Bot: the user-assigned identity, single tenant, Teams on, posting to /api/messages', () => {
    const bot = readInfra('modules/bot.bicep');
    for (const line of [
      "msaAppType: 'UserAssignedMSI'",
      'msaAppMSIResourceId: identityId',
      'msaAppTenantId: tenantId',
      "endpoint: 'https://${hostName}/api/messages'",
      "name: 'MsTeamsChannel'",
      'isEnabled: true',
    ]) {
      assert.ok(bot.includes(line), `modules/bot.bicep lacks ${line}`);
    }
    // The Bot Service's own Application Insights would record activities past the app's scrubbing.
    assert.doesNotMatch(codeOnly(bot), /developerAppInsight/);
  });
});
