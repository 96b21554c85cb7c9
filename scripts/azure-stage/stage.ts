import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** What App Service runs: the build, the lock file, and nothing that needs TypeScript tooling. */
const COPIED = ['package.json', 'package-lock.json', '.npmrc'];

export interface StageOptions {
  /** The project (where `npm run build` wrote dist/). */
  root: string;
  /** The folder to fill; emptied first. */
  out: string;
  /** Installs the production dependencies in a folder; a test passes a stand-in. */
  install?: (dir: string) => void;
}

/**
 * Copies dist/ and the package files into `out` and installs the production dependencies there,
 * so the folder is what App Service runs (infra/, README "Deploy to Azure").
 *
 * @example stageForAzure({ root: '.', out: 'build/azure' }) // build/azure: dist/, package.json, package-lock.json, node_modules/
 */
export function stageForAzure({ root, out, install = installProductionOnly }: StageOptions): void {
  const dist = join(root, 'dist');
  if (!existsSync(dist)) throw new Error(`stageForAzure(): ${dist} is missing. Run "npm run build" first, then stage again.`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(dist, join(out, 'dist'), { recursive: true });
  for (const file of COPIED) if (existsSync(join(root, file))) copyFileSync(join(root, file), join(out, file));
  install(out);
}

/**
 * `npm ci --omit=dev` in `dir`. No install scripts: nothing is compiled for the machine that
 * stages, so a zip staged on Windows or macOS runs on App Service's Linux too.
 *
 * @example installProductionOnly('build/azure')
 */
export function installProductionOnly(dir: string): void {
  execFileSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit', shell: process.platform === 'win32' });
}
