import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One token request the platform's identity endpoint answered (or refused). */
export interface IdentityRequest {
  resource: string;
  /** The user-assigned identity asked for; undefined for the system-assigned one. */
  clientId?: string;
  /** Whether the secret header App Service gives the app came along. */
  withHeader: boolean;
  /** The token handed out; undefined when refused. */
  token?: string;
}

export interface IdentityStandIn {
  requests: IdentityRequest[];
  /** Client ids the platform has no identity for: a request for one gets App Service's 400. */
  unknown: Set<string>;
  /** The environment App Service gives an app with a managed identity (for a child process). */
  env: { IDENTITY_ENDPOINT: string; IDENTITY_HEADER: string };
}

const TENANT = '7d2c1a4e-5b6f-4c3d-9e8a-0f1b2c3d4e5f';
const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

/**
 * A JWT-shaped token for `resource`, unsigned: Azurite's basic OAuth reads audience, issuer and
 * lifetime and checks no signature, and nothing else here reads it.
 */
function tokenFor(resource: string, clientId: string | undefined, now: number): string {
  const claims = { aud: resource, iss: `https://sts.windows.net/${TENANT}/`, iat: now - 60, nbf: now - 60, exp: now + 3600, appid: clientId ?? 'system', jti: randomBytes(8).toString('hex') };
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

let running: Promise<IdentityStandIn> | undefined;

/**
 * App Service's managed identity endpoint (IDENTITY_ENDPOINT, IDENTITY_HEADER) on loopback: the
 * one outside service @azure/identity asks for a managed identity's token there. msal-node keeps
 * the endpoint it found for the whole process, so this is one stand-in per test run, never stopped.
 */
function standIn(): Promise<IdentityStandIn> {
  running ??= new Promise((resolve) => {
    const header = randomBytes(12).toString('hex');
    const stand: IdentityStandIn = { requests: [], unknown: new Set(), env: { IDENTITY_ENDPOINT: '', IDENTITY_HEADER: header } };
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const request: IdentityRequest = {
        resource: url.searchParams.get('resource') ?? '',
        clientId: url.searchParams.get('client_id') ?? undefined,
        withHeader: req.headers['x-identity-header'] === header,
      };
      stand.requests.push(request);
      res.setHeader('content-type', 'application/json');
      if (!request.withHeader || (request.clientId && stand.unknown.has(request.clientId))) {
        res.statusCode = 400;
        return res.end(JSON.stringify({ statusCode: 400, message: 'No User Assigned or Delegated Managed Identity found for specified ClientId/ResourceId/PrincipalId.' }));
      }
      const now = Math.floor(Date.now() / 1000);
      request.token = tokenFor(request.resource, request.clientId, now);
      res.end(JSON.stringify({ access_token: request.token, expires_on: String(now + 3600), resource: request.resource, token_type: 'Bearer', client_id: request.clientId }));
    });
    server.unref();
    server.listen(0, '127.0.0.1', () => {
      stand.env.IDENTITY_ENDPOINT = `http://127.0.0.1:${(server.address() as AddressInfo).port}/msi/token`;
      resolve(stand);
    });
  });
  return running;
}

/**
 * The identity stand-in for the enclosing describe block, with its variables in process.env
 * while the block runs, as App Service sets them.
 *
 * @example const identity = useIdentityStandIn(); … assert.equal(identity().requests[0].clientId, CLIENT_ID)
 */
export function useIdentityStandIn(): () => IdentityStandIn {
  let stand: IdentityStandIn | undefined;
  let saved: Record<string, string | undefined> = {};
  before(async () => {
    stand = await standIn();
    saved = { IDENTITY_ENDPOINT: process.env.IDENTITY_ENDPOINT, IDENTITY_HEADER: process.env.IDENTITY_HEADER };
    Object.assign(process.env, stand.env);
  });
  after(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  return () => {
    if (!stand) throw new Error('useIdentityStandIn(): not running; use it inside tests and hooks.');
    return stand;
  };
}
