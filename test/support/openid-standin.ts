import { listenOnLoopback, type LoopbackServer } from './loopback-server';
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { useStarted } from './use-started';

/** The issuer Teams' tokens carry (botframework-connector's AuthenticationConstants.ToBotFromChannelTokenIssuer). */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface TokenOptions {
  /** The bot's app id; a token for another app must be refused. */
  audience: string;
  /** The activity's serviceUrl, as the channel signs it into the `serviceurl` claim. */
  serviceUrl: string;
  issuer?: string;
  /** Seconds from now; negative for a token that has expired. */
  expiresIn?: number;
  /** Seconds from now the token becomes valid; positive for one used too early. */
  notBefore?: number;
  /** Sign with a key the stand-in never published (under the published key id, unless `kid` says otherwise). */
  foreignKey?: boolean;
  kid?: string;
}

/**
 * A loopback stand-in for the Bot Framework's token service: an OpenID configuration at
 * `/.well-known/openidconfiguration` whose `jwks_uri` lists one RSA key, endorsed for msteams as
 * Microsoft's keys are, and tokens signed with it (RS256) the way the channel signs its requests.
 * Point the bot's BotOpenIdMetadata at `metadataUrl`.
 */
export class OpenIdStandIn {
  readonly kid = randomUUID();
  private readonly key = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private readonly foreign = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private server?: LoopbackServer;
  private base = '';
  /** Requests for the configuration and the keys, to show the bot really fetched them. */
  readonly fetched: string[] = [];

  get metadataUrl(): string {
    if (!this.base) throw new Error('OpenIdStandIn: start() it first.');
    return `${this.base}/.well-known/openidconfiguration`;
  }

  async start(): Promise<this> {
    this.server = await listenOnLoopback((req, res) => {
      this.fetched.push(req.url ?? '');
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.url === '/.well-known/openidconfiguration') return json(200, { issuer: CHANNEL_ISSUER, jwks_uri: `${this.base}/keys`, id_token_signing_alg_values_supported: ['RS256'] });
      if (req.url === '/keys') return json(200, { keys: [{ ...this.key.publicKey.export({ format: 'jwk' }), kid: this.kid, use: 'sig', endorsements: ['msteams'] }] });
      return json(404, { error: 'not found' });
    });
    this.base = this.server.base;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    await server?.stop();
  }

  /** A channel token as Teams would send it in `Authorization: Bearer …`. */
  token(o: TokenOptions): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', kid: o.kid ?? this.kid };
    const claims = { iss: o.issuer ?? CHANNEL_ISSUER, aud: o.audience, serviceurl: o.serviceUrl, iat: now - 60, nbf: now + (o.notBefore ?? -60), exp: now + (o.expiresIn ?? 3600) };
    return signRs256(header, claims, o.foreignKey ? this.foreign.privateKey : this.key.privateKey);
  }
}

function signRs256(header: object, claims: object, key: KeyObject): string {
  const part = (x: object) => Buffer.from(JSON.stringify(x)).toString('base64url');
  const data = `${part(header)}.${part(claims)}`;
  return `${data}.${sign('sha256', Buffer.from(data), key).toString('base64url')}`;
}

/** A stand-in for the enclosing describe block: started in before(), stopped in after(). */
export function useOpenIdStandIn(): () => OpenIdStandIn {
  return useStarted('useOpenIdStandIn()', () => new OpenIdStandIn().start());
}
