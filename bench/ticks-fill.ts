import { randomBytes } from 'node:crypto';
import type { TableClient, TransactionAction } from '@azure/data-tables';
import { checkSchedule } from '../domain/checkins/check-schedule';
import { newSchedule } from '../domain/checkins/manage';
import { eachAtMost } from '../domain/each-at-most';
import type { Session } from '../domain/session';
import { fromJsonProperties, toAsciiJson, toJsonProperties } from '../storage/entity-json';
import type { ScheduleStore } from '../storage/schedule-store';
import type { IndexEntry, SessionIndex } from '../storage/session-index';
import { settledIndexEntries } from './ticks-settled';
import type { SessionStore } from '../storage/session-store';

/** The channel and team whose listings are timed: they hold the same few sessions at every size. */
export const HOME = { channel: 'bench-home', team: 'bench-home-team' };
const DAY = 86_400_000;
/** Open sessions, open rounds and schedules: "a few", the same at every size. */
const OPEN = 5;
const ROUNDS = 3;
/** A closed session's sealed answers and participation rows, as a team of a dozen leaves them. */
const ANSWER_ROWS = 24;
const CLONES_AT_ONCE = 8;

/** What a filled table holds, to report next to the figures. */
export interface Filled {
  rows: number;
  sessions: number;
  seconds: number;
}

function sessionOf(id: string, now: Date, over: Partial<Session>): Session {
  return {
    schema: 1,
    id,
    exerciseId: 'hvem-definerer',
    exerciseVersion: 1,
    settings: { title: 'Bench', k: 3, language: 'da', distribution: 'all', timeZone: 'Europe/Copenhagen', deadline: new Date(now.getTime() + 3 * DAY).toISOString() },
    facilitator: { id: 'bench-facilitator', name: 'Bench' },
    state: 'open',
    place: { serviceUrl: 'http://127.0.0.1:9', tenantId: 't', teamsChannelId: HOME.channel, teamId: HOME.team, threadId: `${HOME.channel};messageid=1`, rootActivityId: '1' },
    createdAt: now.toISOString(),
    shownProgress: 0,
    ...over,
  };
}

/**
 * Fills `table` to about `rows` rows as a municipality's sessions table looks after a while:
 * mostly closed sessions with their answers (closed over the last 60 days, spread over channels
 * and teams of ten and fifty sessions), and the same few open sessions, open rounds and schedules
 * at every size. One closed session is made through the store; the rest are its rows cloned, in
 * batches of 100 per partition, *without* index rows (as before the index), so the caller can
 * time the scans first and then the index's migration. With `settled`, the clones' index rows are
 * written as the migration and the first sweep would leave them (bench/ticks-settled.ts), without
 * the marker: the scans still run as before the index.
 *
 * @example await fillTicksTable(table, sessions, schedules, 10_000, new Date())
 */
export async function fillTicksTable(table: TableClient, sessions: SessionStore, schedules: ScheduleStore, rows: number, now: Date, settled?: SessionIndex): Promise<Filled> {
  const started = performance.now();
  const template = sessionOf(randomBytes(12).toString('hex'), now, { phaseDeadline: new Date(now.getTime() - DAY).toISOString() });
  await sessions.create(template);
  const answers = Array.from({ length: ANSWER_ROWS }, (_, i): TransactionAction => [
    'create',
    { partitionKey: template.id, rowKey: `s|${randomBytes(16).toString('hex')}`, ...toJsonProperties(toAsciiJson({ q: i % 3, text: `Svar ${i}: ${'tid med borgerne og færre møder '.repeat(4)}` })) },
  ]);
  await table.submitTransaction(answers);
  await sessions.saveSummary(template.id, { themes: [{ label: 'Tid', quotes: ['Mere tid med borgerne'] }], answers: ANSWER_ROWS });
  await sessions.change(template.id, (s) => ({ ...s, state: 'closed', closedAt: now.toISOString(), closedBy: 'deadline', summaryPostedAt: now.toISOString() }));
  const partition: Record<string, unknown>[] = [];
  for await (const row of table.listEntities<Record<string, unknown>>({ queryOptions: { filter: `PartitionKey eq '${template.id}'` } })) partition.push(row);
  const perSession = partition.length;
  const clones = Math.max(0, Math.floor(rows / perSession) - 1);
  const channels = Math.max(1, Math.round(clones / 10));
  const teams = Math.max(1, Math.round(clones / 50));
  const sessionRow = partition.find((row) => row.rowKey === 'session')!;
  const session = JSON.parse(fromJsonProperties(sessionRow)) as Session;
  // Ids in ascending order (a random prefix, then a counter): Azurite's LokiJS keeps a sorted
  // PartitionKey index and shifts every entry after an insert's place, so a random id shifted half
  // of it on each insert, and the fill grew with the square of the table.
  const prefix = randomBytes(6).toString('hex');
  const settledRows: IndexEntry[] = [];
  await eachAtMost(
    CLONES_AT_ONCE,
    Array.from({ length: clones }, (_, i) => i),
    async (i) => {
      const id = `${prefix}${i.toString(16).padStart(12, '0')}`;
      const closedAt = new Date(now.getTime() - ((i * 7919) % (60 * 24)) * (DAY / 24)).toISOString();
      const actions = partition.map((row): TransactionAction => {
        const { etag: _etag, timestamp: _timestamp, partitionKey: _pk, ...rest } = row;
        if (row !== sessionRow) return ['create', { ...rest, partitionKey: id, rowKey: String(row.rowKey) }];
        const place = { ...session.place, teamsChannelId: `bench-c${i % channels}`, teamId: `bench-t${i % teams}` };
        const clone: Session = { ...session, id, closedAt, place };
        if (settled) settledRows.push(...settledIndexEntries(clone, now));
        const json = toJsonProperties(toAsciiJson(clone));
        return ['create', { ...rest, ...json, partitionKey: id, rowKey: 'session', closedAt, channel: place.teamsChannelId, team: place.teamId }];
      });
      await table.submitTransaction(actions);
    },
  );
  if (settled) await settled.put(settledRows);
  for (let i = 0; i < OPEN; i++) await sessions.create(sessionOf(randomBytes(12).toString('hex'), now, { phaseDeadline: new Date(now.getTime() + (i + 1) * DAY).toISOString() }));
  for (let i = 0; i < ROUNDS; i++) {
    const checked = checkSchedule({ templateId: 'social-kapital', cadence: 'weekly', weekday: 'MO', time: '09:00', roundAmount: '2', roundUnit: 'days', reminders: '', language: 'da', k: '3' }, now);
    if (!checked.ok) throw new Error('bench: the schedule did not check');
    const scheduleId = `bench-schedule-${i}`;
    const place = { serviceUrl: 'http://127.0.0.1:9', tenantId: 't', teamsChannelId: HOME.channel, teamId: HOME.team };
    await schedules.create({ schedule: newSchedule(scheduleId, checked.value, { id: 'bench-owner', name: 'Bench' }, now), place, lastDue: now.toISOString(), carried: [], history: [] });
    const round = { scheduleId, dueAt: now.toISOString(), late: false, carried: [] };
    await sessions.create(sessionOf(randomBytes(12).toString('hex'), now, { exerciseId: 'social-kapital', round, phaseDeadline: new Date(now.getTime() + 2 * DAY).toISOString() }));
  }
  const total = (clones + 1) * perSession + (OPEN + ROUNDS) * (2 + 8) + ROUNDS;
  return { rows: total, sessions: clones + 1 + OPEN + ROUNDS, seconds: (performance.now() - started) / 1000 };
}
