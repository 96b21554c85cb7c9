import { randomBytes } from 'node:crypto';

/**
 * Where each session's secret lives while the session is open, apart from the tables, so that a
 * copy of the tables taken during an open phase never holds what names its participants once the
 * session has closed (docs/anonymity.md, rule 3, "Forward secrecy"; docs/data.md, "Outside the tables").
 *
 * Two implementations: FileVault (file-vault.ts, a folder under KEY_DIR) and KeyVaultSecretVault
 * (key-vault-secret-vault.ts, Azure Key Vault when KEY_VAULT_URL is set).
 */
export interface SecretVault {
  /** Stores `secret` under `name`, replacing what was there. */
  put(name: string, secret: Buffer): Promise<void>;
  /** The secret under `name`, or undefined if there is none (never stored, or destroyed). */
  get(name: string): Promise<Buffer | undefined>;
  /**
   * Destroys the secret under `name` for good; a name with nothing under it is fine, and so is
   * every name list() gives. Throws VaultBusyError when the vault is still busy with the entry.
   */
  destroy(name: string): Promise<void>;
  /**
   * Everything the vault still holds, in any form, that one of its puts may have made: for the
   * retention sweep to find entries no session names (docs/data.md, "The retention sweep").
   */
  list(): Promise<VaultEntry[]>;
  /**
   * One cheap call at start, so a misconfigured vault stops the start with a ConfigError that
   * names the setting to change, rather than failing the first session.
   */
  check(): Promise<void>;
}

/** One entry list() found. */
export interface VaultEntry {
  name: string;
  /** When it was written: the sweep's grace period counts from here. */
  createdOn: Date;
  /**
   * What a put or a destroy cut short left behind, which nobody reads any more: FileVault's
   * temporary file of a write, Key Vault's deleted secret not yet purged (recoverable until it is).
   */
  leftover: boolean;
}

/**
 * The vault is still working on the entry (Key Vault: the delete is not finished, so the purge is
 * refused with 409). Nothing is wrong: the next retention sweep destroys it.
 */
export class VaultBusyError extends Error {
  readonly reason = 'busy';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'VaultBusyError';
  }
}

/** `kd-` and 32 hex digits: valid as a file name and as a Key Vault secret name (1–127 of [0-9a-zA-Z-]). */
const NAME = /^kd-[0-9a-f]{32}$/;

/**
 * A fresh random name for one session's entry. Random, not derived from the session id, so that
 * the name tells nothing and cannot be guessed from a copy of the tables without its secret row.
 *
 * @example newVaultName() // 'kd-3f2a9c…' (35 characters)
 */
export function newVaultName(): string {
  return `kd-${randomBytes(16).toString('hex')}`;
}

/**
 * Whether `name` is one newVaultName() could have made, e.g. to pick the bot's own secrets out of a list.
 *
 * @example isVaultName('kd-00112233445566778899aabbccddeeff') // true; isVaultName('anonymity-key') // false
 */
export function isVaultName(name: string): boolean {
  return NAME.test(name);
}

/**
 * Refuses a name newVaultName() could not have made, before it becomes a path or a URL.
 *
 * @example checkVaultName('kd-00112233445566778899aabbccddeeff') // fine; checkVaultName('../x') throws
 */
export function checkVaultName(name: string): void {
  if (!NAME.test(name)) throw new Error(`"${name}" is not a vault entry name (kd- and 32 hex digits); the secret row that holds it is damaged.`);
}
