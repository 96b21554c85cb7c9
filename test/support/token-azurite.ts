import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TableClient, TableServiceClient } from '@azure/data-tables';
import { startAzurite } from '../../storage/azurite-process';
import { useStarted } from './use-started';

export interface TokenAzurite {
  /** The account's Table endpoint, as AZURE_STORAGE_ACCOUNT_URL takes it on loopback. */
  accountUrl: string;
  /** The self-signed certificate it serves, to trust (a child's NODE_EXTRA_CA_CERTS). */
  caFile: string;
  /** Makes `client` trust that certificate, as a real account's is trusted. */
  trusting<T extends TableClient | TableServiceClient>(client: T): T;
  stop(): Promise<void>;
}

/**
 * An Azurite of its own for the enclosing describe block that serves https and takes bearer
 * tokens, as a storage account reached as a managed identity does. The certificate for 127.0.0.1
 * is made with openssl for the run.
 *
 * @example const azurite = useTokenAzurite(); … azurite().trusting(tableClientFor({ accountUrl: azurite().accountUrl, credential }, 'sessions'))
 */
export function useTokenAzurite(): () => TokenAzurite {
  return useStarted('useTokenAzurite()', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kd-tls-'));
    const cert = join(dir, 'cert.pem');
    const key = join(dir, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      {
        stdio: 'pipe',
      },
    );
    const ca = readFileSync(cert, 'utf8');
    const azurite = await startAzurite({ inMemory: true, https: { cert, key }, oauth: 'basic' });
    return {
      accountUrl: `https://127.0.0.1:${azurite.port}/devstoreaccount1`,
      caFile: cert,
      trusting: (client) => {
        client.pipeline.addPolicy({ name: 'trustTestCertificate', sendRequest: (request, next) => ((request.tlsSettings = { ca }), next(request)) });
        return client;
      },
      stop: () => azurite.stop(),
    };
  });
}
