import { createHash } from 'node:crypto';
import { noticeCard, problemTexts } from '../cards/notice-card';
import { t } from '../cards/i18n';
import { scheduleCard } from '../cards/schedule-card';
import { scheduleConfirmDeleteCard } from '../cards/schedule-delete-card';
import { scheduleDuplicateCard } from '../cards/schedule-duplicate-card';
import { isOneOff } from '../domain/checkins/follow-up';
import { isAfterMeeting } from '../domain/checkins/meeting-rating';
import { scheduleListCard } from '../cards/schedule-list-card';
import { scheduleSavedCard } from '../cards/schedule-saved-card';
import { scheduleFormFields, scheduleFormValues } from '../cards/schedule-values';
import { checkSchedule } from '../domain/checkins/check-schedule';
import { editSchedule, newSchedule, setPaused } from '../domain/checkins/manage';
import { occurrencesAfter } from '../domain/checkins/recurrence';
import { savedChanges, type SavedChange } from '../domain/checkins/saved-changes';
import type { CheckinSchedule } from '../domain/checkins/schedule';
import type { Language } from '../domain/exercise';
import type { ScheduleRecord, StoredSchedule } from '../storage/schedule-store';
import type { DialogDeps } from './deps';
import { onlySteerers } from './who-steers';
import { refusal, reply, type PrivateReply } from './reply';
import type { Actor, Where } from './teams-port';
import { comesFrom } from './find-session';
import { placeOf } from './place-of';
import { chatWording } from '../cards/chat-naming';

/** "@Kernedialog planlæg": the form for a new recurring check-in, in the team's language. */
export function scheduleForm(lang: Language, where?: Pick<Where, 'kind'>): PrivateReply {
  return reply('scheduleForm', scheduleCard(lang, { place: where }));
}

/** "@Kernedialog planer": the channel's schedules, with controls for those the asker may change. */
export async function scheduleList(deps: DialogDeps, lang: Language, actor: Actor, where: Where): Promise<PrivateReply> {
  const records = where.teamsChannelId ? await deps.schedules.inChannel(where.teamsChannelId) : [];
  return reply(
    'scheduleList',
    scheduleListCard(
      lang,
      records.map((r) => r.schedule),
      actor.id,
      deps.now(),
      where,
    ),
  );
}

/**
 * "Gem" on the schedule form: creates a schedule (its id comes from the click, so a redelivered
 * click finds the same one) or, with `scheduleId`, edits one the clicker may change. A new schedule
 * of a check-in the channel already has is asked about first (scheduleDuplicateCard); its "Ja"
 * comes back with `duplicateOk` and the first click's id as `draft`, so pressing "Ja" twice, or
 * a redelivered "Ja", saves the one schedule that click would have made. The confirmation states
 * what was saved, in words. `lang` is the team's language, as for every card in the channel.
 */
export async function saveSchedule(deps: DialogDeps, lang: Language, actor: Actor, where: Where, data: Record<string, unknown>, duplicateOk = false): Promise<PrivateReply> {
  if (!where.teamsChannelId) return refusal(lang, 'notInChannel', 'setup.error.notInChannel');
  const checked = checkSchedule(data, deps.now());
  const editing = typeof data.scheduleId === 'string' ? data.scheduleId : undefined;
  const formAgain = (problems: string[]) =>
    scheduleCard(lang, { values: data as Record<string, string>, problems, place: where, ...(editing ? { scheduleId: editing, version: Number(data.version) } : {}) });
  if (!checked.ok) return reply('invalidSchedule', formAgain(problemTexts(lang, checked.problems)));
  if (editing) {
    const found = await manageable(deps, where, actor, editing);
    if ('outcome' in found) return found;
    const notEditable = formless(found.record.schedule);
    if (notEditable) return notEditable;
    const edited = editSchedule(found.record.schedule, checked.value, Number(data.version), deps.now());
    if (!edited.ok) return reply('invalidSchedule', formAgain(problemTexts(lang, edited.problems)));
    return saved(deps, lang, found, edited.value, savedChanges(data, checked.value), where);
  }
  // The first click's id, from "Ja"'s data, bound to this conversation like the click's own.
  const click = duplicateOk && typeof data.draft === 'string' && data.draft ? data.draft : where.activityId;
  const id = `s-${createHash('sha256').update(`${where.conversationId}|${click}`).digest('hex').slice(0, 16)}`;
  if (!duplicateOk) {
    // Not the one this very click made (a redelivered click gets its confirmation, not the question),
    // not one whose rounds have all been, and not a one-off follow-up from a result: that is one
    // round about agreed actions, not the recurring check-in being planned now.
    const running = (s: CheckinSchedule) => s.templateId === checked.value.templateId && s.id !== id && !isOneOff(s) && occurrencesAfter(s, deps.now(), 1).length > 0;
    const same = (await deps.schedules.inChannel(where.teamsChannelId)).map((r) => r.schedule).filter(running);
    if (same.length > 0) return reply('askDuplicate', scheduleDuplicateCard(lang, same, { ...scheduleFormFields(data), draft: where.activityId }, where));
  }
  const schedule = newSchedule(id, checked.value, { id: actor.id, name: actor.name }, deps.now());
  const place = placeOf({ ...where, teamsChannelId: where.teamsChannelId });
  const made = await deps.schedules.create({ schedule, place, carried: [], history: [] });
  if (made.created) deps.log.info('schedule created', { schedule: id, template: schedule.templateId });
  else {
    // A redelivered click, or "Ja" pressed again: the confirmation of the one that exists, if it is this clicker's in this channel.
    const { existing } = made;
    if (!existing || existing.record.schedule.owner.id !== actor.id || !comesFrom(where, existing.record.place)) return refusal(lang, 'badPayload', 'error.badPayload');
    return reply('scheduleCreated', scheduleSavedCard(lang, existing.record.schedule, savedChanges(data, checked.value), deps.now(), false, where));
  }
  return reply('scheduleCreated', scheduleSavedCard(lang, schedule, savedChanges(data, checked.value), deps.now(), false, where));
}

/** Pause or resume, from the list. Resuming clears a pause that a 403 set. */
export async function pauseSchedule(deps: DialogDeps, actor: Actor, where: Where, data: Record<string, unknown>, paused: boolean): Promise<PrivateReply> {
  const found = await manageable(deps, where, actor, data.scheduleId, data.version);
  if ('outcome' in found) return found;
  const lang = found.record.schedule.language;
  const schedule = setPaused(found.record.schedule, paused, deps.now());
  if (!(await saveOver(deps, found, (r) => ({ ...r, schedule, ...(paused ? {} : { pausedBecause: undefined }) })))) return refusal(lang, 'stale', 'schedule.error.stale');
  deps.log.info(paused ? 'schedule paused' : 'schedule resumed', { schedule: schedule.id });
  return reply(paused ? 'schedulePaused' : 'scheduleResumed', scheduleListCard(lang, [schedule], actor.id, deps.now(), where));
}

/** "Ret": the form again, filled in, for those who may change the schedule. */
export async function editScheduleForm(deps: DialogDeps, actor: Actor, where: Where, data: Record<string, unknown>): Promise<PrivateReply> {
  const found = await manageable(deps, where, actor, data.scheduleId);
  if ('outcome' in found) return found;
  const { schedule } = found.record;
  const notEditable = formless(schedule);
  if (notEditable) return notEditable;
  return reply('scheduleForm', scheduleCard(schedule.language, { values: scheduleFormValues(schedule, deps.now()), scheduleId: schedule.id, version: schedule.version, place: where }));
}

/** "Slet" asks first; "Ja, slet" deletes the schedule. Rounds already posted stay in their threads. */
export async function deleteSchedule(deps: DialogDeps, actor: Actor, where: Where, data: Record<string, unknown>, confirmed: boolean): Promise<PrivateReply> {
  const found = await manageable(deps, where, actor, data.scheduleId, confirmed ? data.version : undefined);
  if ('outcome' in found) return found;
  const lang = found.record.schedule.language;
  if (!confirmed) return reply('confirmDelete', scheduleConfirmDeleteCard(lang, found.record.schedule, where));
  await deps.schedules.delete(found.record.schedule.id);
  deps.log.info('schedule deleted', { schedule: found.record.schedule.id });
  return reply('scheduleDeleted', noticeCard(t(lang, 'schedule.deleted.title'), [t(lang, chatWording(where, 'schedule.deleted.body'))]));
}

/**
 * The refusal for a schedule the form cannot show: a one-off would show a date rule nobody wrote
 * (it is deleted, and planned again from the result); a meeting rating has no rule at all, its
 * hours are set by "mødevurdering til" (meeting-rating.ts).
 */
function formless(schedule: CheckinSchedule): PrivateReply | undefined {
  if (isOneOff(schedule)) return refusal(schedule.language, 'oneOffNotEditable', 'schedule.error.oneOffEdit');
  if (isAfterMeeting(schedule)) return refusal(schedule.language, 'meetingRatingNotEditable', 'schedule.error.meetingEdit');
  return undefined;
}

/** "Nej, behold det eksisterende": nothing is saved. */
export function keepExisting(lang: Language): PrivateReply {
  return reply('duplicateDeclined', noticeCard(t(lang, 'schedule.duplicate.kept.title'), [t(lang, 'schedule.duplicate.kept.body')]));
}

/** "Nej": nothing changes. */
export function keepSchedule(lang: Language): PrivateReply {
  return reply('deleteCancelled', noticeCard(t(lang, 'schedule.kept.title'), [t(lang, 'schedule.kept.body')]));
}

async function saved(deps: DialogDeps, lang: Language, found: StoredSchedule, schedule: CheckinSchedule, changes: SavedChange[], where: Where): Promise<PrivateReply> {
  if (!(await saveOver(deps, found, (r) => ({ ...r, schedule })))) return refusal(lang, 'stale', 'schedule.error.stale');
  deps.log.info('schedule changed', { schedule: schedule.id, version: schedule.version });
  return reply('scheduleEdited', scheduleSavedCard(lang, schedule, changes, deps.now(), true, where));
}

/**
 * The schedule, if it exists, the click comes from its own channel, the clicker may change it, and
 * (when given) the card was built from its current version. A list card copied into another
 * channel or tenant changes nothing, even for the owner: the same rule as a session's cards.
 */
async function manageable(deps: DialogDeps, where: Where, actor: Actor, id: unknown, version?: unknown): Promise<StoredSchedule | PrivateReply> {
  const found = typeof id === 'string' && /^s-[a-z0-9-]{1,40}$/.test(id) ? await deps.schedules.get(id) : undefined;
  if (!found) return refusal(await deps.teams.language(where.teamId), 'scheduleNotFound', chatWording(where, 'schedule.error.notFound'));
  const lang = found.record.schedule.language;
  if (!comesFrom(where, found.record.place)) return refusal(lang, 'otherChannel', chatWording(where, 'schedule.error.otherChannel'));
  const notOwner = onlySteerers({ schedule: found.record.schedule }, actor);
  if (notOwner) return notOwner;
  if (version !== undefined && Number(version) !== found.record.schedule.version) return refusal(lang, 'stale', 'schedule.error.stale');
  return found;
}

/**
 * Writes what the facilitator saw and changed over the schedule as stored now, as long as nobody
 * changed the schedule itself since she read it (another facilitator's edit, a pause): then she
 * is told it is stale. What the scheduler keeps beside it (rounds opened) is kept as it is now.
 */
async function saveOver(deps: DialogDeps, found: StoredSchedule, next: (r: ScheduleRecord) => ScheduleRecord): Promise<boolean> {
  const seen = JSON.stringify(found.record.schedule);
  const changed = await deps.schedules.change(found.record.schedule.id, (r) => (JSON.stringify(r.schedule) !== seen ? { refused: 'stale' } : next(r)));
  return !!changed?.changed;
}
