import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileVault } from '../../storage/file-vault';
import { newVaultName } from '../../storage/secret-vault';

/** The local vault on the real file system: what the files are, who may read them, and that destroy is for good. */
describe('FileVault: the session secrets in KEY_DIR/sessions', () => {
  let keyDir: string;
  let dir: string;
  let vault: FileVault;

  beforeEach(() => {
    keyDir = mkdtempSync(join(tmpdir(), 'kd-vault-test-'));
    dir = join(keyDir, 'sessions');
    vault = new FileVault(dir);
  });

  it('keeps a secret in a file of its own that only this user may read, in a folder only this user may enter', async () => {
    const name = newVaultName();
    const secret = randomBytes(60);
    await vault.put(name, secret);
    assert.deepEqual(await vault.get(name), secret);
    assert.deepEqual(readdirSync(dir), [name]);
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    assert.equal(statSync(join(dir, name)).mode & 0o777, 0o600);
  });

  it('makes a folder that existed with looser rights private again', async () => {
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o755);
    await vault.put(newVaultName(), randomBytes(32));
    assert.equal(statSync(dir).mode & 0o777, 0o700);
  });

  it('writes through a temporary file and a rename: a reader sees the old secret or the new one, never a part, and no temporary file is left', async () => {
    const name = newVaultName();
    const versions = Array.from({ length: 20 }, () => randomBytes(4096));
    await vault.put(name, versions[0]);
    const seen: (Buffer | undefined)[] = [];
    await Promise.all([
      (async () => {
        for (const v of versions.slice(1)) await vault.put(name, v);
      })(),
      (async () => {
        for (let i = 0; i < 60; i++) seen.push(await vault.get(name));
      })(),
    ]);
    for (const read of seen)
      assert.ok(
        versions.some((v) => read?.equals(v)),
        'a read saw a secret that was never written whole',
      );
    assert.deepEqual(await vault.get(name), versions.at(-1));
    assert.deepEqual(readdirSync(dir), [name]);
  });

  it('gives undefined for a name it does not hold, and after destroy; destroy twice, or of nothing, is fine', async () => {
    const name = newVaultName();
    assert.equal(await vault.get(name), undefined, 'before the folder exists');
    await vault.put(name, randomBytes(32));
    await vault.destroy(name);
    assert.equal(await vault.get(name), undefined);
    await vault.destroy(name);
    await vault.destroy(newVaultName());
    assert.deepEqual(readdirSync(dir), []);
  });

  it('overwrites the secret before unlinking it: another link to the same file no longer holds it', async () => {
    const name = newVaultName();
    const secret = randomBytes(48);
    await vault.put(name, secret);
    const other = join(keyDir, 'hard-link');
    linkSync(join(dir, name), other); // stands for blocks a copy or an undelete tool could still find
    await vault.destroy(name);
    const left = readFileSync(other);
    assert.equal(left.length, secret.length);
    assert.ok(!left.equals(secret), "the destroyed secret is still in the file's blocks");
  });

  it('refuses a name that is not one of its own, before it becomes a path', async () => {
    for (const name of ['../anonymity-1.key', 'kd-../../x', 'KD-00112233445566778899AABBCCDDEEFF', '']) {
      await assert.rejects(vault.put(name, randomBytes(32)), /not a vault entry name/);
      await assert.rejects(vault.get(name), /not a vault entry name/);
      await assert.rejects(vault.destroy(name), /not a vault entry name/);
    }
  });

  it('lists its entries and the temporary files a write cut short left, with when each was written, and nothing else in the folder', async () => {
    assert.deepEqual(await vault.list(), [], 'before the folder exists');
    const name = newVaultName();
    await vault.put(name, randomBytes(32));
    const temp = `${newVaultName()}.0123456789ab.tmp`;
    writeFileSync(join(dir, temp), randomBytes(10));
    writeFileSync(join(dir, 'README'), 'not ours');
    const written = new Date('2027-03-01T08:00:00Z');
    utimesSync(join(dir, name), written, written);
    const listed = new Map((await vault.list()).map((e) => [e.name, e]));
    assert.deepEqual([...listed.keys()].sort(), [name, temp].sort());
    assert.deepEqual([listed.get(name)?.leftover, listed.get(temp)?.leftover], [false, true]);
    assert.equal(listed.get(name)?.createdOn.toISOString(), written.toISOString());
  });

  it('destroys a temporary file list() found, but reads or writes only whole entries', async () => {
    const temp = `${newVaultName()}.0123456789ab.tmp`;
    await vault.put(newVaultName(), randomBytes(32)); // makes the folder
    writeFileSync(join(dir, temp), randomBytes(10));
    await assert.rejects(vault.get(temp), /not a vault entry name/);
    await assert.rejects(vault.put(temp, randomBytes(32)), /not a vault entry name/);
    await vault.destroy(temp);
    assert.ok(!readdirSync(dir).includes(temp));
    await assert.rejects(vault.destroy('kd-../x.0123456789ab.tmp'), /not a vault entry name/);
  });

  it('check() makes the folder at start and says which setting to change when it cannot', async () => {
    await vault.check();
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    const notAFolder = join(keyDir, 'a-file');
    writeFileSync(notAFolder, '');
    await assert.rejects(new FileVault(join(notAFolder, 'sessions')).check(), (err: Error & { reason?: string }) => err.reason === 'config' && /set KEY_DIR/.test(err.message));
  });

  it('says which setting to change when it cannot make its folder', async () => {
    const notAFolder = join(keyDir, 'a-file');
    writeFileSync(notAFolder, '');
    const blocked = new FileVault(join(notAFolder, 'sessions'));
    await assert.rejects(blocked.put(newVaultName(), randomBytes(32)), /could not create the secrets folder .* set KEY_DIR/);
  });
});
