import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SecretClient } from '@azure/keyvault-secrets';
import sinon from 'sinon';
import { startBot } from '../../bot/app';
import { readOptions } from '../../config/options';
import { findFreePort } from '../../storage/azurite-child';
import { FileVault } from '../../storage/file-vault';
import { sessionsFolder } from '../../storage/secret-vault-for';
import { SessionStore } from '../../storage/session-store';
import { tableClientFor } from '../../storage/table-client';
import { useAzurite } from '../support/azurite';
import { keyVaultError } from '../support/key-vault-standin';
import { openSessionRecord } from '../support/session-record';

const SECRET_URL = 'https://kd-keys.vault.azure.net/secrets/anonymity-key/0123456789abcdef0123456789abcdef';

/** Whether anything takes a connection on the port. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

/**
 * ANONYMITY_KEY_SECRET_URL: the key is read from Key Vault once at start, as the app's identity.
 * Key Vault is the Microsoft cloud, so SecretClient's one call is stubbed with sinon; the rest
 * (Azurite, the session secrets' vault, the bot) is real.
 */
describe('startBot with the anonymity key in Key Vault (ANONYMITY_KEY_SECRET_URL)', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  let getSecret: sinon.SinonStub;
  let root: string;

  beforeEach(() => {
    getSecret = sinon.stub(SecretClient.prototype, 'getSecret');
    root = mkdtempSync(join(tmpdir(), 'kd-kvkey-'));
  });
  afterEach(() => getSecret.restore());

  const options = (port = 0) => readOptions({ PORT: String(port), ANONYMITY_KEY_SECRET_URL: SECRET_URL, DATA_DIR: join(root, 'data'), KEY_DIR: join(root, 'keys'), PLAYGROUND: 'off' });

  it("reads the key from that secret at start, and the sessions' secrets are wrapped under it", async () => {
    const key = randomBytes(32);
    const vaults: string[] = [];
    getSecret.callsFake(async function (this: SecretClient, name: string) {
      vaults.push(this.vaultUrl);
      return { name, value: key.toString('base64'), properties: {} };
    });
    const bot = await startBot(options(), azurite.connectionString(), () => undefined);
    try {
      sinon.assert.calledOnceWithExactly(getSecret, 'anonymity-key', { version: '0123456789abcdef0123456789abcdef' });
      assert.deepEqual(vaults, ['https://kd-keys.vault.azure.net']);
      const session = openSessionRecord();
      assert.ok(await bot.deps.sessions.create(session));
      assert.equal((await bot.deps.sessions.secret(session.id))?.length, 32, 'the bot opens its own session secret');
      const vault = new FileVault(sessionsFolder(join(root, 'keys')));
      const sameKey = new SessionStore(tableClientFor(azurite.connectionString(), 'sessions'), key, vault);
      assert.deepEqual(await sameKey.secret(session.id), await bot.deps.sessions.secret(session.id), 'the key from Key Vault opens it');
      const otherKey = new SessionStore(tableClientFor(azurite.connectionString(), 'sessions'), randomBytes(32), vault);
      await assert.rejects(otherKey.secret(session.id), 'another key does not');
      assert.deepEqual(
        readdirSync(join(root, 'keys')).filter((f) => f.startsWith('anonymity-')),
        [],
        'no local key was made',
      );
    } finally {
      await bot.stop();
    }
  });

  for (const [what, answer, pattern] of [
    ['refuses the identity (403)', keyVaultError(403), /refused to let the app's identity read the anonymity key: give it the read-only "Key Vault Secrets User" role/],
    [
      'has no such secret (404)',
      keyVaultError(404),
      /no secret at ANONYMITY_KEY_SECRET_URL .*az keyvault secret set --vault-name kd-keys --name anonymity-key --value "\$\(openssl rand -base64 32\)"/,
    ],
    ['holds something else than 32 bytes', { name: 'anonymity-key', value: randomBytes(16).toString('base64') }, /must hold 32 bytes, base64-encoded/],
  ] as const) {
    it(`refuses to start, saying what to do, when Key Vault ${what}, and never listens`, async () => {
      if (answer instanceof Error) getSecret.rejects(answer);
      else getSecret.resolves(answer);
      const port = await findFreePort('127.0.0.1');
      await assert.rejects(
        startBot(options(port), azurite.connectionString(), () => undefined),
        (err: Error & { reason?: string }) => err.reason === 'config' && pattern.test(err.message),
      );
      assert.equal(await listening(port), false);
    });
  }
});
