import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import type { KernedialogManifest } from './build-manifest';

/** One additional language's file, as the manifest names it. */
export interface LocalizationFile {
  languageTag: string;
  file: string;
  strings: Record<string, string>;
}

/**
 * Every string of the manifest that Teams shows in the user's language, by its localization key
 * (name, description, and each bot command's title and description).
 *
 * @example localizableStrings(manifest)['bots[0].commandLists[0].commands[0].title'] // 'start'
 */
export function localizableStrings(manifest: KernedialogManifest): Record<string, string> {
  const strings: Record<string, string> = {
    'name.short': manifest.name.short,
    'name.full': manifest.name.full ?? '',
    'description.short': manifest.description.short,
    'description.full': manifest.description.full,
  };
  (manifest.bots?.[0]?.commandLists ?? []).forEach((list, i) =>
    list.commands.forEach((command, j) => {
      strings[`bots[0].commandLists[${i}].commands[${j}].title`] = command.title;
      strings[`bots[0].commandLists[${i}].commands[${j}].description`] = command.description;
    }),
  );
  return strings;
}

/**
 * The files the manifest's localizationInfo names, read from `dir`.
 *
 * @example readLocalizations(buildManifest({}), MANIFEST_DIR) // [{ languageTag: 'en', file: 'en.json', strings: { 'name.short': 'Kernedialog', … } }]
 */
export function readLocalizations(manifest: KernedialogManifest, dir: string): LocalizationFile[] {
  return (manifest.localizationInfo?.additionalLanguages ?? []).map(({ languageTag, file }) => ({
    languageTag,
    file,
    strings: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, string>,
  }));
}

/**
 * The localization schema bundled for the manifest's version, so validation never needs the network.
 * Two of its patterns close a bracket unescaped (`\b]`), which ajv's unicode regular expressions
 * refuse; escaping it matches the same keys.
 */
function localizationSchema(manifestVersion: string): object {
  const root = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const schema = JSON.parse(readFileSync(path.join(root, 'build', 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.Localization.schema.json'), 'utf8')) as {
    patternProperties?: Record<string, unknown>;
  };
  schema.patternProperties = Object.fromEntries(Object.entries(schema.patternProperties ?? {}).map(([pattern, rule]) => [pattern.replaceAll('\\b]', '\\b\\]'), rule]));
  return schema;
}

/**
 * Problems with one localization file ([] = none): its schema (offline), its $schema's version, and
 * that it translates every localizable string of the manifest and nothing the manifest lacks.
 *
 * @example await validateLocalization(manifest, readLocalizations(manifest, MANIFEST_DIR)[0]) // []
 */
export async function validateLocalization(manifest: KernedialogManifest, localization: LocalizationFile): Promise<string[]> {
  const { $schema, ...strings } = localization.strings;
  const schema = localizationSchema(manifest.manifestVersion) as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
  const problems = (await AppManifestUtils.validateAgainstSchema(localization.strings as unknown as AppManifest, schema)).map((e) => `${localization.file}: ${e}`);
  if (!String($schema ?? '').includes(`/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`)) {
    problems.push(`${localization.file}: $schema must be the v${manifest.manifestVersion} localization schema, as the manifest's version`);
  }
  const wanted = Object.keys(localizableStrings(manifest));
  for (const key of wanted) if (!strings[key]?.trim()) problems.push(`${localization.file}: no ${localization.languageTag} text for ${key}`);
  for (const key of Object.keys(strings)) if (!wanted.includes(key)) problems.push(`${localization.file}: ${key} is not a string of the manifest`);
  return problems;
}
