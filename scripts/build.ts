/**
 * `npm run build`: compiles what production runs (tsconfig.build.json) to dist/, and copies beside
 * it what the code reads by path at run time and tsc does not emit: the card templates, the strings
 * and word lists (every .json in the compiled folders), and the CLI's bin shim. The result runs
 * with `node dist/scripts/serve.js` after `npm ci --omit=dev` (README, "Production build").
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
export const DIST = join(ROOT, 'dist');
/** The folders tsconfig.build.json compiles whole; cards/render.ts reads templates beside itself. */
const SOURCE_DIRS = ['bot', 'cards', 'config', 'dialogs', 'domain', 'storage', 'cli'];
const EXTRA_FILES = ['cli/bin.js'];

/** Every file under `dir` whose name ends in `suffix`, as paths relative to ROOT. */
function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/**
 * Copies the run-time files into `outDir`, keeping their place relative to the code that reads them.
 *
 * @example copyRuntimeFiles('dist') // ['cards/strings/da.json', …, 'cards/templates/help.json', …, 'cli/bin.js']
 */
export function copyRuntimeFiles(outDir = DIST): string[] {
  const files = [...SOURCE_DIRS.flatMap((dir) => filesUnder(dir, '.json')), ...EXTRA_FILES];
  for (const file of files) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(outDir, file));
  }
  return files;
}

function main(): void {
  // A clean dist/: a file deleted from the source must not live on in the build.
  rmSync(DIST, { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  const copied = copyRuntimeFiles();
  console.log(`Built ${relative(process.cwd(), DIST) || DIST}: compiled JavaScript and ${copied.length} run-time files. Start it with: npm run start:prod`);
}

if (require.main === module) main();
