import { unwrapSecret } from '../domain/anonymity/participation';
import type { SecretVault, VaultEntry } from './secret-vault';

/**
 * How old an entry no session names must be before the sweep destroys it. A create puts the
 * entry first and writes the row that names it right after (storage/session-store.ts); even with
 * the storage client's retries that takes seconds to minutes, so an hour never hits a create in
 * progress, and an orphan outlives its cause by at most this plus one sweep.
 */
export const VAULT_GRACE_MS = 60 * 60_000;

/**
 * Vault entries that no session will ever read (docs/data.md, "The retention sweep"): older than
 * `graceMs` at `now` and not in `named`. The vault is listed *before* `named` is read, so an
 * entry whose row is written meanwhile is named. A whole entry is taken only if `anonymityKey`
 * opens it, so a KEY_DIR another data folder shares (each has its own key) keeps that folder's
 * entries; a leftover nobody can read is taken whoever made it.
 *
 * @example await vaultOrphans(vault, key, () => sessions.namedInVault(), new Date()) // ['kd-3f2a…']
 */
export async function vaultOrphans(vault: SecretVault, anonymityKey: Buffer, named: () => Promise<ReadonlySet<string>>, now: Date, graceMs = VAULT_GRACE_MS): Promise<string[]> {
  const old = (await vault.list()).filter((entry) => now.getTime() - entry.createdOn.getTime() > graceMs);
  if (old.length === 0) return [];
  const names = await named();
  const orphans: string[] = [];
  for (const entry of old) if (!names.has(entry.name) && (entry.leftover || (await opens(vault, entry, anonymityKey)))) orphans.push(entry.name);
  return orphans;
}

/** Whether the entry is a secret wrapped under this service's key; one destroyed meanwhile is nothing to do. */
async function opens(vault: SecretVault, entry: VaultEntry, anonymityKey: Buffer): Promise<boolean> {
  const held = await vault.get(entry.name);
  if (!held) return false;
  try {
    unwrapSecret(held.toString('base64'), anonymityKey);
    return true;
  } catch {
    return false; // wrapped under another key (or not a secret at all): not this service's to destroy
  }
}
