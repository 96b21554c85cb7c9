import type { DialogDeps } from './deps';

/**
 * The app was installed in a team (again): installed from now on, and a pending deletion is off.
 * Returns whether to welcome the team: not when the client only repeats the install event (the
 * Playground does on every page load). Without a team (personal chat) there is nothing to keep.
 */
export async function appInstalled(deps: DialogDeps, teamId: string | undefined): Promise<{ welcome: boolean }> {
  if (!teamId) return { welcome: true };
  const known = await deps.teams.get(teamId);
  await deps.teams.setInstalled(teamId, true, 'da');
  return { welcome: !known?.installed };
}

/**
 * The app was removed (uninstalled, the bot removed, the team deleted): no more proactive posts,
 * and the team's data is deleted after the grace period unless the app comes back (docs/data.md,
 * "Uninstall").
 */
export async function appRemoved(deps: DialogDeps, teamId: string | undefined, why: string): Promise<void> {
  if (teamId) await deps.teams.markUninstalled(teamId, deps.now());
  deps.log.info(`${why}; proactive posts stop and the team's data is deleted after the grace period`, { team: teamId, graceDays: deps.teams.policy.uninstallGraceDays });
}

/** A hard-deleted team can never install the app again, so there is no grace to wait for. */
export async function teamHardDeleted(deps: DialogDeps, teamId: string | undefined): Promise<void> {
  if (teamId) await deps.teams.markUninstalled(teamId, deps.now(), 0);
  deps.log.info('team hard-deleted; its data goes at the next retention sweep', { team: teamId });
}

/** A deleted team was restored within Teams' own 30 days, with its apps: the deletion is off. */
export async function teamRestored(deps: DialogDeps, teamId: string | undefined): Promise<void> {
  if (teamId) await deps.teams.setInstalled(teamId, true, 'da');
}
