import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, newAnonymityKey } from './options';

/**
 * The anonymity key outside production: generated once and kept in `keyDir`, away from the data
 * folder, so that a copy of the embedded storage's files (a backup, a zip sent to a colleague)
 * does not carry the key that unwraps its open sessions' secrets (docs/security.md).
 *
 * The data folder keeps only the key's id (`anonymity.key-id`, not a secret), so the data finds
 * its key wherever the folder is moved. Data whose key is not there is refused with what to do,
 * never given a new key that cannot read it. A key that an older version kept in the data folder
 * is moved out on first use.
 *
 * @example localAnonymityKey('.data', '/home/mette/.config/kernedialog') // reads or writes …/anonymity-3f2a….key
 */
export function localAnonymityKey(dataDir: string, keyDir: string): Buffer {
  const idFile = join(dataDir, 'anonymity.key-id');
  const old = join(dataDir, 'anonymity.key');
  const fresh = !existsSync(idFile) && !existsSync(old);
  if (!existsSync(idFile)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(idFile, randomBytes(8).toString('hex'));
  }
  const id = readFileSync(idFile, 'utf8').trim();
  const file = localKeyFile(id, keyDir);
  if (existsSync(old)) moveOut(old, file, keyDir);
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (!fresh) {
    throw new ConfigError(
      `the anonymity key of the data in ${dataDir} (anonymity-${id}.key) is not in ${keyDir}. Copy that file there from where the data came from, set KEY_DIR to the folder that has it, or delete ${dataDir} to start with empty data.`,
    );
  }
  mkdirSync(keyDir, { recursive: true, mode: 0o700 });
  const key = newAnonymityKey();
  writeFileSync(file, key.toString('base64'), { mode: 0o600 });
  return key;
}

/** Where the key with this id is kept. */
export function localKeyFile(id: string, keyDir: string): string {
  return join(keyDir, `anonymity-${id}.key`);
}

/** Moves an older version's key out of the data folder; refuses if a different key is there already. */
function moveOut(from: string, to: string, keyDir: string): void {
  mkdirSync(keyDir, { recursive: true, mode: 0o700 });
  if (existsSync(to)) {
    if (readFileSync(to, 'utf8').trim() !== readFileSync(from, 'utf8').trim()) {
      throw new ConfigError(`${from} and ${to} hold different anonymity keys; keep the one that belongs to the data and delete the other.`);
    }
    unlinkSync(from);
    return;
  }
  try {
    renameSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    copyFileSync(from, to); // another file system: copy, then remove the old one
    unlinkSync(from);
  }
  chmodSync(to, 0o600);
}
