import { canManage } from '../domain/checkins/manage';
import { isFacilitator } from '../domain/session';
import type { DialogDeps } from './deps';

/**
 * Who may delete a channel's data or set a team's retention. Teams gives a bot no reliable list
 * of team owners (that needs Graph), so "facilitator" means what Kernedialog itself knows: someone
 * who has run an exercise here (as its facilitator or a named co-facilitator, open or closed) or
 * who owns or helps run one of its recurring check-ins. Those are the people who started the
 * collection of the data, and their role is already public in the threads.
 */

/**
 * A facilitator of anything in this channel.
 *
 * @example await facilitatesInChannel(deps, '29:mette', '19:abc@thread.tacv2') // true if Mette ran an exercise or owns a check-in there
 */
export async function facilitatesInChannel(deps: DialogDeps, userId: string, teamsChannelId: string): Promise<boolean> {
  const schedules = await deps.schedules.inChannel(teamsChannelId);
  if (schedules.some((r) => canManage(r.schedule, userId))) return true;
  return (await deps.sessions.inChannel(teamsChannelId)).some((s) => isFacilitator(s, userId));
}

/**
 * A facilitator of anything in any channel of this team: the retention choice applies to the whole team.
 *
 * @example await facilitatesInTeam(deps, '29:jonas', '19:team@thread.tacv2') // false if Jonas has only answered
 */
export async function facilitatesInTeam(deps: DialogDeps, userId: string, teamId: string): Promise<boolean> {
  const schedules = (await deps.schedules.all()).filter((r) => r.place.teamId === teamId);
  if (schedules.some((r) => canManage(r.schedule, userId))) return true;
  return (await deps.sessions.inTeam(teamId)).some((s) => isFacilitator(s, userId));
}
