/** The project's own files that infra/ and m365agents.yml refer to, read for the infra tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export const readRepo = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/**
 * js-yaml (a devDependency, pinned to the version mocha brings too); loaded by require because
 * it ships no types. Parses the YAML 1.2 that the Agents Toolkit reads.
 */
const yaml = require('js-yaml') as { load(text: string): unknown };

/** @example parseYaml('a: [1]') // { a: [1] } */
export const parseYaml = (text: string) => yaml.load(text);

/**
 * A dotenv file's KEY=VALUE lines in order; comments and blank lines skipped, anything else throws.
 *
 * @example parseDotenv('# x\nA=1\nB=') // [['A', '1'], ['B', '']]
 */
export function parseDotenv(text: string): [string, string][] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))
    .map((line) => {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
      if (!m) throw new Error(`parseDotenv(): not KEY=VALUE: "${line}"`);
      return [m[1], m[2]];
    });
}

/** The scripts in package.json. */
export const npmScripts = () => Object.keys((JSON.parse(readRepo('package.json')) as { scripts: Record<string, string> }).scripts);
