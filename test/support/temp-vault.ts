import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileVault } from '../../storage/file-vault';

/**
 * A FileVault in a fresh temporary KEY_DIR, for a SessionStore a test builds itself. Two stores
 * that stand for two instances of one service must share one (as instances share /home).
 *
 * @example new SessionStore(table, randomBytes(32), tempVault())
 */
export function tempVault(): FileVault {
  return new FileVault(join(tempKeyDir(), 'sessions'));
}

/** A fresh, empty KEY_DIR. */
export function tempKeyDir(): string {
  return mkdtempSync(join(tmpdir(), 'kd-keys-'));
}
