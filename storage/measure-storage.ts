import type { TableServiceClientOptions } from '@azure/data-tables';
import { measureStorageRequest } from '../config/measures';
import { statusCodeOf } from './storage-errors';

type PolicyConfig = NonNullable<TableServiceClientOptions['additionalPolicies']>[number];

/**
 * A pipeline policy that measures every Table Storage request, each try on its own: operation,
 * table, status and milliseconds, never a key (config/measures.ts). Without telemetry the
 * measurement is the API's no-op.
 *
 * @example TableClient.fromConnectionString(cs, 'sessions', { additionalPolicies: [measureStorage] })
 */
export const measureStorage: PolicyConfig = {
  position: 'perRetry',
  policy: {
    name: 'kernedialogMeasureStorage',
    async sendRequest(request, next) {
      const started = performance.now();
      const { operation, table } = storageOperation(request.method, request.url);
      try {
        const response = await next(request);
        measureStorageRequest(operation, table, response.status, performance.now() - started);
        return response;
      } catch (err) {
        measureStorageRequest(operation, table, statusCodeOf(err) ?? 'network', performance.now() - started);
        throw err;
      }
    },
  },
};

/**
 * A request as "METHOD kind" and its table; the keys in the URL stay out.
 *
 * @example storageOperation('GET', "https://a.table.core.windows.net/sessions(PartitionKey='x',RowKey='y')") // { operation: 'GET entity', table: 'sessions' }
 * @example storageOperation('POST', 'http://127.0.0.1:10002/devstoreaccount1/$batch') // { operation: 'POST batch', table: 'none' }
 * @example storageOperation('POST', 'https://a.table.core.windows.net/sessions') // { operation: 'POST entity', table: 'sessions' }
 */
export function storageOperation(method: string, url: string): { operation: string; table: string } {
  // The table and its parentheses are plain ASCII; the keys inside may stay percent-encoded.
  const last = new URL(url).pathname.split('/').pop() ?? '';
  const entity = /^(\w+)(?:\(|%28)(.*)(?:\)|%29)$/is.exec(last);
  if (last === '$batch' || last === '%24batch') return { operation: `${method} batch`, table: 'none' };
  if (last === 'Tables' || entity?.[1] === 'Tables') return { operation: `${method} table`, table: 'none' };
  if (entity) return { operation: `${method} ${entity[2] === '' ? 'query' : 'entity'}`, table: entity[1] };
  // POST to the table itself inserts an entity.
  if (/^\w+$/.test(last)) return { operation: `${method} entity`, table: last };
  return { operation: `${method} other`, table: 'none' };
}
