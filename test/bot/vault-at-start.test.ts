import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot } from '../../bot/app';
import { readOptions } from '../../config/options';
import { findFreePort } from '../../storage/azurite-child';
import { useAzurite } from '../support/azurite';

/** Whether anything takes a connection on the port. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

/**
 * The vault is checked while the bot starts (SecretVault.check), so a misconfigured one stops the
 * start with the setting to change instead of failing the first session. The Key Vault side of
 * the check is tested against a stand-in in test/storage/key-vault-secret-vault.test.ts.
 */
describe('startBot checks the vault before it listens', function () {
  this.timeout(30_000);
  const azurite = useAzurite();

  it('refuses to start, naming KEY_DIR, when the secrets folder cannot be made, and never listens', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kd-start-'));
    writeFileSync(join(root, 'keys'), 'a file where the folder should be');
    const port = await findFreePort('127.0.0.1');
    const options = readOptions({ PORT: String(port), ANONYMITY_KEY: randomBytes(32).toString('base64'), DATA_DIR: join(root, 'data'), KEY_DIR: join(root, 'keys'), PLAYGROUND: 'off' });
    await assert.rejects(
      startBot(options, azurite.connectionString(), () => undefined),
      (err: Error & { reason?: string }) => err.reason === 'config' && /secrets folder .* set KEY_DIR/.test(err.message),
    );
    assert.equal(await listening(port), false);
  });
});
