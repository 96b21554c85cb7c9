import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { TableStateStorage } from '../../storage/table-state-storage';
import sinon from 'sinon';
import { LANGUAGE_MEMORY_MS, TeamRegistry } from '../../storage/team-registry';
import { useAzurite } from '../support/azurite';

describe('TeamRegistry against Azurite: writes that race each other all land', function () {
  this.timeout(30_000);
  const azurite = useAzurite();

  it('keeps every template, the language and the reinstall when instances write the same team at once', async () => {
    const storage = await TableStateStorage.create(azurite.connectionString(), `teams${randomBytes(4).toString('hex')}`);
    const [a, b] = [new TeamRegistry(storage), new TeamRegistry(storage)];
    await a.markUninstalled('team-1', new Date('2027-01-01T00:00:00Z'));
    const custom = { questions: [{ kind: 'freeText' as const, text: 'Hvad?' }] };
    await Promise.all([
      ...Array.from({ length: 5 }, (_, i) => (i % 2 ? a : b).addTemplate('team-1', { title: `Skabelon ${i}`, custom })),
      a.setLanguage('team-1', 'en'),
      b.setInstalled('team-1', true, 'da'),
    ]);
    const record = await a.get('team-1');
    assert.deepEqual(record?.templates?.map((t) => t.title).sort(), ['Skabelon 0', 'Skabelon 1', 'Skabelon 2', 'Skabelon 3', 'Skabelon 4']);
    assert.equal(record?.language, 'en');
    assert.equal(record?.installed, true);
    assert.equal(record?.deleteAfter, undefined, 'the reinstall cancelled the pending deletion');
  });

  it("reads a team's language once per few seconds: its own change at once, another instance's within LANGUAGE_MEMORY_MS", async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const storage = await TableStateStorage.create(azurite.connectionString(), `teams${randomBytes(4).toString('hex')}`);
      const here = new TeamRegistry(storage);
      const there = new TeamRegistry(storage);
      await here.setInstalled('team-1', true, 'da');
      let reads = 0;
      const get = storage.read.bind(storage);
      storage.read = async (keys) => ((reads += 1), get(keys));
      assert.equal(await here.language('team-1'), 'da');
      assert.equal(await here.language('team-1'), 'da');
      assert.equal(reads, 1, 'the second card action reads nothing');
      await there.setLanguage('team-1', 'en');
      assert.equal(await there.language('team-1'), 'en', 'its own change at once');
      assert.equal(await here.language('team-1'), 'da', 'another instance still remembers');
      await clock.tickAsync(LANGUAGE_MEMORY_MS);
      assert.equal(await here.language('team-1'), 'en', 'and reads it again after LANGUAGE_MEMORY_MS');
    } finally {
      clock.restore();
    }
  });
});
