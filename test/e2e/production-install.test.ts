import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { installProductionDependencies } from '../support/production-install';

/** A project folder with a lock file and the packages it names installed, as `npm ci` leaves them. */
function fakeProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'kd-install-'));
  const packages: Record<string, object> = {
    '': { name: 'app' },
    'node_modules/runtime': {},
    'node_modules/@scope/runtime': {},
    'node_modules/runtime/node_modules/nested': {},
    'node_modules/tooling': { dev: true },
    'node_modules/either': { devOptional: true },
    'node_modules/other-platform': { optional: true },
  };
  writeFileSync(join(root, 'package-lock.json'), JSON.stringify({ packages }));
  for (const path of Object.keys(packages).filter((p) => p && p !== 'node_modules/other-platform')) {
    mkdirSync(join(root, path), { recursive: true });
    writeFileSync(join(root, path, 'index.js'), `module.exports = '${path}';\n`);
  }
  symlinkSync('../runtime/index.js', join(root, 'node_modules/runtime/cli.js'));
  return root;
}

/**
 * The production-build test's stand-in for `npm ci --omit=dev` (test/support/production-install.ts):
 * it must leave out exactly what that command leaves out, and work where the app's folder is on
 * another disk than the project's, as on a machine whose /tmp is in memory.
 */
describe('the production install: the lock file’s non-dev packages from the project’s own tree', () => {
  it('takes the runtime packages with their nested ones and links, keeps devOptional, and leaves dev and absent optional packages out', () => {
    const root = fakeProject();
    const app = mkdtempSync(join(tmpdir(), 'kd-app-'));
    const installed = installProductionDependencies(root, app);
    assert.deepEqual(installed.sort(), ['@scope/runtime', 'either', 'runtime']);
    assert.equal(readFileSync(join(app, 'node_modules/runtime/node_modules/nested/index.js'), 'utf8'), "module.exports = 'node_modules/runtime/node_modules/nested';\n");
    assert.equal(readlinkSync(join(app, 'node_modules/runtime/cli.js')), '../runtime/index.js');
    assert.equal(existsSync(join(app, 'node_modules/tooling')), false, 'a dev package is not installed');
    assert.equal(existsSync(join(app, 'node_modules/other-platform')), false);
    // On one disk, a hard link: the same file, no copy made.
    assert.equal(statSync(join(app, 'node_modules/runtime/index.js')).ino, statSync(join(root, 'node_modules/runtime/index.js')).ino);
  });

  it('copies where the app is on another filesystem, where a hard link fails with EXDEV', function () {
    const root = fakeProject();
    // /dev/shm is a memory filesystem on Linux; where it is the project's own disk, there is nothing to show.
    if (!existsSync('/dev/shm') || statSync('/dev/shm').dev === statSync(dirname(root)).dev) this.skip();
    const app = mkdtempSync(join('/dev/shm', 'kd-app-'));
    assert.deepEqual(installProductionDependencies(root, app).sort(), ['@scope/runtime', 'either', 'runtime']);
    const copied = join(app, 'node_modules/@scope/runtime/index.js');
    assert.equal(readFileSync(copied, 'utf8'), "module.exports = 'node_modules/@scope/runtime';\n");
    assert.notEqual(statSync(copied).dev, statSync(join(root, 'node_modules/@scope/runtime/index.js')).dev, 'a copy on the other disk');
  });
});
