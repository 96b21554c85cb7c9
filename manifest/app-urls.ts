/** The developer page's addresses in the manifest, each from its own variable (manifest.template.json). */
export const URL_SETTINGS = ['TEAMS_APP_WEBSITE_URL', 'TEAMS_APP_PRIVACY_URL', 'TEAMS_APP_TERMS_URL'] as const;

export type UrlSetting = (typeof URL_SETTINGS)[number];

/** For a package that never leaves a developer's machine: a reserved domain that reaches nobody. */
export const LOCAL_URLS: Record<UrlSetting, string> = {
  TEAMS_APP_WEBSITE_URL: 'https://kernedialog.example',
  TEAMS_APP_PRIVACY_URL: 'https://kernedialog.example/privacy',
  TEAMS_APP_TERMS_URL: 'https://kernedialog.example/terms',
};

/** example.com, .net, .org and the .example domain, with their subdomains: placeholders, not anyone's page. */
const PLACEHOLDER_HOST = /(^|\.)(example|example\.(com|net|org))$/i;

/**
 * The website, privacy and terms addresses for the manifest. A package for a real bot (BOT_ID or
 * MicrosoftAppId set) needs all three, https and not a placeholder, since Teams shows them to every
 * user and admin who looks at the app; a local package falls back to LOCAL_URLS.
 *
 * @example appUrls({ TEAMS_APP_PRIVACY_URL: 'https://aarhus.dk/kernedialog/privatliv', … }, true).TEAMS_APP_PRIVACY_URL
 */
export function appUrls(env: Record<string, string | undefined>, forProduction: boolean): Record<UrlSetting, string> {
  const missing = URL_SETTINGS.filter((name) => !env[name]?.trim());
  if (forProduction && missing.length) {
    throw new Error(
      `A package for a real bot (BOT_ID or MicrosoftAppId is set) needs ${missing.join(', ')}: the https addresses of your organisation's page about Kernedialog, its privacy statement and its terms of use, which Teams shows on the app's details.`,
    );
  }
  const urls = { ...LOCAL_URLS };
  for (const name of URL_SETTINGS) {
    const value = env[name]?.trim();
    if (value) urls[name] = checked(name, value, forProduction);
  }
  return urls;
}

function checked(name: UrlSetting, value: string, forProduction: boolean): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an https address, got "${value}".`);
  }
  if (url.protocol !== 'https:') throw new Error(`${name} must be an https address, got "${value}".`);
  if (forProduction && PLACEHOLDER_HOST.test(url.hostname)) throw new Error(`${name} is a placeholder address ("${value}"); set it to your organisation's real page.`);
  return value;
}
