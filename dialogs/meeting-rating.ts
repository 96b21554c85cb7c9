import { noticeCard, problemTexts } from '../cards/notice-card';
import { t } from '../cards/i18n';
import { meetingDue, meetingRatingSettings, meetingRatingSwitch, meetingScheduleId } from '../domain/checkins/meeting-rating';
import { newSchedule, setPaused } from '../domain/checkins/manage';
import { closesAt } from '../domain/checkins/recurrence';
import { DEFAULT_TIME_ZONE } from '../domain/checkins/schedule';
import type { Language } from '../domain/exercise';
import type { StoredSchedule } from '../storage/schedule-store';
import { facilitates, storedInTeam } from './data-facilitators';
import type { DialogDeps } from './deps';
import { channelMemberCount } from './member-count';
import { endUnpostedSession } from './end-unposted';
import { openRound, roundSessionId } from './open-round';
import { placeOf } from './place-of';
import { refusal, reply, type PrivateReply } from './reply';
import { TeamUnreachableError, type Actor, type Where } from './teams-port';
import { countingMembers } from '../domain/validation/team-size';

/**
 * "@Kernedialog mødevurdering til [timer]" / "fra" in a meeting's chat: the meeting rating (the
 * four-item check-in) is posted in the chat each time a meeting there ends. The setting is the
 * chat's one schedule without a rule (cadence 'meetingEnd'), so its rounds share one history and
 * the summary shows the trend from meeting to meeting; "fra" pauses it and keeps that history.
 * The answer is public in the chat, like "opbevaring": it concerns everyone there.
 */
export async function meetingRatingCommand(deps: DialogDeps, lang: Language, actor: Actor, where: Where, rest: string): Promise<PrivateReply> {
  const chat = where.kind === 'chat' ? where.teamId : undefined;
  const { teamsChannelId } = where;
  if (!chat || !teamsChannelId) return refusal(lang, 'notInChat', 'meetingRating.error.notInChat');
  const checked = meetingRatingSwitch(rest);
  if (!checked.ok) return reply('invalidMeetingRating', noticeCard(t(lang, 'error.title'), problemTexts(lang, checked.problems), true));
  const id = meetingScheduleId(chat);
  const found = await deps.schedules.get(id);
  const wanted = checked.value;
  if ('show' in wanted) return reply('meetingRatingShown', stateCard(lang, found));
  // Whoever runs something in the chat may switch it, and the first to ask in a chat where nothing runs yet (as with "planlæg").
  const stored = await storedInTeam(deps, chat);
  const first = stored.schedules.length === 0 && stored.sessions.length === 0;
  if (!first && !facilitates(stored, actor.id)) return refusal(lang, 'notFacilitator', 'meetingRating.error.notFacilitator');
  if (!wanted.on) {
    if (found && !found.record.schedule.paused) await deps.schedules.change(id, (r) => (r.schedule.paused ? undefined : { ...r, schedule: setPaused(r.schedule, true, deps.now()) }));
    deps.log.info('meeting rating switched off', { schedule: id });
    return reply('meetingRatingOff', noticeCard(t(lang, 'meetingRating.off.title'), [t(lang, 'meetingRating.off.body')]));
  }
  const settings = meetingRatingSettings(wanted.hours, lang, where.timezone ?? DEFAULT_TIME_ZONE, deps.now());
  const fresh = () => ({
    schedule: newSchedule(id, settings, { id: actor.id, name: actor.name }, deps.now()),
    place: placeOf({ ...where, teamsChannelId }),
    carried: [],
    history: [],
  });
  // On again, or other hours: the same schedule, so the trend goes on; the language follows the chat's.
  const changed = found
    ? await deps.schedules.change(id, (r) => {
        const s = r.schedule;
        if (!s.paused && s.roundLength.amount === wanted.hours && s.language === lang) return undefined;
        const edited = { ...s, roundLength: { amount: wanted.hours, unit: 'hours' as const }, language: lang };
        // On again as "genoptag" resumes (setPaused); other hours or language alone are an edit with a version of its own.
        const schedule = s.paused ? setPaused(edited, false, deps.now()) : { ...edited, version: s.version + 1, changedAt: deps.now().toISOString() };
        return { ...r, schedule, pausedBecause: undefined };
      })
    : undefined;
  // None yet, or deleted (from "planer") since it was read: a new one. Two at once make one (the id is the chat's).
  if (!changed) await deps.schedules.create(fresh());
  deps.log.info('meeting rating switched on', { schedule: id, hours: wanted.hours });
  const members = await channelMemberCount(deps, where);
  const k = found?.record.schedule.k ?? settings.k;
  return reply(
    'meetingRatingOn',
    noticeCard(t(lang, 'meetingRating.on.title'), [
      t(lang, 'meetingRating.on.body', { hours: wanted.hours, k }),
      // Her own rating never counts toward k (docs/anonymity.md, point 4): a chat of k people is too small.
      ...(members !== undefined && countingMembers(members) < k ? [t(lang, 'meetingRating.on.small', { members, k })] : []),
    ]),
  );
}

/** The chat's setting, for "mødevurdering" alone. */
function stateCard(lang: Language, found: StoredSchedule | undefined) {
  const on = found && !found.record.schedule.paused;
  return noticeCard(t(lang, 'meetingRating.title'), [on ? t(lang, 'meetingRating.state.on', { hours: found.record.schedule.roundLength.amount }) : t(lang, 'meetingRating.state.off')]);
}

/** What a meeting's end came to: a round opened now, one opened by an earlier delivery, or nothing. */
export type MeetingEndOutcome = 'opened' | 'alreadyOpen' | 'ignored';

/**
 * Teams says a meeting ended in a chat (`endTime`: its EndTime). Where a facilitator switched the
 * rating on, one round opens at once, closing the set hours after the meeting's end; its session
 * id follows from the chat's schedule and the end time, so a redelivered event opens nothing more
 * (open-round.ts). Anywhere else nothing happens, and the log says only that, in fixed words:
 * which meeting ended, and where, is nobody's business (docs/anonymity.md).
 */
export async function meetingEnded(deps: DialogDeps, where: Where, endTime: unknown): Promise<MeetingEndOutcome> {
  const ignored = (): MeetingEndOutcome => {
    deps.log.debug('meeting end ignored: no meeting rating is switched on there');
    return 'ignored';
  };
  const chat = where.kind === 'chat' ? where.teamId : undefined;
  const found = chat ? await deps.schedules.get(meetingScheduleId(chat)) : undefined;
  if (!chat || !found || found.record.schedule.paused || !(await deps.teams.isInstalled(chat))) return ignored();
  const { record } = found;
  const dueAt = meetingDue(endTime);
  const closes = dueAt && closesAt(record.schedule, dueAt);
  if (!dueAt || !closes || closes.getTime() <= deps.now().getTime()) {
    deps.log.info('meeting end without a usable end time, or long past; no meeting rating opened', { schedule: record.schedule.id });
    return 'ignored';
  }
  try {
    // A redelivered event finds the round its first delivery posted: this call posts nothing.
    const { posted } = await openRound(deps, record, { dueAt, closesAt: closes, late: false });
    return posted ? 'opened' : 'alreadyOpen';
  } catch (err) {
    if (!(err instanceof TeamUnreachableError)) throw err;
    // The round's session was stored before the post: it ends unposted instead of waiting, open, for its close.
    const round = await deps.sessions.get(roundSessionId(record.schedule.id, dueAt));
    if (round) await endUnpostedSession(deps, round.session);
    deps.log.warn('meeting rating not posted: Teams refused posts in the chat; the round ended unposted', { schedule: record.schedule.id });
    return 'ignored';
  }
}
