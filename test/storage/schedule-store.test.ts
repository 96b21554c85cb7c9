import assert from 'node:assert/strict';
import { checkSchedule } from '../../domain/checkins/check-schedule';
import { newSchedule } from '../../domain/checkins/manage';
import { useAzurite } from '../support/azurite';
import { freshDeps } from '../support/dialog-deps';

describe('ScheduleStore.create against Azurite', function () {
  this.timeout(30_000);
  const azurite = useAzurite();

  it('creates a schedule once; a second create of the same id writes nothing and returns the one stored', async () => {
    const deps = await freshDeps(azurite.connectionString(), 'schedcreate');
    const checked = checkSchedule(
      { templateId: 'social-kapital', cadence: 'weekly', weekday: 'MO', time: '09:00', roundAmount: '2', roundUnit: 'days', reminders: '', language: 'da', k: '3' },
      new Date(),
    );
    assert.ok(checked.ok);
    const place = { serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'channel-x' };
    const first = newSchedule('s-en', checked.value, { id: 'user-mette', name: 'Mette' }, new Date());
    const second = newSchedule('s-en', checked.value, { id: 'user-lars', name: 'Lars' }, new Date());
    assert.deepEqual(await deps.schedules.create({ schedule: first, place, carried: ['Fast punkt'], history: [] }), { created: true });
    const again = await deps.schedules.create({ schedule: second, place, carried: [], history: [] });
    assert.equal(again.created, false);
    assert.equal(again.existing?.record.schedule.owner.name, 'Mette', 'the first one, not the second');
    assert.equal((await deps.schedules.get('s-en'))?.record.schedule.owner.name, 'Mette', 'the second wrote nothing');
  });
});
