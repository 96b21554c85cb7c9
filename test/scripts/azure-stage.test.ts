import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { stageForAzure } from '../../scripts/azure-stage/stage';
import { zipFolder } from '../../scripts/azure-stage/zip-folder';

/** A project after `npm run build`: dist/, the package files, and sources that must not ship. */
function builtProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'kernedialog-stage-'));
  mkdirSync(join(root, 'dist', 'cards', 'templates'), { recursive: true });
  writeFileSync(join(root, 'dist', 'start.js'), 'console.log("started")');
  writeFileSync(join(root, 'dist', 'cards', 'templates', 'x.json'), '{}');
  writeFileSync(join(root, 'package.json'), '{"name":"kernedialog"}');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
  mkdirSync(join(root, 'bot'));
  writeFileSync(join(root, 'bot', 'app.ts'), 'export {}');
  return root;
}

/** Stands in for `npm ci --omit=dev`: one dependency and a .bin link, as npm makes them. */
function fakeInstall(dir: string): void {
  mkdirSync(join(dir, 'node_modules', 'dep'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'dep', 'index.js'), 'module.exports = 1');
  mkdirSync(join(dir, 'node_modules', '.bin'));
  symlinkSync(join('..', 'dep', 'index.js'), join(dir, 'node_modules', '.bin', 'dep'));
}

describe('scripts/azure-stage: what App Service gets', () => {
  let root: string;
  beforeEach(() => (root = builtProject()));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is dist/, the package files and production dependencies, without the TypeScript sources', async () => {
    const out = join(root, 'build', 'azure');
    const installedIn: string[] = [];
    stageForAzure({ root, out, install: (dir) => (fakeInstall(dir), installedIn.push(dir)) });
    assert.deepEqual(installedIn, [out]);
    const zipped = await zipFolder(out, join(root, 'build', 'azure.zip'));
    assert.deepEqual(zipped.sort(), ['dist/cards/templates/x.json', 'dist/start.js', 'node_modules/dep/index.js', 'package-lock.json', 'package.json']);
    const zip = await JSZip.loadAsync(readFileSync(join(root, 'build', 'azure.zip')));
    assert.equal(await zip.file('dist/start.js')?.async('string'), 'console.log("started")');
  });

  it('starts from an empty folder, so nothing of an older build ships', () => {
    const out = join(root, 'build', 'azure');
    mkdirSync(join(out, 'dist'), { recursive: true });
    writeFileSync(join(out, 'dist', 'removed-since.js'), '');
    stageForAzure({ root, out, install: () => undefined });
    assert.equal(existsSync(join(out, 'dist', 'removed-since.js')), false);
    assert.equal(existsSync(join(out, 'dist', 'start.js')), true);
  });

  it('refuses without a build, and says to run it', () => {
    rmSync(join(root, 'dist'), { recursive: true });
    assert.throws(() => stageForAzure({ root, out: join(root, 'build', 'azure'), install: () => undefined }), /Run "npm run build" first/);
  });
});
