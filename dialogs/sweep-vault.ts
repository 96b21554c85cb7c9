import { errorFields, type Logger } from '../config/log';
import type { SessionStore } from '../storage/session-store';
import { VaultBusyError } from '../storage/secret-vault';

const BUSY = 'Key Vault is still deleting a session secret and refused its purge for now (409); the next sweep purges it';

/**
 * The retention sweep's part in the vault (docs/data.md, "The retention sweep"): first the entries
 * of closed sessions whose close could not destroy them (their rows say so), then entries no
 * session names at all. Each entry's failure is logged and left for the next pass; a vault that
 * is still busy with one is a warning, not an error.
 *
 * @example await sweepVault(deps.sessions, log) // { secrets: 1, orphans: 0 }
 */
export async function sweepVault(sessions: SessionStore, log: Logger): Promise<{ secrets: number; orphans: number }> {
  let secrets = 0;
  for (const id of await sessions.leftInVault()) {
    try {
      if (!(await sessions.destroyLeftSecret(id))) continue;
      secrets++;
      log.info("a closed session's secret left in the vault is destroyed", { session: id });
    } catch (err) {
      if (err instanceof VaultBusyError) log.warn(BUSY, { status: 409 });
      else
        log.error("could not destroy a closed session's secret in the vault; the next sweep tries again. Check that the vault is reachable and the app may delete (and purge) secrets there", {
          session: id,
          ...errorFields(err),
        });
    }
  }
  return { secrets, orphans: await sweepOrphans(sessions, log) };
}

/** After the closed sessions' entries, so those are already gone (or still named) when the vault is listed. */
async function sweepOrphans(sessions: SessionStore, log: Logger): Promise<number> {
  let orphans = 0;
  let names: string[];
  try {
    names = await sessions.vaultOrphans();
  } catch (err) {
    log.error('could not list the vault to find entries no session names; the next sweep tries again. Check that the vault is reachable and the app may list secrets there', errorFields(err));
    return 0;
  }
  for (const name of names) {
    try {
      await sessions.destroyOrphan(name);
      orphans++;
    } catch (err) {
      if (err instanceof VaultBusyError) log.warn(BUSY, { status: 409 });
      else log.error('could not destroy a vault entry no session names; the next sweep tries again', errorFields(err));
    }
  }
  // One line with a count: the random names give an operator nothing to act on.
  if (orphans > 0) log.info('vault entries no session names are destroyed', { count: orphans });
  return orphans;
}
