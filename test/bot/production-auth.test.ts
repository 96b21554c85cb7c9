import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { startBot, type RunningBot } from '../../bot/app';
import { readOptions } from '../../config/options';
import { useAzurite } from '../support/azurite';

/** In production mode the adapter validates the Bot Framework JWT; an unsigned activity is refused. */
describe('production mode', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  let bot: RunningBot;

  before(async () => {
    const options = readOptions({
      PORT: '0', HOST: '127.0.0.1', MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: '7d2c1a4e-5b6f-4c3d-9e8a-0f1b2c3d4e5f', ANONYMITY_KEY: randomBytes(32).toString('base64'), ALLOW_EMBEDDED_STORAGE: '1', LOG_LEVEL: 'error',
    });
    bot = await startBot(options, azurite.connectionString(), () => undefined);
  });

  after(async () => bot?.stop());

  it('answers 401 to an activity without a token, and keeps serving', async () => {
    const activity = { type: 'message', id: '1', text: 'start', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1/', from: { id: 'x' }, recipient: { id: 'bot' }, conversation: { id: 'c' } };
    const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    assert.equal(res.status, 401);
    const forged = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.' }, body: JSON.stringify(activity) });
    assert.equal(forged.status, 401);
    assert.equal((await fetch(`${bot.url}/healthz`)).status, 200);
  });
});
