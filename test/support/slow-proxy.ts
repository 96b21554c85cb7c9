import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP proxy in front of a storage endpoint that holds every chunk of the answers back by
 * `delayMs`: storage that answers, but each request takes that much longer. Order is kept, since
 * every chunk waits equally long.
 */
export class SlowProxy {
  delayMs = 0;
  private server?: Server;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly targetPort: number) {}

  async start(): Promise<number> {
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => this.sockets.delete(s));
      }
      client.on('data', (chunk) => upstream.write(chunk));
      upstream.on('data', (chunk) => (this.delayMs > 0 ? setTimeout(() => client.write(chunk), this.delayMs) : client.write(chunk)));
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    return (server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** An account's storage reached through a SlowProxy; `connectionString` goes through the proxy. */
export interface SlowedAccount {
  proxy: SlowProxy;
  connectionString: string;
}

/** The port of the table endpoint (Azurite's) that a connection string names. */
export function tablePortOf(connectionString: string): number {
  const port = Number(/TableEndpoint=\w+:\/\/[^:/]+:(\d+)\//.exec(connectionString)?.[1]);
  if (!port) throw new Error('tablePortOf(): the connection string has no TableEndpoint with a port (expected TableEndpoint=http://127.0.0.1:<port>/<account>).');
  return port;
}

/**
 * A SlowProxy in front of the account a connection string names, e.g. one of the shared Azurite's:
 * only this way to it is slowed, not Azurite, so the other tests on it run at full speed.
 *
 * @example const { proxy, connectionString } = await slowedAccount(account.connectionString); proxy.delayMs = 150;
 */
export async function slowedAccount(direct: string): Promise<SlowedAccount> {
  const port = tablePortOf(direct);
  const proxy = new SlowProxy(port);
  return { proxy, connectionString: direct.replace(`:${port}/`, `:${await proxy.start()}/`) };
}
