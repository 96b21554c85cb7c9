import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppManifestUtils, type TeamsManifestV1D20 } from '@microsoft/app-manifest';
import { PNG } from 'pngjs';
import { appUrls } from './app-urls';

/** The manifest shape for the pinned schema version (see manifest.template.json). */
export type KernedialogManifest = TeamsManifestV1D20.TeamsManifestV1D20;

export const MANIFEST_DIR = __dirname;
export const TEMPLATE_PATH = path.join(MANIFEST_DIR, 'manifest.template.json');

/** Fixed ids used for local development when no env var is set. Not registered anywhere. */
export const DEV_TEAMS_APP_ID = '6d3c1f0a-4b2e-4e8f-9a1d-2c7b5e0f8a41';
export const DEV_BOT_ID = '0b9e7c2d-5a4f-4d31-8e6b-3f1a9c2d7e50';

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
/** Only schemas bundled in @microsoft/app-manifest are accepted, so validation never hits the network. */
const BUNDLED_SCHEMA = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/v1\.\d+\/MicrosoftTeams\.schema\.json$/;

export interface ResolvedIds {
  appId: string;
  botId: string;
}

type Env = Record<string, string | undefined>;

function pick(env: Env, names: string[]): { name: string; value: string } | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return undefined;
}

function guidFrom(env: Env, names: string[], fallback: string): string {
  const found = pick(env, names);
  if (!found) return fallback;
  if (!GUID.test(found.value)) {
    throw new Error(`${found.name} must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), got "${found.value}". ` + `Set ${found.name} to a valid GUID, or unset it to use the dev default.`);
  }
  return found.value.toLowerCase();
}

/** Resolves the Teams app id (TEAMS_APP_ID) and bot id (BOT_ID, else MicrosoftAppId). Throws on non-GUIDs. */
export function resolveIds(env: Env = process.env): ResolvedIds {
  return {
    appId: guidFrom(env, ['TEAMS_APP_ID'], DEV_TEAMS_APP_ID),
    botId: guidFrom(env, ['BOT_ID', 'MicrosoftAppId'], DEV_BOT_ID),
  };
}

/**
 * Whether the package is for a real bot (BOT_ID or MicrosoftAppId set), which needs real addresses (app-urls.ts).
 *
 * @example isProductionPackage({ MicrosoftAppId: '0b9e7c2d-…' }) // true
 */
export function isProductionPackage(env: Env): boolean {
  return pick(env, ['BOT_ID', 'MicrosoftAppId']) !== undefined;
}

/**
 * Reads the template and substitutes ${{TEAMS_APP_ID}}, ${{BOT_ID}} and the developer page's
 * addresses (app-urls.ts). No side effects besides reading the template.
 *
 * @example buildManifest({ TEAMS_APP_ID: '…', BOT_ID: '…', TEAMS_APP_PRIVACY_URL: 'https://…', … }).developer.privacyUrl
 */
export function buildManifest(env: Env = process.env, templatePath: string = TEMPLATE_PATH): KernedialogManifest {
  const { appId, botId } = resolveIds(env);
  const values: Record<string, string> = { TEAMS_APP_ID: appId, BOT_ID: botId, ...appUrls(env, isProductionPackage(env)) };
  const text = readFileSync(templatePath, 'utf8').replace(/\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (match, key: string) => (key in values ? values[key] : match));
  const leftover = text.match(/\$\{\{[^}]*\}\}/);
  if (leftover) throw new Error(`Unknown placeholder ${leftover[0]} in ${templatePath}`);
  return JSON.parse(text) as KernedialogManifest;
}

/** Validates against the JSON schema bundled in @microsoft/app-manifest (offline). Returns error strings; [] = valid. */
export async function validateManifest(manifest: KernedialogManifest): Promise<string[]> {
  const schemaUrl = manifest.$schema ?? '';
  if (!BUNDLED_SCHEMA.test(schemaUrl)) {
    return [`$schema must be a developer.microsoft.com Teams schema URL bundled for offline use, got "${schemaUrl}"`];
  }
  const errors = await AppManifestUtils.validateAgainstSchema(manifest);
  if (!schemaUrl.includes(`/v${manifest.manifestVersion}/`)) {
    errors.push(`manifestVersion "${manifest.manifestVersion}" does not match $schema ${schemaUrl}`);
  }
  return errors;
}

export const ICON_SPECS = {
  color: { file: 'color.png', size: 192 },
  outline: { file: 'outline.png', size: 32 },
} as const;

function readPng(file: string, problems: string[]): PNG | undefined {
  try {
    return PNG.sync.read(readFileSync(file));
  } catch (err) {
    problems.push(`${path.basename(file)}: cannot read PNG (${(err as Error).message})`);
    return undefined;
  }
}

/** Checks icon sizes and that the outline icon is only white on a transparent background. Returns problems; [] = ok. */
export function checkIcons(dir: string = MANIFEST_DIR): string[] {
  const problems: string[] = [];
  for (const { file, size } of Object.values(ICON_SPECS)) {
    const png = readPng(path.join(dir, file), problems);
    if (png && (png.width !== size || png.height !== size)) {
      problems.push(`${file}: must be ${size}x${size} pixels, is ${png.width}x${png.height}`);
    }
  }
  const outline = readPng(path.join(dir, ICON_SPECS.outline.file), []);
  if (!outline) return problems;
  let bad = 0;
  let white = 0;
  let transparent = 0;
  for (let i = 0; i < outline.data.length; i += 4) {
    const [r, g, b, a] = [outline.data[i], outline.data[i + 1], outline.data[i + 2], outline.data[i + 3]];
    if (a === 0) transparent++;
    else if (r === 255 && g === 255 && b === 255) white++;
    else bad++;
  }
  if (bad > 0) problems.push(`outline.png: ${bad} pixel(s) are neither fully transparent nor white`);
  if (white === 0) problems.push('outline.png: has no white pixels');
  if (transparent === 0) problems.push('outline.png: has no transparent background');
  return problems;
}
