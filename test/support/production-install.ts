import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

interface LockEntry {
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
}

/** A package the lock file hoists to the top of node_modules: `node_modules/x` or `node_modules/@s/x`. */
const TOP_LEVEL = /^node_modules\/(@[^/]+\/)?[^/]+$/;

/** Hard-links a file, or copies it where the two folders are on different disks (a /tmp in memory). */
function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    copyFileSync(source, target);
  }
}

/** Hard-links the tree `from` into `to`: a copy that takes no time and no disk. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else linkOrCopy(source, target);
  }
}

/**
 * What `npm ci --omit=dev` puts in `app/node_modules`, taken from the project's own installed
 * tree instead of unpacked again: every package the lock file hoists and does not mark dev (its
 * nested packages come with it). The lock file's dev marks are what `--omit=dev` reads, so the
 * built bot sees exactly the packages a server installs, and a require of a dev-only package
 * fails as it would there. Unpacking 380 MB again cost the suite about 20 s of CPU.
 *
 * @example installProductionDependencies(ROOT, app) // ['@azure/core-auth', …, 'botbuilder', …]
 */
export function installProductionDependencies(root: string, app: string): string[] {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const installed = Object.entries(lock.packages)
    // --omit=dev leaves out what only dev needs; a devOptional package (dev, or optional for a
    // runtime package) stays, as npm omits it only when optional ones are omitted too.
    .filter(([path, entry]) => TOP_LEVEL.test(path) && !entry.dev)
    // An optional package for another platform is in the lock file but not installed, here or there.
    .filter(([path, entry]) => !entry.optional || existsSync(join(root, path)))
    .map(([path]) => path);
  for (const path of installed) linkTree(join(root, path), join(app, path));
  return installed.map((path) => path.slice('node_modules/'.length));
}
