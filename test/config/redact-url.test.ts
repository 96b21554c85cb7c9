import assert from 'node:assert/strict';
import { redactPath, redactUrl, redactUrlsIn } from '../../config/redact-url';

describe('redactUrl', () => {
  it('keeps a table entity URL as host, table and key names, never the keys', () => {
    assert.equal(redactUrl("https://kdprod.table.core.windows.net/sessions(PartitionKey='s-9f2c1a',RowKey='p-3e8b77d2')"), 'https://kdprod.table.core.windows.net/sessions(PartitionKey,RowKey)');
    // A tenant id is no person, but still not a route word.
    assert.equal(redactPath("/sendbudget(PartitionKey='72f988bf-86f1-41af-91ab-2d7cd011db47',RowKey='next')"), '/sendbudget(PartitionKey,RowKey)');
    // As the SDK sends it to Azurite: an account segment, and keys percent-encoded.
    assert.equal(
      redactUrl('http://127.0.0.1:10002/devstoreaccount1/teams(PartitionKey=%2719%253Aabc%2540thread.tacv2%27,RowKey=%27team%27)'),
      'http://127.0.0.1:10002/{id}/teams(PartitionKey,RowKey)',
    );
  });

  it('keeps a query as its parameter names: a filter names a partition', () => {
    assert.equal(redactUrl("https://a.table.core.windows.net/sessions()?$filter=PartitionKey%20eq%20's-1'&$top=5"), 'https://a.table.core.windows.net/sessions()?$filter&$top');
    assert.equal(redactUrl('https://a.table.core.windows.net/Tables'), 'https://a.table.core.windows.net/Tables');
    assert.equal(redactUrl("https://a.table.core.windows.net/Tables('sessions')"), 'https://a.table.core.windows.net/Tables({table})');
    assert.equal(redactUrl('https://a.table.core.windows.net/$batch'), 'https://a.table.core.windows.net/$batch');
  });

  it("replaces conversation and activity ids in connector URLs, a personal chat's included", () => {
    assert.equal(
      redactUrl('https://smba.trafficmanager.net/emea/v3/conversations/a%3A1Xq8wLkPz-personal/activities/1795367000001'),
      'https://smba.trafficmanager.net/{id}/v3/conversations/{id}/activities/{id}',
    );
    assert.equal(
      redactUrl('https://smba.trafficmanager.net/emea/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D17953/pagedmembers?pageSize=500&continuationToken=xyz'),
      'https://smba.trafficmanager.net/{id}/v3/conversations/{id}/pagedmembers?pageSize&continuationToken',
    );
  });

  it('drops user, password and fragment, and replaces a Key Vault secret name', () => {
    assert.equal(redactUrl('https://user:pw@kd-prod.vault.azure.net/secrets/kd-0123456789abcdef0123456789abcdef/v1?api-version=7.5#x'), 'https://kd-prod.vault.azure.net/secrets/{id}/v1?api-version');
    assert.equal(redactUrl('not a url'), '{url}');
  });

  it('does not let a key value pass for a key name', () => {
    assert.equal(redactPath("/sessions(PartitionKey='x,Mette=1',RowKey='it''s=2')"), '/sessions(PartitionKey,RowKey)');
  });

  it('changes nothing when run again on its own output', () => {
    const once = redactUrl("https://a.table.core.windows.net/devstoreaccount1/sessions(PartitionKey='s',RowKey='r')?$filter=x");
    assert.equal(redactUrl(once), once);
  });
});

describe('redactUrlsIn', () => {
  it('templates every URL in a text and leaves the rest', () => {
    assert.equal(
      redactUrlsIn("PATCH https://a.table.core.windows.net/sessions(PartitionKey='s-1',RowKey='a-2') failed; retry http://127.0.0.1:3978/v3/conversations/a:1x/activities"),
      'PATCH https://a.table.core.windows.net/sessions(PartitionKey,RowKey) failed; retry http://127.0.0.1:3978/v3/conversations/{id}/activities',
    );
  });
});
