import { canManage } from '../domain/checkins/manage';
import { isFacilitator } from '../domain/session';
import type { Session } from '../domain/session';
import type { ScheduleRecord } from '../storage/schedule-store';
import type { DialogDeps } from './deps';

/**
 * Who may delete a channel's data or set a team's retention. Teams gives a bot no reliable list
 * of team owners (that needs Graph), so "facilitator" means what Kernedialog itself knows: someone
 * who has run an exercise here (as its facilitator or a named co-facilitator, open or closed) or
 * who owns or helps run one of its recurring check-ins. Those are the people who started the
 * collection of the data, and their role is already public in the threads.
 */

/** What is stored in a channel or a team: its recurring check-ins and its sessions. */
export interface Stored {
  schedules: ScheduleRecord[];
  sessions: Session[];
}

export async function storedInChannel(deps: DialogDeps, teamsChannelId: string): Promise<Stored> {
  const [schedules, sessions] = await Promise.all([deps.schedules.inChannel(teamsChannelId), deps.sessions.inChannel(teamsChannelId)]);
  return { schedules, sessions };
}

export async function storedInTeam(deps: DialogDeps, teamId: string): Promise<Stored> {
  const [schedules, sessions] = await Promise.all([deps.schedules.inTeam(teamId), deps.sessions.inTeam(teamId)]);
  return { schedules, sessions };
}

/**
 * Whether the person facilitates anything of what is stored.
 *
 * @example facilitates(await storedInChannel(deps, '19:abc@thread.tacv2'), '29:mette') // true if Mette ran an exercise or owns a check-in there
 */
export function facilitates(stored: Stored, userId: string): boolean {
  return stored.schedules.some((r) => canManage(r.schedule, userId)) || stored.sessions.some((s) => isFacilitator(s, userId));
}
