import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { AggregateAuthenticationError, CredentialUnavailableError } from '@azure/identity';
import sinon from 'sinon';
import { KeyVaultSecretVault, type SecretCalls } from '../../storage/key-vault-secret-vault';
import { newVaultName, VaultBusyError } from '../../storage/secret-vault';
import { keyVaultStandIn } from '../support/key-vault-standin';

/** What Key Vault answers for a secret it does not have (RestError carries `statusCode`). */
const restError = (statusCode: number) => Object.assign(new Error(`Key Vault said ${statusCode}`), { statusCode });

/**
 * The Key Vault vault against a sinon stand-in for SecretClient: the Microsoft cloud cannot run
 * here, so these check that each operation makes the right calls and reads the answers right.
 */
describe('KeyVaultSecretVault: the session secrets in Azure Key Vault', () => {
  let client: { setSecret: sinon.SinonStub; getSecret: sinon.SinonStub; beginDeleteSecret: sinon.SinonStub; purgeDeletedSecret: sinon.SinonStub };
  let pollUntilDone: sinon.SinonStub;
  let vault: KeyVaultSecretVault;
  const name = newVaultName();

  beforeEach(() => {
    pollUntilDone = sinon.stub().resolves({ name });
    client = {
      setSecret: sinon.stub().resolves({ name }),
      getSecret: sinon.stub(),
      beginDeleteSecret: sinon.stub().resolves({ pollUntilDone }),
      purgeDeletedSecret: sinon.stub().resolves(),
    };
    vault = new KeyVaultSecretVault(client as unknown as SecretCalls, 'https://kd-test.vault.azure.net');
  });

  it('put sets the secret under its name, base64', async () => {
    const secret = randomBytes(60);
    await vault.put(name, secret);
    sinon.assert.calledOnceWithMatch(client.setSecret, name, secret.toString('base64'));
  });

  it('get reads it back as bytes', async () => {
    const secret = randomBytes(60);
    client.getSecret.withArgs(name).resolves({ name, value: secret.toString('base64'), properties: {} });
    assert.deepEqual(await vault.get(name), secret);
  });

  it('get gives undefined for a secret Key Vault does not have (404), and passes on any other failure', async () => {
    client.getSecret.rejects(restError(404));
    assert.equal(await vault.get(name), undefined);
    client.getSecret.rejects(restError(403));
    await assert.rejects(vault.get(name), /403/);
  });

  it('destroy deletes, waits until the delete is done, then purges: nothing is left to recover', async () => {
    await vault.destroy(name);
    sinon.assert.calledOnceWithMatch(client.beginDeleteSecret, name);
    sinon.assert.calledOnce(pollUntilDone);
    sinon.assert.calledOnceWithExactly(client.purgeDeletedSecret, name);
    sinon.assert.callOrder(client.beginDeleteSecret, pollUntilDone, client.purgeDeletedSecret);
  });

  it('destroy of a secret deleted already still purges it, and of one purged already is fine', async () => {
    client.beginDeleteSecret.rejects(restError(404));
    await vault.destroy(name);
    sinon.assert.calledOnceWithExactly(client.purgeDeletedSecret, name);
    client.purgeDeletedSecret.rejects(restError(404));
    await vault.destroy(name);
  });

  it('destroy tells the operator what to change when Key Vault refuses the purge', async () => {
    client.purgeDeletedSecret.rejects(restError(403));
    await assert.rejects(vault.destroy(name), /refused to purge.*Key Vault Secrets Officer.*purge protection/);
    client.beginDeleteSecret.rejects(restError(500));
    await assert.rejects(vault.destroy(name), /500/);
  });

  it('destroy whose purge Key Vault refuses while it is still deleting (409) throws VaultBusyError, for the sweep to try again', async () => {
    client.purgeDeletedSecret.rejects(restError(409));
    await assert.rejects(vault.destroy(name), (err: unknown) => err instanceof VaultBusyError && err.reason === 'busy' && /still deleting.*next retention sweep/.test(err.message));
  });

  it('refuses a name that is not one of its own, before it becomes a URL', async () => {
    await assert.rejects(vault.get('../keys/anonymity'), /not a vault entry name/);
    sinon.assert.notCalled(client.getSecret);
  });
});

/** list() and check() against the in-memory stand-in (test/support/key-vault-standin.ts). */
describe('KeyVaultSecretVault: listing, and the check at start', () => {
  const URL = 'https://kd-test.vault.azure.net';
  let kv: ReturnType<typeof keyVaultStandIn>;
  let vault: KeyVaultSecretVault;

  beforeEach(() => {
    kv = keyVaultStandIn();
    vault = new KeyVaultSecretVault(kv.client, URL);
  });

  it('lists its own secrets and those deleted but not purged (leftovers), never another secret in the vault', async () => {
    const [kept, deleted] = [newVaultName(), newVaultName()];
    await vault.put(kept, randomBytes(32));
    await vault.put(deleted, randomBytes(32));
    await kv.client.setSecret('anonymity-key', 'not ours');
    await (await kv.client.beginDeleteSecret(deleted)).pollUntilDone();
    const listed = new Map((await vault.list()).map((e) => [e.name, e]));
    assert.deepEqual([...listed.keys()].sort(), [kept, deleted].sort());
    assert.deepEqual([listed.get(kept)?.leftover, listed.get(deleted)?.leftover], [false, true]);
    assert.ok(listed.get(deleted)!.createdOn instanceof Date);
    await vault.destroy(deleted);
    assert.deepEqual(kv.deleted.size, 0, 'a leftover is purged by destroy');
  });

  it('check() reads one page of one secret and changes nothing', async () => {
    await vault.check();
    sinon.assert.calledOnce(kv.stubs.listPropertiesOfSecrets);
    sinon.assert.notCalled(kv.stubs.purgeDeletedSecret);
    sinon.assert.notCalled(kv.stubs.setSecret);
  });

  const configError = (pattern: RegExp) => (err: Error & { reason?: string }) => err.reason === 'config' && pattern.test(err.message);

  it('check() says how to sign in when there is no identity to sign in with', async () => {
    const noIdentity = new AggregateAuthenticationError([new CredentialUnavailableError('ManagedIdentityCredential: no managed identity endpoint')], 'ChainedTokenCredential authentication failed.');
    // The pipeline asks for the token when the first page is read.
    kv.stubs.listPropertiesOfSecrets.returns({ byPage: () => ({ next: () => Promise.reject(noIdentity) }) });
    await assert.rejects(vault.check(), configError(new RegExp(`sign in to ${URL}.*managed identity.*AZURE_CLIENT_ID.*az login.*KEY_VAULT_URL unset`)));
    kv.stubs.listPropertiesOfSecrets.returns({ byPage: () => ({ next: () => Promise.reject(restError(401)) }) });
    await assert.rejects(vault.check(), configError(/sign in/));
  });

  it('check() names the role when the identity may not list', async () => {
    kv.stubs.listPropertiesOfSecrets.returns({ byPage: () => ({ next: () => Promise.reject(restError(403)) }) });
    await assert.rejects(vault.check(), configError(/Key Vault Secrets Officer/));
  });

  it('check() names KEY_VAULT_URL when nothing answers at that address', async () => {
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND kd-tset.vault.azure.net'), { code: 'ENOTFOUND' });
    kv.stubs.listPropertiesOfSecrets.returns({ byPage: () => ({ next: () => Promise.reject(notFound) }) });
    await assert.rejects(vault.check(), configError(/could not reach a Key Vault.*set KEY_VAULT_URL to the "Vault URI"/));
  });

  it('check() passes on any other failure as it is, with where it happened, not as a setting to change', async () => {
    kv.stubs.listPropertiesOfSecrets.returns({ byPage: () => ({ next: () => Promise.reject(restError(500)) }) });
    await assert.rejects(vault.check(), (err: Error & { reason?: string }) => err.reason === undefined && /checkKeyVault\(\): .* failed at start with 500/.test(err.message));
  });
});
