import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localAnonymityKey, localKeyFile } from '../../config/local-key';
import { readOptions } from '../../config/options';

describe('the anonymity key outside production', () => {
  const fresh = () => {
    const root = mkdtempSync(join(tmpdir(), 'kd-key-'));
    return { root, dataDir: join(root, 'data'), keyDir: join(root, 'keys') };
  };
  const idOf = (dataDir: string) => readFileSync(join(dataDir, 'anonymity.key-id'), 'utf8');

  it('is kept outside the data folder, readable only by its owner, and the same on the next start', () => {
    const { dataDir, keyDir } = fresh();
    const key = localAnonymityKey(dataDir, keyDir);
    assert.equal(key.length, 32);
    assert.deepEqual(readdirSync(dataDir), ['anonymity.key-id'], "only the key's id in the data folder");
    // A substring, not a pattern: a random key's base64 can hold '+', which a RegExp reads as a quantifier.
    assert.ok(!idOf(dataDir).includes(key.toString('base64').slice(0, 8)), 'the id holds no part of the key');
    assert.equal(statSync(localKeyFile(idOf(dataDir), keyDir)).mode & 0o777, 0o600);
    assert.deepEqual(localAnonymityKey(dataDir, keyDir), key);
  });

  it('finds its key after the data folder is moved, and gives two data folders two keys', () => {
    const { root, dataDir, keyDir } = fresh();
    const key = localAnonymityKey(dataDir, keyDir);
    renameSync(dataDir, join(root, 'moved'));
    assert.deepEqual(localAnonymityKey(join(root, 'moved'), keyDir), key);
    assert.notDeepEqual(localAnonymityKey(join(root, 'other'), keyDir), key);
    assert.equal(readdirSync(keyDir).length, 2);
  });

  it('refuses data whose key is not there, saying what to do, rather than give it a key that cannot read it', () => {
    const { dataDir, keyDir } = fresh();
    localAnonymityKey(dataDir, keyDir);
    assert.throws(() => localAnonymityKey(dataDir, join(keyDir, 'elsewhere')), /anonymity key of the data in .* is not in .*Copy that file there.*KEY_DIR.*delete/);
  });

  it('moves a key an older version kept in the data folder out of it, so its data stays readable', () => {
    const { dataDir, keyDir } = fresh();
    mkdirSync(dataDir, { recursive: true });
    const old = Buffer.alloc(32, 7);
    writeFileSync(join(dataDir, 'anonymity.key'), old.toString('base64'));
    assert.deepEqual(localAnonymityKey(dataDir, keyDir), old);
    assert.ok(!existsSync(join(dataDir, 'anonymity.key')), 'the old file is gone from the data folder');
    assert.equal(statSync(localKeyFile(idOf(dataDir), keyDir)).mode & 0o777, 0o600);
    assert.deepEqual(localAnonymityKey(dataDir, keyDir), old);
  });

  it("defaults to the user's configuration folder, and KEY_DIR moves it", () => {
    assert.equal(readOptions({ HOME: '/home/mette' }).keyDir, '/home/mette/.config/kernedialog');
    assert.equal(readOptions({ HOME: '/home/mette', XDG_CONFIG_HOME: '/cfg' }).keyDir, '/cfg/kernedialog');
    assert.equal(readOptions({ KEY_DIR: '/srv/keys' }).keyDir, '/srv/keys');
  });
});
