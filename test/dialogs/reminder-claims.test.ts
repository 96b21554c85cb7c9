import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import { checkSchedule } from '../../domain/checkins/check-schedule';
import { newSchedule } from '../../domain/checkins/manage';
import type { DialogDeps } from '../../dialogs/deps';
import { startScheduler } from '../../dialogs/scheduler';
import type { Session } from '../../domain/session';
import { useAzurite } from '../support/azurite';
import { countRequests } from '../support/count-requests';
import { azuriteDeps, standInPort } from '../support/dialog-deps';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { openSessionRecord } from '../support/session-record';

const HOUR = 3_600_000;

/**
 * The scheduler claims a reminder (a marker insert) once it is due, and once per process: not one
 * refused insert per open round per tick, which was most of what several instances asked storage
 * for (issue 16). Against Azurite, with the index built.
 */
describe('scheduler: reminders are claimed when due, once', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  let deps: DialogDeps;
  let table: TableClient;
  let clock: Date;
  let reminders: number;

  beforeEach(async () => {
    // Sessions and schedules in one table, so one count holds every request of a tick.
    table = tableClientFor(azurite.connectionString(), `remind${randomBytes(4).toString('hex')}`);
    await ensureTable(table);
    deps = await azuriteDeps(azurite.connectionString(), table);
    reminders = 0;
    deps.port = { ...standInPort(), reply: async () => void reminders++ };
    clock = new Date('2027-03-01T08:00:00.000Z');
    deps.now = () => clock;
    await deps.sessions.ensureIndex();
  });

  async function openRound(): Promise<Session> {
    const checked = checkSchedule(
      { templateId: 'social-kapital', cadence: 'weekly', weekday: 'MO', time: '09:00', roundAmount: '2', roundUnit: 'days', reminders: '2', language: 'da', k: '3' },
      clock,
    );
    assert.ok(checked.ok);
    const place = { serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'channel-x' };
    await deps.schedules.create({ schedule: newSchedule('s-remind', checked.value, { id: 'user-mette', name: 'Mette' }, clock), place, lastDue: clock.toISOString(), carried: [], history: [] });
    const round: Session = {
      ...openSessionRecord(),
      exerciseId: 'social-kapital',
      round: { scheduleId: 's-remind', dueAt: clock.toISOString(), late: false, carried: [] },
      settings: { ...openSessionRecord().settings, deadline: new Date(clock.getTime() + 48 * HOUR).toISOString() },
    };
    assert.equal(await deps.sessions.create(round), true);
    return round;
  }

  it('reads no session and writes nothing before the reminder is due; claims and sends it once after, over many ticks', async () => {
    await openRound();
    const scheduler = startScheduler(deps, 3_600_000);
    await scheduler.tick();
    const seen = countRequests(table);
    for (let i = 0; i < 3; i++) await scheduler.tick();
    assert.equal(reminders, 0);
    assert.equal(seen.count, 3 * 2, 'each tick before it is due asks for the schedules and the open rounds, nothing else');
    const before = seen.count;
    clock = new Date(clock.getTime() + 2 * HOUR + 1000);
    await scheduler.tick();
    assert.equal(reminders, 1, 'sent when due');
    const afterFirst = seen.count;
    for (let i = 0; i < 5; i++) await scheduler.tick();
    await scheduler.stop();
    assert.equal(reminders, 1, 'and only once');
    assert.ok(afterFirst - before >= 3, 'the due tick read the round and claimed it');
    // Every later tick asks only for the schedules and the open rounds' index rows.
    assert.equal(seen.count - afterFirst, 5 * 2, `requests over five later ticks: ${seen.count - afterFirst}`);
  });
});
