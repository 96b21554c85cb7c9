import assert from 'node:assert/strict';
import { storageOperation } from '../../storage/measure-storage';

describe('storageOperation', () => {
  it('names a Table Storage request by method, kind and table, never by its keys', () => {
    const azurite = 'http://127.0.0.1:10002/devstoreaccount1';
    assert.deepEqual(storageOperation('GET', `${azurite}/sessions(PartitionKey='s-9f2c',RowKey='p-3e8b')`), { operation: 'GET entity', table: 'sessions' });
    // As the SDK sends it: the keys percent-encoded, parentheses too.
    assert.deepEqual(storageOperation('PATCH', `${azurite}/teams%28PartitionKey=%2719%253Aabc%27,RowKey=%27team%27%29`), { operation: 'PATCH entity', table: 'teams' });
    assert.deepEqual(storageOperation('GET', `${azurite}/sessions()?$filter=PartitionKey%20eq%20's-9f2c'`), { operation: 'GET query', table: 'sessions' });
    assert.deepEqual(storageOperation('POST', `${azurite}/sessions`), { operation: 'POST entity', table: 'sessions' }, 'an insert');
    assert.deepEqual(storageOperation('POST', `${azurite}/$batch`), { operation: 'POST batch', table: 'none' });
    assert.deepEqual(storageOperation('POST', `${azurite}/Tables`), { operation: 'POST table', table: 'none' });
    assert.deepEqual(storageOperation('DELETE', `${azurite}/Tables('schedules')`), { operation: 'DELETE table', table: 'none' });
  });
});
