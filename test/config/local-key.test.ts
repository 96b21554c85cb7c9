import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localAnonymityKey, localKeyFile } from '../../config/local-key';
import { readOptions } from '../../config/options';

describe('the anonymity key outside production', () => {
  const fresh = () => {
    const root = mkdtempSync(join(tmpdir(), 'kd-key-'));
    return { dataDir: join(root, 'data'), keyDir: join(root, 'keys') };
  };

  it('is kept outside the data folder, readable only by its owner, and the same on the next start', () => {
    const { dataDir, keyDir } = fresh();
    const key = localAnonymityKey(dataDir, keyDir);
    assert.equal(key.length, 32);
    assert.ok(!existsSync(join(dataDir, 'anonymity.key')), 'nothing in the data folder');
    assert.equal(statSync(localKeyFile(dataDir, keyDir)).mode & 0o777, 0o600);
    assert.deepEqual(localAnonymityKey(dataDir, keyDir), key);
  });

  it('gives two data folders two keys', () => {
    const { keyDir } = fresh();
    const other = fresh();
    assert.notDeepEqual(localAnonymityKey(other.dataDir, keyDir), localAnonymityKey(fresh().dataDir, keyDir));
    assert.equal(readdirSync(keyDir).length, 2);
  });

  it('moves a key an older version kept in the data folder out of it, so its data stays readable', () => {
    const { dataDir, keyDir } = fresh();
    mkdirSync(dataDir, { recursive: true });
    const old = Buffer.alloc(32, 7);
    writeFileSync(join(dataDir, 'anonymity.key'), old.toString('base64'));
    assert.deepEqual(localAnonymityKey(dataDir, keyDir), old);
    assert.ok(!existsSync(join(dataDir, 'anonymity.key')), 'the old file is gone from the data folder');
    assert.deepEqual(localAnonymityKey(dataDir, keyDir), old);
  });

  it('defaults to the user\'s configuration folder, and KEY_DIR moves it', () => {
    assert.equal(readOptions({ HOME: '/home/mette' }).keyDir, '/home/mette/.config/kernedialog');
    assert.equal(readOptions({ HOME: '/home/mette', XDG_CONFIG_HOME: '/cfg' }).keyDir, '/cfg/kernedialog');
    assert.equal(readOptions({ KEY_DIR: '/srv/keys' }).keyDir, '/srv/keys');
  });
});
