import type { Checked } from '../validation/problem';
import { SCHEDULE_SCHEMA, type CheckinSchedule, type ScheduleSettings, type SchedulePerson } from './schedule';

export const CO_FACILITATORS_MAX = 5;

/**
 * A new schedule, version 1, owned by its creator.
 *
 * @example newSchedule('s-42', settings, { id: '29:1', name: 'Mette Holm' }, new Date('2027-01-10T12:00Z'))
 * // { schema: 1, id: 's-42', version: 1, ...settings, owner: { id: '29:1', name: 'Mette Holm' }, coFacilitators: [], paused: false, createdAt: '2027-01-10T12:00:00.000Z' }
 */
export function newSchedule(id: string, settings: ScheduleSettings, owner: SchedulePerson, now: Date): CheckinSchedule {
  return { schema: SCHEDULE_SCHEMA, id, version: 1, ...settings, owner, coFacilitators: [], paused: false, createdAt: now.toISOString() };
}

/**
 * Only the owner and the co-facilitators they named may change a schedule (docs/security.md, "Who may steer").
 *
 * @example canManage({ owner: { id: '29:1', name: 'Mette' }, coFacilitators: [] }, '29:2') // false
 */
export function canManage(schedule: Pick<CheckinSchedule, 'owner' | 'coFacilitators'>, userId: string): boolean {
  return schedule.owner.id === userId || schedule.coFacilitators.some((c) => c.id === userId);
}

/**
 * The schedule with new settings from the edit card. `seenVersion` is the version the card was
 * built from; an edit made on an older card is refused rather than overwriting a newer change.
 * `changedAt` is set, so a round the new settings put in the past is not opened late (catch-up.ts).
 *
 * @example editSchedule(schedule, settings, schedule.version, now) // { ok: true, value: { ...schedule, ...settings, version: schedule.version + 1, changedAt: now } }
 */
export function editSchedule(schedule: CheckinSchedule, settings: ScheduleSettings, seenVersion: number, now: Date): Checked<CheckinSchedule> {
  if (seenVersion !== schedule.version) return { ok: false, problems: [{ key: 'schedule.error.stale' }] };
  // The template stays: trends compare rounds of one template, so a different template is a new schedule.
  if (settings.templateId !== schedule.templateId) return { ok: false, problems: [{ field: 'templateId', key: 'schedule.error.templateChanged' }] };
  return { ok: true, value: { ...schedule, ...settings, version: schedule.version + 1, changedAt: now.toISOString() } };
}

/**
 * Paused or resumed; a no-op leaves the version alone. A resume opens no round that fell due before it.
 *
 * @example setPaused({ ...schedule, paused: true, version: 2 }, false, now) // { ...schedule, paused: false, version: 3, changedAt: now }
 */
export function setPaused(schedule: CheckinSchedule, paused: boolean, now: Date): CheckinSchedule {
  if (schedule.paused === paused) return schedule;
  return { ...schedule, paused, version: schedule.version + 1, ...(paused ? {} : { changedAt: now.toISOString() }) };
}

/**
 * The owner names co-facilitators (from mentions). The owner is not their own co-facilitator,
 * and the same person is listed once.
 *
 * @example setCoFacilitators(schedule, [{ id: '29:2', name: 'Jonas' }, { id: '29:2', name: 'Jonas K' }]) // one Jonas, version + 1
 */
export function setCoFacilitators(schedule: CheckinSchedule, people: readonly SchedulePerson[]): Checked<CheckinSchedule> {
  const unique = people.filter((p, i) => p.id !== schedule.owner.id && people.findIndex((q) => q.id === p.id) === i);
  if (unique.length > CO_FACILITATORS_MAX) return { ok: false, problems: [{ field: 'coFacilitators', key: 'schedule.error.coFacilitators', vars: { max: CO_FACILITATORS_MAX } }] };
  return { ok: true, value: { ...schedule, coFacilitators: unique.map(({ id, name }) => ({ id, name })), version: schedule.version + 1 } };
}
