import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import sinon from 'sinon';
import { KeyVaultSecretVault, type SecretCalls } from '../../storage/key-vault-secret-vault';
import { newVaultName } from '../../storage/secret-vault';

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

  it('refuses a name that is not one of its own, before it becomes a URL', async () => {
    await assert.rejects(vault.get('../keys/anonymity'), /not a vault entry name/);
    sinon.assert.notCalled(client.getSecret);
  });
});
