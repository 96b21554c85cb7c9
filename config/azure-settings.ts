import { ConfigError } from './config-error';

/** How the bot signs in to the Bot Framework: with a secret (the two tenant kinds), or as a user-assigned managed identity. */
export type AppType = 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';

const APP_TYPES: readonly AppType[] = ['SingleTenant', 'MultiTenant', 'UserAssignedMSI'];

/** Where the storage account's table endpoints live in Azure's clouds (public, China, US Government). */
const TABLE_HOST = /^([a-z0-9]{3,24})\.table\.core\.(windows\.net|chinacloudapi\.cn|usgovcloudapi\.net)$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * MicrosoftAppType, case as botbuilder allows it; unset is SingleTenant (Azure creates no new multi-tenant bots).
 *
 * @example appTypeOf('userassignedmsi') // 'UserAssignedMSI'
 */
export function appTypeOf(value: string | undefined): AppType {
  if (value === undefined || value.trim() === '') return 'SingleTenant';
  const found = APP_TYPES.find((t) => t.toLowerCase() === value.trim().toLowerCase());
  if (!found) throw new ConfigError(`MicrosoftAppType must be ${APP_TYPES.join(', ')} or unset (SingleTenant), got "${value}". It is the "Type of App" on the Azure Bot's Configuration page.`);
  return found;
}

/**
 * What to say at start when the sign-in type looks like a leftover, or undefined. Before
 * MicrosoftAppType was read, every bot signed in as SingleTenant, so a MultiTenant beside a tenant
 * id is most likely one, and it now changes how the bot signs in.
 *
 * @example appTypeWarning({ production: true, appType: 'MultiTenant', appTenantId: 't' }) // 'MicrosoftAppType is MultiTenant, yet …'
 */
export function appTypeWarning(options: { production: boolean; appType: AppType; appTenantId: string }): string | undefined {
  if (!options.production || options.appType !== 'MultiTenant' || !options.appTenantId) return undefined;
  return 'MicrosoftAppType is MultiTenant, yet MicrosoftAppTenantId is set: if the Azure Bot is single tenant (every bot created since 2025 is), remove MicrosoftAppType or set it to SingleTenant, or sending to Teams fails';
}

/**
 * The variables production mode needs for the Bot Framework sign-in that `type` uses, when missing.
 * A managed identity has no password, and a password beside it would be ignored, so it is refused.
 *
 * @example botCredentialsMissing('UserAssignedMSI', '', '') // ['MicrosoftAppTenantId']
 */
export function botCredentialsMissing(type: AppType, password: string, tenantId: string): string[] {
  if (type === 'UserAssignedMSI' && password) {
    throw new ConfigError(
      'MicrosoftAppType=UserAssignedMSI signs in as the managed identity whose client id is MicrosoftAppId, so it takes no MicrosoftAppPassword: remove MicrosoftAppPassword, or set MicrosoftAppType=SingleTenant to sign in with the secret.',
    );
  }
  const missing = type === 'UserAssignedMSI' ? [] : [!password && 'MicrosoftAppPassword'];
  if (type !== 'MultiTenant') missing.push(!tenantId && 'MicrosoftAppTenantId');
  return missing.filter((m): m is string => !!m);
}

/**
 * The storage account's table endpoint for a managed identity, from AZURE_STORAGE_ACCOUNT_URL or
 * AZURE_STORAGE_ACCOUNT (its name); undefined when neither is set. Azurite on loopback (tests) may
 * carry its account as the path.
 *
 * @example storageAccountUrlOf({ AZURE_STORAGE_ACCOUNT: 'kdprod' }) // 'https://kdprod.table.core.windows.net'
 */
export function storageAccountUrlOf(env: NodeJS.ProcessEnv): string | undefined {
  const url = env.AZURE_STORAGE_ACCOUNT_URL?.trim();
  const name = env.AZURE_STORAGE_ACCOUNT?.trim();
  if (url && name) throw new ConfigError('Set either AZURE_STORAGE_ACCOUNT_URL or AZURE_STORAGE_ACCOUNT (the account name), not both.');
  if (name) {
    if (!/^[a-z0-9]{3,24}$/.test(name)) throw new ConfigError(`AZURE_STORAGE_ACCOUNT must be a storage account name (3–24 lower-case letters and digits), got "${name}".`);
    return `https://${name}.table.core.windows.net`;
  }
  return url ? tableEndpointOf(url) : undefined;
}

function tableEndpointOf(value: string): string {
  const hint = 'Set AZURE_STORAGE_ACCOUNT_URL to the account\'s Table service endpoint, https://<account>.table.core.windows.net (the storage account\'s "Endpoints" page in the Azure portal).';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`AZURE_STORAGE_ACCOUNT_URL must be a URL, got "${value}". ${hint}`);
  }
  const path = url.pathname.replace(/\/$/, '');
  const loopbackAccount = LOOPBACK.has(url.hostname) && /^\/[a-z0-9]{3,24}$/.test(path);
  if (url.protocol !== 'https:' || url.search || url.username || !(loopbackAccount || (TABLE_HOST.test(url.hostname) && path === ''))) {
    throw new ConfigError(`AZURE_STORAGE_ACCOUNT_URL must be an https Table service endpoint and nothing more, got "${value}". ${hint}`);
  }
  return `${url.origin}${path}`;
}

/**
 * The storage settings, refused when both kinds are set: which one was meant cannot be guessed.
 *
 * @example checkOneStorage('UseDevelopmentStorage=true', undefined) // fine
 */
export function checkOneStorage(connectionString: string | undefined, accountUrl: string | undefined): void {
  if (connectionString && accountUrl) {
    throw new ConfigError(
      'Set either AZURE_STORAGE_CONNECTION_STRING (an account key) or AZURE_STORAGE_ACCOUNT_URL / AZURE_STORAGE_ACCOUNT (the managed identity), not both. With a managed identity, remove the connection string.',
    );
  }
}

/**
 * ANONYMITY_KEY_SECRET_URL as a Key Vault secret identifier (https://<vault>/secrets/<name>[/<version>]).
 * Refused in the vault that holds the session secrets: they are wrapped under this key (docs/security.md).
 *
 * @example keySecretUrlOf('https://kd-keys.vault.azure.net/secrets/anonymity-key', undefined) // same URL
 */
export function keySecretUrlOf(value: string | undefined, sessionVaultUrl: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const hint = 'Set ANONYMITY_KEY_SECRET_URL to the secret\'s "Secret Identifier" in the Azure portal, https://<vault>.vault.azure.net/secrets/<name> (optionally /<version>).';
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new ConfigError(`ANONYMITY_KEY_SECRET_URL must be a URL, got "${value}". ${hint}`);
  }
  if (url.protocol !== 'https:' || url.search || url.username || !/^\/secrets\/[0-9A-Za-z-]{1,127}(\/[0-9a-f]{32})?\/?$/.test(url.pathname)) {
    throw new ConfigError(`ANONYMITY_KEY_SECRET_URL must be a Key Vault secret's https identifier, got "${value}". ${hint}`);
  }
  if (sessionVaultUrl && new URL(sessionVaultUrl).host === url.host) {
    throw new ConfigError(
      'ANONYMITY_KEY_SECRET_URL is in the vault KEY_VAULT_URL names: keep ANONYMITY_KEY in a different vault (purge protection on, read-only for the app), since the session secrets in KEY_VAULT_URL are wrapped under it (docs/security.md).',
    );
  }
  return `${url.origin}${url.pathname.replace(/\/$/, '')}`;
}
