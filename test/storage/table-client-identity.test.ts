import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { azureCredential } from '../../config/azure-credential';
import { ensureTableAtStart } from '../../storage/storage-check';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { useAzurite } from '../support/azurite';
import { useIdentityStandIn } from '../support/identity-standin';
import { useTokenAzurite } from '../support/token-azurite';

const configError = (pattern: RegExp) => (err: Error & { reason?: string }) => err.reason === 'config' && pattern.test(err.message);

/**
 * Storage reached as a managed identity, end to end on this machine: @azure/identity asks App
 * Service's identity endpoint (a loopback stand-in) for a token, and an Azurite that serves https
 * and checks bearer tokens takes it. Only the Microsoft cloud's part is stood in for.
 */
describe('tableClientFor: storage reached as a managed identity', function () {
  this.timeout(30_000);
  const identity = useIdentityStandIn();
  const azurite = useTokenAzurite();

  it('signs in as the user-assigned identity AZURE_CLIENT_ID names, for Azure Storage, and reads and writes with its token', async () => {
    const clientId = randomUUID();
    const client = azurite().trusting(tableClientFor({ accountUrl: azurite().accountUrl, credential: azureCredential(clientId) }, 'identitytable'));
    await ensureTable(client);
    await client.upsertEntity({ partitionKey: 'p', rowKey: 'r', v: 7 });
    assert.equal((await client.getEntity<{ v: number }>('p', 'r')).v, 7);
    const asked = identity().requests.filter((r) => r.clientId === clientId);
    assert.ok(asked.length >= 1, 'the identity endpoint was asked for that identity');
    assert.deepEqual(
      asked.map((r) => [r.resource, r.withHeader]),
      asked.map(() => ['https://storage.azure.com', true]),
    );
  });

  it('without AZURE_CLIENT_ID signs in as the system-assigned identity (DefaultAzureCredential)', async () => {
    const before = identity().requests.length;
    const client = azurite().trusting(tableClientFor({ accountUrl: azurite().accountUrl, credential: azureCredential() }, 'systemtable'));
    await ensureTable(client);
    const asked = identity().requests.slice(before);
    assert.ok(asked.length >= 1);
    for (const r of asked) assert.equal(r.clientId, undefined, 'no client id: the system-assigned identity');
  });

  it('Azurite refuses a request without a token, so the token is what got the others through', async () => {
    const anonymous = azurite().trusting(new TableClient(azurite().accountUrl, 'identitytable'));
    await assert.rejects(anonymous.getEntity('p', 'r'), (err: { statusCode?: number }) => err.statusCode === 403);
  });

  it('stops the start naming AZURE_CLIENT_ID when the platform has no such identity', async () => {
    const clientId = randomUUID();
    identity().unknown.add(clientId);
    const storage = { accountUrl: azurite().accountUrl, credential: azureCredential(clientId) };
    await assert.rejects(
      ensureTableAtStart(azurite().trusting(tableClientFor(storage, 'refused')), storage),
      configError(/could not sign in to https:\/\/127\.0\.0\.1:\d+\/devstoreaccount1 .*AZURE_CLIENT_ID/),
    );
  });

  it('stops the start naming the role when storage refuses the token (403)', async () => {
    // A token for another service: Azurite answers 403, as Azure Storage does to an identity without a data role.
    const credential = { getToken: async () => ({ token: (await azureCredential(randomUUID()).getToken('https://vault.azure.net/.default'))!.token, expiresOnTimestamp: Date.now() + 3_600_000 }) };
    const storage = { accountUrl: azurite().accountUrl, credential };
    await assert.rejects(
      ensureTableAtStart(azurite().trusting(tableClientFor(storage, 'forbidden')), storage),
      configError(/refused the app's identity: give it the "Storage Table Data Contributor" role/),
    );
  });
});

describe('ensureTableAtStart with a connection string', function () {
  this.timeout(20_000);
  const azurite = useAzurite();

  it('names AZURE_STORAGE_CONNECTION_STRING when the account refuses its key, and never prints the key', async () => {
    const wrongKey = randomBytes(64).toString('base64');
    const storage = azurite.connectionString().replace(/AccountKey=[^;]+/, `AccountKey=${wrongKey}`);
    await assert.rejects(ensureTableAtStart(tableClientFor(storage, 'wrongkey'), storage), (err: Error & { reason?: string }) => {
      assert.equal(err.reason, 'config');
      assert.match(err.message, /the storage account kdtest\d+ refused the key in AZURE_STORAGE_CONNECTION_STRING/);
      assert.ok(!err.message.includes(wrongKey));
      return true;
    });
  });

  it('passes on what is not a setting (an invalid table name, 400) as it was', async () => {
    const storage = azurite.connectionString();
    await assert.rejects(ensureTableAtStart(tableClientFor(storage, 'ab'), storage), (err: Error & { statusCode?: number; reason?: string }) => err.statusCode === 400 && err.reason === undefined);
  });
});
