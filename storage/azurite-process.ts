import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { findFreePort, OutputTail, WATCHDOG_IMPORT_ARG } from './azurite-child';

export interface AzuriteOptions {
  /** Directory to persist data in (created if missing), e.g. ./.data/azurite. */
  location?: string;
  /** Keep data in memory only. This is the default when no `location` is given. */
  inMemory?: boolean;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** 0 or undefined picks a free port. */
  port?: number;
  /**
   * Storage accounts to serve, each with the development key, instead of devstoreaccount1
   * (Azurite's AZURITE_ACCOUNTS). Each account has its own tables, so one Azurite can keep many
   * users apart: the tests give every describe block its own.
   */
  accounts?: readonly string[];
  /** Serve https with this certificate and key (PEM files): Azurite takes a bearer token over https only. */
  https?: { cert: string; key: string };
  /** Accept bearer tokens too; Azurite's "basic" level checks their audience, issuer and lifetime, not a signature. */
  oauth?: 'basic';
}

export interface RunningAzurite {
  /** For devstoreaccount1, or for the first of `accounts`. */
  connectionString: string;
  /** For one of the accounts it serves. */
  connectionStringFor(account: string): string;
  port: number;
  /** Graceful shutdown (Azurite flushes to disk), SIGKILL after a few seconds; resolves once exited. */
  stop(): Promise<void>;
}

/** Azurite's well-known development account key (public, not a secret). */
const DEV_ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const START_TIMEOUT_MS = 20_000;
const STOP_GRACE_MS = 5_000;
const READY_LINE = 'Azurite Table service successfully started';

class PortInUseError extends Error {}

/** Starts Azurite's Table service as a child process and resolves once it is listening. */
export async function startAzurite(opts: AzuriteOptions = {}): Promise<RunningAzurite> {
  if (opts.location !== undefined && opts.inMemory) {
    throw new Error('startAzurite: pass either `location` or `inMemory: true`, not both.');
  }
  const host = opts.host ?? '127.0.0.1';
  let persistArgs = ['--inMemoryPersistence'];
  if (opts.location !== undefined) {
    const dir = path.resolve(opts.location);
    mkdirSync(dir, { recursive: true });
    persistArgs = ['-l', dir];
  }
  // A port found free by findFreePort can be taken before Azurite binds it; then just try another.
  for (let attempt = 1; ; attempt++) {
    const port = opts.port || (await findFreePort(host));
    try {
      return await launch(host, port, [...persistArgs, ...securityArgs(opts)], opts);
    } catch (err) {
      if (opts.port || attempt >= 3 || !(err instanceof PortInUseError)) throw err;
    }
  }
}

function securityArgs(opts: AzuriteOptions): string[] {
  return [...(opts.https ? ['--cert', opts.https.cert, '--key', opts.https.key] : []), ...(opts.oauth ? ['--oauth', opts.oauth] : [])];
}

async function launch(host: string, port: number, extraArgs: string[], opts: AzuriteOptions): Promise<RunningAzurite> {
  const accounts = opts.accounts ?? [];
  // require.resolve, not a cwd-relative path, so this works from any working directory.
  const script = require.resolve('azurite/dist/src/table/main.js');
  // No --skipApiVersionCheck: data-tables 13.3.2 sends x-ms-version 2019-02-02, which Azurite 3.35 accepts.
  // --silent only turns off the per-request access log.
  const args = [WATCHDOG_IMPORT_ARG, script, '--tableHost', host, '--tablePort', String(port)];
  args.push('--disableTelemetry', '--silent', ...extraArgs);
  // stdin is a pipe only so the child's watchdog notices when this process is gone.
  // Its own process group: Ctrl+C in a terminal signals the whole foreground group, and a second
  // SIGINT arriving while our stop() is flushing would make Azurite exit without saving.
  const env = accounts.length ? { ...process.env, AZURITE_ACCOUNTS: accounts.map((a) => `${a}:${DEV_ACCOUNT_KEY}`).join(';') } : process.env;
  const child = spawn(process.execPath, args, { env, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true, detached: true });
  const output = new OutputTail();
  child.stdout?.on('data', (d: Buffer) => output.append(d));
  child.stderr?.on('data', (d: Buffer) => output.append(d));

  // Belt and braces with the watchdog: on a normal parent exit, kill synchronously ('exit' handlers
  // can't wait). SIGKILL may lose up to Azurite's 5 s autosave window; call stop() for a clean flush.
  const killOnParentExit = () => child.kill('SIGKILL');
  process.on('exit', killOnParentExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => process.removeListener('exit', killOnParentExit));

  try {
    await waitUntilReady(child, output, host, port);
  } catch (err) {
    await stopChild(child, exited);
    throw err;
  }
  const endpointHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const connectionStringFor = (account: string) => azuriteConnectionString(endpointHost, port, account, opts.https ? 'https' : 'http');
  return {
    port,
    connectionString: connectionStringFor(accounts[0] ?? 'devstoreaccount1'),
    connectionStringFor,
    stop: () => stopChild(child, exited),
  };
}

/** The connection string for an account on Azurite at host:port, with the development key. */
export function azuriteConnectionString(host: string, port: number, account = 'devstoreaccount1', protocol: 'http' | 'https' = 'http'): string {
  return `DefaultEndpointsProtocol=${protocol};AccountName=${account};AccountKey=${DEV_ACCOUNT_KEY};TableEndpoint=${protocol}://${host}:${port}/${account};`;
}

/** Resolves when Azurite logs that it listens; rejects with its output if it exits or times out. */
function waitUntilReady(child: ChildProcess, output: OutputTail, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = (err?: Error) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('close', onClose);
      child.off('error', finish);
      if (err) reject(err);
      else resolve();
    };
    const onData = () => {
      if (output.includes(READY_LINE)) finish();
    };
    // 'close' (not 'exit') so all of stderr has arrived before we quote it.
    const onClose = (code: number | null, signal: NodeJS.Signals | null) => {
      const why = `Azurite exited during startup (code ${code}, signal ${signal}) on ${host}:${port}.`;
      const ErrorType = output.includes('EADDRINUSE') ? PortInUseError : Error;
      finish(new ErrorType(`${why} Output:\n${output}`));
    };
    const timer = setTimeout(() => {
      finish(new Error(`Azurite did not start listening on ${host}:${port} within ${START_TIMEOUT_MS} ms. Output:\n${output}`));
    }, START_TIMEOUT_MS);
    child.stdout?.on('data', onData);
    child.once('close', onClose);
    child.once('error', finish); // e.g. spawn failure
  });
}

/** SIGINT (Azurite's graceful shutdown: it saves its DB), then SIGKILL if it lingers. Idempotent. */
async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    // SIGINT, not SIGTERM: Azurite only handles SIGINT; SIGTERM kills it before it persists
    // the last few seconds of writes. Azurite handles SIGINT only once, so send it only once.
    if (!child.killed) child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  }
  child.stdin?.destroy();
}
