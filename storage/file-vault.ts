import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, chmod, mkdir, open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../config/options';
import { checkVaultName, isVaultName, type SecretVault, type VaultEntry } from './secret-vault';

/** The temporary file put() writes before its rename: the entry's name, 12 hex digits, `.tmp`. */
const TEMP = /^kd-[0-9a-f]{32}\.[0-9a-f]{12}\.tmp$/;

/**
 * The vault as one file per secret in a folder of its own (`<KEY_DIR>/sessions`, mode 0700,
 * files 0600), outside the data folder and outside Table Storage (docs/security.md, "Where the
 * session secrets live"). Used locally, in tests, and in production when KEY_VAULT_URL is not set: on
 * Azure App Service /home is shared by all instances of the app, so they all see the same folder.
 *
 * A file is written to a temporary name, synced and renamed, and the folder synced, so a reader
 * sees the whole secret or none, and a session created just before a power cut still finds it.
 * Destroying overwrites the file before unlinking it; on journalling or copy-on-write file systems
 * and SSDs the old blocks may survive that, which is why the vault holds the secret wrapped under
 * the anonymity key (storage/session-store.ts) and why backups must leave this folder out (docs/data.md).
 *
 * @example const vault = new FileVault(join(options.keyDir, 'sessions')); await vault.put(newVaultName(), secret)
 */
export class FileVault implements SecretVault {
  private ready?: Promise<void>;

  constructor(private readonly dir: string) {}

  async put(name: string, secret: Buffer): Promise<void> {
    await this.folder();
    const file = this.fileOf(name);
    const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      const handle = await open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(secret);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, file);
    } catch (err) {
      await rm(temp, { force: true }); // no half-written secret left behind
      throw err;
    }
    await this.syncFolder();
  }

  async get(name: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.fileOf(name));
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
  }

  /** Also takes the name of a temporary file that list() found, left by a write cut short. */
  async destroy(name: string): Promise<void> {
    const file = TEMP.test(name) ? join(this.dir, name) : this.fileOf(name);
    let handle;
    try {
      handle = await open(file, 'r+');
    } catch (err) {
      if (isMissing(err)) return; // destroyed already
      throw err;
    }
    try {
      const { size } = await handle.stat();
      await handle.write(randomBytes(size), 0, size, 0);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await unlink(file);
    } catch (err) {
      if (!isMissing(err)) throw err; // another instance destroyed it at the same time
    }
  }

  /**
   * The entries and the temporary files a crash left mid-write, each with the time it was last
   * written (a file is never written again after its rename). Anything else in the folder is not ours.
   *
   * @example await vault.list() // [{ name: 'kd-3f2a…', createdOn: 2027-03-01T09:00:00Z, leftover: false }]
   */
  async list(): Promise<VaultEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (err) {
      if (isMissing(err)) return []; // no session has been created yet
      throw err;
    }
    const entries: VaultEntry[] = [];
    for (const name of names) {
      const leftover = TEMP.test(name);
      if (!leftover && !isVaultName(name)) continue;
      try {
        entries.push({ name, createdOn: (await stat(join(this.dir, name))).mtime, leftover });
      } catch (err) {
        if (!isMissing(err)) throw err; // destroyed meanwhile, by this instance or another
      }
    }
    return entries;
  }

  /** Makes the folder now and checks it may be written, so a wrong KEY_DIR stops the start. */
  async check(): Promise<void> {
    await this.folder();
    try {
      await access(this.dir, constants.W_OK);
    } catch (err) {
      throw new ConfigError(`this user may not write to the secrets folder ${this.dir}: set KEY_DIR to a folder it may write to.`, { cause: err });
    }
  }

  /** Makes the rename itself durable: the session row that names the file is written right after. */
  private async syncFolder(): Promise<void> {
    const folder = await open(this.dir, 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }

  private fileOf(name: string): string {
    checkVaultName(name);
    return join(this.dir, name);
  }

  /** Creates the folder once, private to this user even if it existed with looser rights. */
  private folder(): Promise<void> {
    this.ready ??= (async () => {
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
      if (((await stat(this.dir)).mode & 0o077) !== 0) await chmod(this.dir, 0o700);
    })().catch((err: unknown) => {
      this.ready = undefined;
      throw new ConfigError(`could not create the secrets folder ${this.dir}: set KEY_DIR to a folder this user may write to.`, { cause: err });
    });
    return this.ready;
  }
}

const isMissing = (err: unknown) => (err as NodeJS.ErrnoException)?.code === 'ENOENT';
