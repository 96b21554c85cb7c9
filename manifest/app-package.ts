import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { buildManifest, checkIcons, MANIFEST_DIR, validateManifest, type KernedialogManifest } from './build-manifest';
import { readLocalizations, validateLocalization } from './localization';

export const DEFAULT_PACKAGE_PATH = path.join(MANIFEST_DIR, '..', 'build', 'appPackage.zip');

export interface AppPackageResult {
  outFile: string;
  appId: string;
  botId: string;
  manifest: KernedialogManifest;
}

/** Thrown when the manifest or the icons are invalid; `problems` holds one readable line per problem. */
export class AppPackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`Teams app package is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'AppPackageError';
  }
}

/**
 * Builds the manifest from env, validates it (offline schema), its language files and the icons, and
 * writes a zip with manifest.json, the language files (en.json), color.png and outline.png at its
 * root. Throws AppPackageError if anything is invalid.
 */
export async function writeAppPackage(outFile: string = DEFAULT_PACKAGE_PATH, env: Record<string, string | undefined> = process.env, manifestDir: string = MANIFEST_DIR): Promise<AppPackageResult> {
  const manifest = buildManifest(env, path.join(manifestDir, 'manifest.template.json'));
  const localizations = readLocalizations(manifest, manifestDir);
  const problems = [...(await validateManifest(manifest)).map((e) => `manifest: ${e}`), ...checkIcons(manifestDir)];
  for (const localization of localizations) problems.push(...(await validateLocalization(manifest, localization)));
  if (problems.length > 0) throw new AppPackageError(problems);

  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2) + '\n');
  for (const { file, strings } of localizations) zip.file(file, JSON.stringify(strings, null, 2) + '\n');
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    zip.file(path.basename(icon), await readFile(path.join(manifestDir, icon)));
  }
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, data);

  const botId = manifest.bots?.[0]?.botId ?? '';
  return { outFile, appId: manifest.id, botId, manifest };
}
