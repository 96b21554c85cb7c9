import net from 'node:net';

/**
 * Small helpers for running Azurite as a child process; kept apart from azurite-process.ts so that
 * file stays about the start/stop lifecycle.
 */

/**
 * Code preloaded into the Azurite child (`node --import=data:…`). The parent holds the child's stdin
 * pipe open; when the parent dies in ANY way (even SIGKILL, or SIGTERM from `tsx watch`, where no
 * 'exit' event runs), the pipe hits EOF and the child shuts itself down. It uses SIGINT because
 * that is the signal Azurite handles gracefully (flushing its database); the timer is a hard
 * fallback. stdin is unref'd so the pipe alone never keeps Azurite alive after a normal stop.
 */
const WATCHDOG_SOURCE = [
  'process.stdin.on("end", () => {',
  '  process.kill(process.pid, "SIGINT");',
  '  setTimeout(() => process.exit(1), 5000).unref();',
  '}).resume();',
  'process.stdin.unref();',
].join('\n');

export const WATCHDOG_IMPORT_ARG = `--import=data:text/javascript,${encodeURIComponent(WATCHDOG_SOURCE)}`;

/** Asks the OS for a currently free TCP port on `host` by listening on port 0. */
export function findFreePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error(`Could not get a free port on ${host}.`))));
    });
  });
}

/** True if something accepts TCP connections on host:port right now. */
export function acceptsConnections(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false)); // refused/unreachable is exactly the "no" answer
  });
}

/** Keeps the last `max` chars of a child's stdout+stderr, for readable startup errors. */
export class OutputTail {
  private text = '';

  constructor(private readonly max = 8000) {}

  append(chunk: Buffer | string): void {
    this.text = (this.text + chunk.toString()).slice(-this.max);
  }

  includes(s: string): boolean {
    return this.text.includes(s);
  }

  toString(): string {
    return this.text.trim() || '(no output)';
  }
}
