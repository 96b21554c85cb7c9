import { randomBytes } from 'node:crypto';
import sinon from 'sinon';
import { MicrosoftAppCredentials } from 'botframework-connector';
import { startBot, type RunningBot } from '../../bot/app';
import type { LogLine } from '../../config/log';
import { readOptions } from '../../config/options';
import { useAzurite } from './azurite';
import { useConnectorStandIn, type ConnectorStandIn } from './connector-standin';
import { useOpenIdStandIn, type OpenIdStandIn, type TokenOptions } from './openid-standin';
import { captureConsole } from './capture-console';
import type { HttpResult } from './activities';
import { tempKeyDir } from './temp-vault';

export const APP_ID = '11111111-2222-3333-4444-555555555555';

/** The secrets a production bot holds, so a test can look for them where they must not be. */
export interface ProductionSecrets {
  appPassword: string;
  anonymityKey: string;
  /** What the stubbed Microsoft login hands the bot for its own calls to the connector. */
  outboundToken: string;
}

export interface ProductionStack {
  bot(): RunningBot;
  openId(): OpenIdStandIn;
  connector(): ConnectorStandIn;
  connectionString(): string;
  secrets: ProductionSecrets;
  /** Every line the bot logged. */
  logs: LogLine[];
  /** Everything written through console while the stack ran (botbuilder prints its errors there). */
  console: string[];
  /** A channel token for this bot and the stand-in's serviceUrl, unless `o` says otherwise. */
  token(o?: Partial<TokenOptions>): string;
  /** Every token handed out by token(), to look for in the logs. */
  tokens: string[];
  /** POSTs an activity with `Authorization: Bearer <token>` (a fresh valid token unless given; `null` for none). */
  post(activity: unknown, token?: string | null): Promise<HttpResult>;
}

/**
 * The bot in production mode for one describe block: JWT validation against a loopback OpenID
 * stand-in (BotOpenIdMetadata), real Azurite, the connector stand-in, and the Microsoft login for
 * the bot's outbound token stubbed with sinon (the only fake: it is the Microsoft cloud).
 */
export function useProductionStack(o: { env?: Record<string, string>; now?: () => Date } = {}): ProductionStack {
  const azurite = useAzurite();
  const openId = useOpenIdStandIn();
  const connector = useConnectorStandIn();
  const secrets: ProductionSecrets = {
    appPassword: `pw-${randomBytes(12).toString('base64url')}`,
    anonymityKey: randomBytes(32).toString('base64'),
    outboundToken: `outbound-${randomBytes(12).toString('hex')}`,
  };
  const logs: LogLine[] = [];
  const tokens: string[] = [];
  let bot: RunningBot | undefined;
  let getToken: sinon.SinonStub | undefined;
  let captured: ReturnType<typeof captureConsole> | undefined;
  const consoleLines: string[] = [];

  before(async () => {
    captured = captureConsole(consoleLines);
    getToken = sinon.stub(MicrosoftAppCredentials.prototype, 'getToken').resolves(secrets.outboundToken);
    const options = readOptions({
      PORT: '0',
      HOST: '127.0.0.1',
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: secrets.appPassword,
      MicrosoftAppTenantId: '7d2c1a4e-5b6f-4c3d-9e8a-0f1b2c3d4e5f',
      ANONYMITY_KEY: secrets.anonymityKey,
      KEY_DIR: tempKeyDir(),
      ALLOW_EMBEDDED_STORAGE: '1',
      LOG_LEVEL: 'info',
      BotOpenIdMetadata: openId().metadataUrl,
      PROGRESS_EVERY_MS: '20',
      ...o.env,
    });
    bot = await startBot(options, azurite.connectionString(), (line) => logs.push(line), o.now);
  });

  after(async () => {
    await bot?.stop();
    getToken?.restore();
    captured?.restore();
  });

  const must = <T>(x: T | undefined, what: string): T => {
    if (!x) throw new Error(`useProductionStack(): ${what} is not running; use it inside tests and hooks.`);
    return x;
  };
  const token = (t: Partial<TokenOptions> = {}) => {
    const signed = openId().token({ audience: APP_ID, serviceUrl: connector().serviceUrl, ...t });
    tokens.push(signed);
    return signed;
  };
  const post = async (activity: unknown, t?: string | null): Promise<HttpResult> => {
    const bearer = t === null ? undefined : `Bearer ${t ?? token()}`;
    const started = performance.now();
    const res = await fetch(`${must(bot, 'the bot').url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: bearer } : {}) },
      body: JSON.stringify(activity),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* keep the text */
    }
    return { status: res.status, body, ms: performance.now() - started };
  };
  return {
    bot: () => must(bot, 'the bot'),
    openId,
    connector,
    connectionString: azurite.connectionString,
    secrets,
    logs,
    console: consoleLines,
    token,
    tokens,
    post,
  };
}
