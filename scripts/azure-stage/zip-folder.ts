import { lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import JSZip from 'jszip';

/**
 * Zips the contents of `dir` (not the folder itself) into `zipFile`, for `az webapp deploy`.
 * Symbolic links (node_modules/.bin) are left out: nothing at run time starts through them.
 * Returns the paths zipped, with forward slashes.
 *
 * @example await zipFolder('build/azure', 'build/azure.zip') // ['dist/scripts/start.js', 'package.json', …]
 */
export async function zipFolder(dir: string, zipFile: string): Promise<string[]> {
  const zip = new JSZip();
  const names = filesUnder(dir).map((file) => {
    const name = relative(dir, file).split(sep).join('/');
    zip.file(name, readFileSync(file));
    return name;
  });
  writeFileSync(zipFile, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return names;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    const stat = lstatSync(path);
    if (stat.isDirectory()) return filesUnder(path);
    return stat.isFile() ? [path] : [];
  });
}
