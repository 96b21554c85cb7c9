import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, copyFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newAnonymityKey } from './options';

/**
 * The anonymity key outside production: generated once and kept in `keyDir`, away from the data
 * folder, so that a copy of the embedded storage's files (a backup, a zip sent to a colleague)
 * does not carry the key that unwraps its open sessions' secrets (docs/security.md). One key per
 * data folder, named by a hash of its path. A key that an older version kept in the data folder
 * is moved out on first use, so the data stays readable.
 *
 * @example localAnonymityKey('.data', '/home/mette/.config/kernedialog') // reads or writes …/anonymity-3f2a….key
 */
export function localAnonymityKey(dataDir: string, keyDir: string): Buffer {
  const file = localKeyFile(dataDir, keyDir);
  const old = join(dataDir, 'anonymity.key');
  if (!existsSync(file) && existsSync(old)) moveOut(old, file, keyDir);
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  mkdirSync(keyDir, { recursive: true, mode: 0o700 });
  const key = newAnonymityKey();
  writeFileSync(file, key.toString('base64'), { mode: 0o600 });
  return key;
}

/** Where the key of the data folder `dataDir` is kept. */
export function localKeyFile(dataDir: string, keyDir: string): string {
  return join(keyDir, `anonymity-${createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16)}.key`);
}

function moveOut(from: string, to: string, keyDir: string): void {
  mkdirSync(keyDir, { recursive: true, mode: 0o700 });
  try {
    renameSync(from, to);
  } catch {
    // Another file system: copy, then remove the old one.
    copyFileSync(from, to);
    unlinkSync(from);
  }
}
