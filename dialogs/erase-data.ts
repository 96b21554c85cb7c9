import { noticeCard } from '../cards/notice-card';
import { t } from '../cards/i18n';
import type { Session } from '../domain/session';
import { statusCodeOf } from '../storage/storage-errors';
import type { DialogDeps } from './deps';
import { shutAndCancel } from './shut-and-cancel';
import { TeamUnreachableError } from './teams-port';
import { chatWording } from '../cards/chat-naming';

/** What a deletion removed, for the confirmation card and the log (counts only). */
export interface Erased {
  sessions: number;
  schedules: number;
}

/** A new round or session may be created while we delete; look again this many times. */
const PASSES = 3;

/**
 * "slet data": every session of the channel (every row of each partition), its schedules (so no
 * round opens after), and with the sessions their reminder markers. Open sessions stop taking
 * answers first and their thread's card says so.
 *
 * @example await eraseChannel(deps, '19:abc@thread.tacv2') // { sessions: 3, schedules: 1 }
 */
export async function eraseChannel(deps: DialogDeps, teamsChannelId: string): Promise<Erased> {
  return eraseUntilEmpty(deps, true, async () => ({
    schedules: (await deps.schedules.inChannel(teamsChannelId)).map((r) => r.schedule.id),
    sessions: await deps.sessions.inChannel(teamsChannelId),
  }));
}

/**
 * After an uninstall's grace period: the team's sessions and schedules, then its record
 * (language, templates, retention choice). Nothing is posted: the app is no longer in the team.
 *
 * @example await eraseTeam(deps, '19:team@thread.tacv2') // { sessions: 12, schedules: 2 }, and teams.get() is undefined after
 */
export async function eraseTeam(deps: DialogDeps, teamId: string): Promise<Erased> {
  const erased = await eraseUntilEmpty(deps, false, async () => ({
    schedules: (await deps.schedules.inTeam(teamId)).map((r) => r.schedule.id),
    sessions: await deps.sessions.inTeam(teamId),
  }));
  await deps.teams.forget(teamId);
  return erased;
}

async function eraseUntilEmpty(deps: DialogDeps, tellThreads: boolean, find: () => Promise<{ schedules: string[]; sessions: Session[] }>): Promise<Erased> {
  const erased: Erased = { sessions: 0, schedules: 0 };
  for (let pass = 0; pass < PASSES; pass++) {
    const found = await find();
    if (found.schedules.length === 0 && found.sessions.length === 0) break;
    // Schedules first, so the scheduler opens no new round in what is being emptied.
    for (const id of found.schedules) await deps.schedules.delete(id);
    for (const session of found.sessions) await eraseSession(deps, session, tellThreads);
    erased.schedules += found.schedules.length;
    erased.sessions += found.sessions.length;
  }
  return erased;
}

async function eraseSession(deps: DialogDeps, session: Session, tellThreads: boolean): Promise<void> {
  const stopped = session.state === 'closed' ? undefined : await stopTakingAnswers(deps, session.id);
  await deps.sessions.deleteAll(session.id);
  if (!stopped || !tellThreads || !stopped.place.rootActivityId) return;
  const l = stopped.settings.language;
  deps.later('erased card', async () => {
    try {
      await deps.port.updateRoot(stopped.place, noticeCard(t(l, 'data.erasedRoot.title'), [t(l, chatWording(stopped.place, 'data.erasedRoot.body'))]));
    } catch (err) {
      if (!(err instanceof TeamUnreachableError)) throw err;
    }
  });
}

/**
 * Shuts the open phase's gates and marks the session cancelled before its rows go. An answer in
 * flight then fails its gate's ETag and finds the gate shut, rather than writing a row after the
 * partition was listed; a deadline close finds the session closed and leaves it alone. A session
 * still changing after every pass is deleted anyway; the caller's next pass catches what was added.
 */
async function stopTakingAnswers(deps: DialogDeps, id: string): Promise<Session | undefined> {
  const changed = await shutAndCancel(deps, id, (_, phase) => deps.answers.shut(id, phase).catch((err) => ignoreMissing(err)));
  return changed?.session;
}

/** A phase whose gates were never opened (or are already deleted) takes no answers: nothing to shut. */
function ignoreMissing(err: unknown): void {
  if (statusCodeOf(err) !== 404) throw err;
}
