import type { Logger } from '../config/log';
import type { TeamRegistry } from '../storage/team-registry';
import { TeamRefusedError, TeamUnreachableError, type TeamsPort } from './teams-port';

/**
 * The Teams port, posting only into teams (and group or meeting chats, each its own team, see
 * bot/activity-context.ts) where Kernedialog is installed. A team that Teams
 * refuses posts for (403: the app removed or blocked) is remembered as uninstalled, so no more
 * proactive posts are tried there until it is installed again (team-install.ts).
 */
export function installedOnly(port: TeamsPort, teams: TeamRegistry, log: Logger): TeamsPort {
  const installed = async (teamId: string | undefined) => {
    if (!(await teams.isInstalled(teamId))) throw new TeamUnreachableError('Kernedialog is uninstalled from this team, so it posts nothing there.');
  };
  const posting = async <T>(teamId: string | undefined, send: () => Promise<T>): Promise<T> => {
    await installed(teamId);
    try {
      return await send();
    } catch (err) {
      if (!(err instanceof TeamRefusedError)) throw err;
      // Outside a team there is no installation to remember: Teams' own error goes on, as before.
      if (!teamId) throw err.cause ?? err;
      log.warn('Teams refused a proactive post (403); marking the team as uninstalled', { team: teamId });
      await teams.setInstalled(teamId, false, 'da');
      throw err;
    }
  };
  return {
    startThread: (place, card) => posting(place.teamId, () => port.startThread(place, card)),
    reply: (place, card, replyToId) => posting(place.teamId, () => port.reply(place, card, replyToId)),
    updateRoot: (place, card, messageId) => posting(place.teamId, () => port.updateRoot(place, card, messageId)),
    memberNames: (place) => posting(place.teamId, () => port.memberNames(place)),
    // Reading members is not posting: a refusal there says nothing about the app being removed.
    memberCount: async (place, enough) => {
      await installed(place.teamId);
      return port.memberCount(place, enough);
    },
    // Personal chat is not the team's: the app is installed for the person, or the send fails.
    tellPrivately: (place, userId, card) => port.tellPrivately(place, userId, card),
  };
}
