import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Level } from './log';
import { appTypeOf, botCredentialsMissing, checkOneStorage, keySecretUrlOf, storageAccountUrlOf, type AppType } from './azure-settings';
import { ConfigError } from './config-error';
import { DEFAULT_RETENTION, RETENTION_MIN_DAYS, type RetentionPolicy } from '../domain/retention/policy';

/** Everything the service reads from the environment, in one typed object, read in one place. */
export interface Options {
  port: number;
  host: string;
  playground: boolean;
  playgroundPort: number;
  /** Undefined, with no storageAccountUrl either, means "start embedded Azurite". */
  storageConnectionString?: string;
  /**
   * The storage account's Table endpoint (AZURE_STORAGE_ACCOUNT_URL, or from AZURE_STORAGE_ACCOUNT),
   * reached as the app's managed identity instead of an account key; never beside a connection string.
   */
  storageAccountUrl?: string;
  dataDir: string;
  /** Where the anonymity key outside production is kept (KEY_DIR): not in the data folder (config/local-key.ts). */
  keyDir: string;
  production: boolean;
  appId: string;
  appPassword: string;
  appTenantId: string;
  /** How the bot signs in to the Bot Framework (MicrosoftAppType): a secret, or the user-assigned managed identity MicrosoftAppId names. */
  appType: AppType;
  allowEmbeddedStorage: boolean;
  /** 32 bytes that wrap the per-session secrets; kept outside Table Storage. */
  anonymityKey?: Buffer;
  /** A Key Vault secret that holds the anonymity key (ANONYMITY_KEY_SECRET_URL), read at start as the app's identity. */
  anonymityKeySecretUrl?: string;
  /**
   * Azure Key Vault that holds each open session's secret (KEY_VAULT_URL); undefined keeps them
   * as files in KEY_DIR/sessions (storage/file-vault.ts, docs/security.md).
   */
  keyVaultUrl?: string;
  /** A user-assigned managed identity's client id for Key Vault and storage (AZURE_CLIENT_ID); undefined uses the system-assigned one. */
  azureClientId?: string;
  deadlineCheckMs: number;
  /** How often due check-in rounds and reminders are looked for. */
  scheduleCheckMs: number;
  logLevel: Level;
  /**
   * Tenant ids (lower case) whose activities are served; undefined serves every tenant. Checked
   * after the JWT, so in production the tenant is the one Teams vouched for.
   */
  allowedTenants?: ReadonlySet<string>;
  /** Where the Bot Framework's signing keys are published; a test points it at a loopback stand-in. */
  botOpenIdMetadataUrl: string;
  /** Raw answers kept after close (RETENTION_DAYS), the most a team may choose (RETENTION_MAX_DAYS), and the uninstall grace (UNINSTALL_GRACE_DAYS). */
  retention: RetentionPolicy;
  /** How often the retention sweep looks for what is due. */
  retentionCheckMs: number;
  /** How often a steady stream of answers redraws the shared card (PROGRESS_EVERY_MS); tests ask for less. */
  progressEveryMs: number;
  /**
   * Instances that share Teams' per-tenant limit (SEND_BUDGET_INSTANCES): normally they share it
   * through the `sendbudget` table, which leaves room for one send a second from each instance
   * that cannot reach storage (bot/tenant-budget.ts splitAcross).
   */
  sendBudgetInstances: number;
  /**
   * Application Insights (APPLICATIONINSIGHTS_CONNECTION_STRING): traces and metrics go there,
   * redacted (config/telemetry.ts, docs/security.md "Telemetry"); undefined sends none.
   */
  telemetryConnectionString?: string;
}

export const DEFAULTS = {
  port: 3978,
  host: '127.0.0.1',
  playgroundPort: 56150,
  dataDir: '.data',
  deadlineCheckMs: 15_000,
  scheduleCheckMs: 15_000,
  logLevel: 'info' as Level,
  /** Microsoft's OpenID configuration for tokens from the Bot Framework channel (Teams). */
  botOpenIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
  retention: DEFAULT_RETENTION,
  retentionCheckMs: 3_600_000,
  progressEveryMs: 1_000,
  sendBudgetInstances: 3,
};

export { ConfigError };

/**
 * Reads the options from `env`. Production mode (an app id is set) refuses to start without
 * credentials, an anonymity key, or with embedded storage unless ALLOW_EMBEDDED_STORAGE=1.
 *
 * @example readOptions({ PORT: '4000' }).port // 4000
 */
export function readOptions(env: NodeJS.ProcessEnv = process.env): Options {
  const appId = env.MicrosoftAppId?.trim() ?? '';
  const production = appId !== '';
  const storageConnectionString = env.AZURE_STORAGE_CONNECTION_STRING || env.STORAGE_CONNECTION_STRING || undefined;
  const storageAccountUrl = storageAccountUrlOf(env);
  checkOneStorage(storageConnectionString, storageAccountUrl);
  if (!production && env.MicrosoftAppType?.trim()) {
    throw new ConfigError("MicrosoftAppType is set but MicrosoftAppId is not: set MicrosoftAppId (with UserAssignedMSI, the identity's client id), or unset MicrosoftAppType to run locally.");
  }
  const keyVaultUrl = keyVaultUrlOf(env.KEY_VAULT_URL);
  const options: Options = {
    port: intOf(env.PORT, DEFAULTS.port, 'PORT'),
    host: env.HOST || (production ? '0.0.0.0' : DEFAULTS.host),
    playground: !production && env.PLAYGROUND !== 'off',
    playgroundPort: intOf(env.PLAYGROUND_PORT, DEFAULTS.playgroundPort, 'PLAYGROUND_PORT'),
    storageConnectionString,
    storageAccountUrl,
    dataDir: env.DATA_DIR || DEFAULTS.dataDir,
    keyDir: env.KEY_DIR || join(env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config'), 'kernedialog'),
    production,
    appId,
    appPassword: env.MicrosoftAppPassword ?? '',
    appTenantId: env.MicrosoftAppTenantId ?? '',
    appType: appTypeOf(env.MicrosoftAppType),
    allowEmbeddedStorage: env.ALLOW_EMBEDDED_STORAGE === '1',
    anonymityKey: keyOf(env.ANONYMITY_KEY),
    anonymityKeySecretUrl: keySecretUrlOf(env.ANONYMITY_KEY_SECRET_URL, keyVaultUrl),
    keyVaultUrl,
    azureClientId: env.AZURE_CLIENT_ID?.trim() || undefined,
    deadlineCheckMs: intOf(env.DEADLINE_CHECK_MS, DEFAULTS.deadlineCheckMs, 'DEADLINE_CHECK_MS'),
    scheduleCheckMs: intOf(env.SCHEDULE_CHECK_MS, DEFAULTS.scheduleCheckMs, 'SCHEDULE_CHECK_MS'),
    logLevel: (['debug', 'info', 'warn', 'error'].includes(env.LOG_LEVEL ?? '') ? env.LOG_LEVEL : DEFAULTS.logLevel) as Level,
    allowedTenants: tenantsOf(env.ALLOWED_TENANTS),
    botOpenIdMetadataUrl: openIdUrlOf(env.BotOpenIdMetadata),
    retention: retentionOf(env),
    retentionCheckMs: intOf(env.RETENTION_CHECK_MS, DEFAULTS.retentionCheckMs, 'RETENTION_CHECK_MS'),
    progressEveryMs: intOf(env.PROGRESS_EVERY_MS, DEFAULTS.progressEveryMs, 'PROGRESS_EVERY_MS'),
    sendBudgetInstances: instancesOf(env.SEND_BUDGET_INSTANCES),
    telemetryConnectionString: telemetryOf(env.APPLICATIONINSIGHTS_CONNECTION_STRING),
  };
  if (options.anonymityKey && options.anonymityKeySecretUrl) throw new ConfigError('Set either ANONYMITY_KEY or ANONYMITY_KEY_SECRET_URL (the Key Vault secret that holds it), not both.');
  if (production) checkProduction(options);
  return options;
}

function checkProduction(o: Options): void {
  const missing = botCredentialsMissing(o.appType, o.appPassword, o.appTenantId);
  if (!o.anonymityKey && !o.anonymityKeySecretUrl) missing.push('ANONYMITY_KEY (or ANONYMITY_KEY_SECRET_URL)');
  if (missing.length) {
    throw new ConfigError(
      `Production mode (MicrosoftAppId is set, MicrosoftAppType ${o.appType}) needs ${missing.join(', ')}. Set them in the environment or in .env; create ANONYMITY_KEY with: openssl rand -base64 32`,
    );
  }
  if (!o.storageConnectionString && !o.storageAccountUrl && !o.allowEmbeddedStorage) {
    throw new ConfigError(
      'Production mode needs real storage: set AZURE_STORAGE_ACCOUNT_URL (reached as the managed identity) or AZURE_STORAGE_CONNECTION_STRING to your storage account (or ALLOW_EMBEDDED_STORAGE=1 to use embedded Azurite anyway).',
    );
  }
}

function intOf(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${name} must be a whole number, got "${value}".`);
  return n;
}

/** The most instances the per-tenant split is proven for (bot/tenant-budget.ts splitAcross, tested up to 20). */
const INSTANCES_MAX = 20;

/** SEND_BUDGET_INSTANCES: at least one, since a share of 50/0 means nothing, and at most INSTANCES_MAX. */
function instancesOf(value: string | undefined): number {
  const n = intOf(value, DEFAULTS.sendBudgetInstances, 'SEND_BUDGET_INSTANCES');
  if (n < 1 || n > INSTANCES_MAX) {
    throw new ConfigError(`SEND_BUDGET_INSTANCES must be from 1 to ${INSTANCES_MAX} (the number of instances the app runs on, or its scale-out maximum), got ${n}.`);
  }
  return n;
}

/**
 * ALLOWED_TENANTS as a set of lower-case tenant ids, or undefined when it is not set.
 *
 * @example tenantsOf(' 72F988BF-86f1-41af-91ab-2d7cd011db47, contoso-tenant ') // Set { '72f988bf-86f1-41af-91ab-2d7cd011db47', 'contoso-tenant' }
 */
export function tenantsOf(value: string | undefined): ReadonlySet<string> | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const ids = value
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);
  // "ALLOWED_TENANTS=," would otherwise lock every team out, which is never what was meant.
  if (ids.length === 0) throw new ConfigError('ALLOWED_TENANTS lists no tenant id. Write the Microsoft 365 tenant ids to serve, separated by commas, or leave it unset to serve every tenant.');
  return new Set(ids);
}

/** The signing keys must come over https; plain http only on loopback, where a test serves them. */
function openIdUrlOf(value: string | undefined): string {
  if (!value) return DEFAULTS.botOpenIdMetadataUrl;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`BotOpenIdMetadata must be a URL, got "${value}". Leave it unset to use Microsoft's (${DEFAULTS.botOpenIdMetadataUrl}).`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new ConfigError(`BotOpenIdMetadata must use https (plain http only on 127.0.0.1 for tests), got "${value}". Leave it unset to use Microsoft's.`);
  }
  return value;
}

/** RETENTION_DAYS within [7, RETENTION_MAX_DAYS]: below a week is refused for teams too (domain/retention/policy.ts). */
function retentionOf(env: NodeJS.ProcessEnv): RetentionPolicy {
  const maxDays = intOf(env.RETENTION_MAX_DAYS, DEFAULTS.retention.maxDays, 'RETENTION_MAX_DAYS');
  const defaultDays = intOf(env.RETENTION_DAYS, Math.min(DEFAULTS.retention.defaultDays, maxDays), 'RETENTION_DAYS');
  if (maxDays < RETENTION_MIN_DAYS) throw new ConfigError(`RETENTION_MAX_DAYS must be at least ${RETENTION_MIN_DAYS}, got ${maxDays}.`);
  if (defaultDays < RETENTION_MIN_DAYS || defaultDays > maxDays) throw new ConfigError(`RETENTION_DAYS must be from ${RETENTION_MIN_DAYS} to RETENTION_MAX_DAYS (${maxDays}), got ${defaultDays}.`);
  return { defaultDays, maxDays, uninstallGraceDays: intOf(env.UNINSTALL_GRACE_DAYS, DEFAULTS.retention.uninstallGraceDays, 'UNINSTALL_GRACE_DAYS') };
}

/**
 * KEY_VAULT_URL as the vault's https address, e.g. https://kd-prod.vault.azure.net; unset or empty keeps the secrets in KEY_DIR.
 *
 * @example keyVaultUrlOf('https://kd-prod.vault.azure.net/') // 'https://kd-prod.vault.azure.net/'
 */
export function keyVaultUrlOf(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const hint =
    'Set KEY_VAULT_URL to the "Vault URI" on the Key Vault\'s overview page in the Azure portal (https://<name>.vault.azure.net), or leave it unset to keep the session secrets in KEY_DIR/sessions.';
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new ConfigError(`KEY_VAULT_URL must be a URL, got "${value}". ${hint}`);
  }
  if (url.protocol !== 'https:' || url.pathname.replace(/\/$/, '') !== '' || url.search || url.username) {
    throw new ConfigError(`KEY_VAULT_URL must be the vault's https address and nothing more, got "${value}". ${hint}`);
  }
  return url.toString();
}

/**
 * APPLICATIONINSIGHTS_CONNECTION_STRING as given, or undefined when unset: then no telemetry at all.
 *
 * @example telemetryOf('InstrumentationKey=0000…;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/') // the same string
 */
export function telemetryOf(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!/(^|;)\s*InstrumentationKey\s*=\s*[0-9a-f-]{36}\s*(;|$)/i.test(value)) {
    throw new ConfigError(
      'APPLICATIONINSIGHTS_CONNECTION_STRING must be the connection string from the Application Insights resource\'s Overview page (it starts with "InstrumentationKey=" and a GUID), or unset to send no telemetry.',
    );
  }
  return value.trim();
}

function keyOf(value: string | undefined): Buffer | undefined {
  if (!value) return undefined;
  if (value.startsWith('@Microsoft.KeyVault(')) {
    // App Service leaves a reference it could not resolve in place, literally.
    throw new ConfigError(
      'ANONYMITY_KEY is an App Service Key Vault reference that App Service could not resolve: give the app\'s identity the "Key Vault Secrets User" role on that vault (a user-assigned identity must also be the app\'s keyVaultReferenceIdentity), or use ANONYMITY_KEY_SECRET_URL instead.',
    );
  }
  const key = Buffer.from(value, 'base64');
  if (key.length !== 32) throw new ConfigError('ANONYMITY_KEY must be 32 bytes, base64-encoded; create one with: openssl rand -base64 32');
  return key;
}

export const newAnonymityKey = () => randomBytes(32);
