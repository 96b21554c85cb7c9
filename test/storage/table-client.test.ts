import assert from 'node:assert/strict';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { useAzurite } from '../support/azurite';

describe('tableClientFor / ensureTable against Azurite', function () {
  this.timeout(20_000);
  const azurite = useAzurite();

  it('creates the table, and a second ensureTable is a no-op', async () => {
    const client = tableClientFor(azurite.connectionString(), 'ensured');
    await ensureTable(client);
    await ensureTable(client);
    await client.upsertEntity({ partitionKey: 'p', rowKey: 'r', v: 1 });
    assert.equal((await client.getEntity<{ v: number }>('p', 'r')).v, 1);
  });

  it('does not swallow other errors (invalid table name → 400)', async () => {
    await assert.rejects(
      () => ensureTable(tableClientFor(azurite.connectionString(), 'ab')),
      (err: { statusCode?: number }) => err.statusCode === 400,
    );
  });

  it('builds an https client for a real account without network access', () => {
    const cs = 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=a2V5;EndpointSuffix=core.windows.net';
    assert.equal(tableClientFor(cs, 'dialogstate').url, 'https://acct.table.core.windows.net');
  });
});
