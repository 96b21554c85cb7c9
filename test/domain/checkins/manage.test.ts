import assert from 'node:assert/strict';
import { canManage, editSchedule, newSchedule, setCoFacilitators, setPaused } from '../../../domain/checkins/manage';
import { schedule } from './fixtures';

const METTE = { id: '29:mette', name: 'Mette Holm' };
const JONAS = { id: '29:jonas', name: 'Jonas Kristensen' };
const NOW = new Date('2027-02-03T10:00:00Z');

describe('managing a schedule', () => {
  const { schema, id, version, owner, coFacilitators, paused, createdAt, changedAt, ...settings } = schedule();

  it('a new schedule is version 1, unpaused, owned by its creator', () => {
    const s = newSchedule('s-9', settings, METTE, new Date('2027-01-10T12:00:00Z'));
    assert.deepEqual([s.schema, s.id, s.version, s.owner, s.coFacilitators, s.paused, s.createdAt], [1, 's-9', 1, METTE, [], false, '2027-01-10T12:00:00.000Z']);
  });

  it('only the owner and co-facilitators may change it', () => {
    const s = { ...schedule({ owner: METTE }), coFacilitators: [JONAS] };
    assert.equal(canManage(s, METTE.id), true);
    assert.equal(canManage(s, JONAS.id), true);
    assert.equal(canManage(s, '29:aisha'), false);
  });

  it('an edit bumps the version, and one from a stale card is refused', () => {
    const s = schedule({ version: 3 });
    const edited = editSchedule(s, { ...settings, k: 7 }, 3, NOW);
    assert.ok(edited.ok);
    assert.deepEqual([edited.value.version, edited.value.k, edited.value.owner, edited.value.changedAt], [4, 7, s.owner, '2027-02-03T10:00:00.000Z']);
    assert.deepEqual(editSchedule(s, settings, 2, NOW), { ok: false, problems: [{ key: 'schedule.error.stale' }] });
  });

  it('an edit may not switch template, since its rounds could no longer be compared', () => {
    assert.deepEqual(editSchedule(schedule(), { ...settings, templateId: 'moedevurdering' }, 1, NOW), { ok: false, problems: [{ field: 'templateId', key: 'schedule.error.templateChanged' }] });
  });

  it('pausing and resuming bump the version; repeating one does not; resuming marks the time', () => {
    const p = setPaused(schedule(), true, NOW);
    assert.deepEqual([p.paused, p.version, p.changedAt], [true, 2, undefined]);
    assert.equal(setPaused(p, true, NOW), p);
    const resumed = setPaused(p, false, NOW);
    assert.deepEqual([resumed.paused, resumed.version, resumed.changedAt], [false, 3, '2027-02-03T10:00:00.000Z']);
  });

  it('co-facilitators are listed once, never the owner, at most five', () => {
    const s = schedule({ owner: METTE });
    const r = setCoFacilitators(s, [JONAS, METTE, { ...JONAS, name: 'Jonas K' }]);
    assert.ok(r.ok);
    assert.deepEqual([r.value.coFacilitators, r.value.version], [[JONAS], 2]);
    const six = [1, 2, 3, 4, 5, 6].map((n) => ({ id: `29:${n}`, name: `N${n}` }));
    assert.deepEqual(setCoFacilitators(s, six), { ok: false, problems: [{ field: 'coFacilitators', key: 'schedule.error.coFacilitators', vars: { max: 5 } }] });
  });
});
