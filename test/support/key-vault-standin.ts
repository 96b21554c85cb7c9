import sinon from 'sinon';
import type { SecretCalls } from '../../storage/key-vault-secret-vault';

/** What Key Vault answers with a status (RestError carries `statusCode`). */
export const keyVaultError = (statusCode: number) => Object.assign(new Error(`Key Vault said ${statusCode}`), { statusCode });

interface Held {
  value: string;
  createdOn: Date;
  deletedOn?: Date;
}

/** A list as SecretClient gives it: iterable item by item, or page by page. */
function paged<T>(items: T[]) {
  return {
    [Symbol.asyncIterator]: async function* () {
      yield* items;
    },
    byPage: ({ maxPageSize = 25 }: { maxPageSize?: number } = {}) =>
      (async function* () {
        for (let i = 0; i < Math.max(items.length, 1); i += maxPageSize) yield items.slice(i, i + maxPageSize);
      })(),
  };
}

/**
 * A sinon stand-in for SecretClient that keeps secrets in memory with Key Vault's soft delete: a
 * deleted secret stays (listed by listDeletedSecrets, not readable) until it is purged. Each call
 * is a sinon stub, so a test can make one answer differently (`purgeDeletedSecret.onFirstCall().rejects(…)`).
 * The Microsoft cloud cannot run here; this is only as faithful as the documented behaviour.
 *
 * @example const kv = keyVaultStandIn(); const vault = new KeyVaultSecretVault(kv.client, 'https://kd-test.vault.azure.net')
 */
export function keyVaultStandIn(now: () => Date = () => new Date()) {
  const live = new Map<string, Held>();
  const deleted = new Map<string, Held>();
  const props = (name: string, held: Held) => ({ name, createdOn: held.createdOn, vaultUrl: 'https://kd-test.vault.azure.net' });
  const deletedOf = (name: string, held: Held) => ({ name, deletedOn: held.deletedOn, properties: props(name, held) });
  const stubs = {
    setSecret: sinon.stub().callsFake(async (name: string, value: string) => {
      if (deleted.has(name)) throw keyVaultError(409); // a deleted name is taken until purged
      live.set(name, { value, createdOn: now() });
      return { name, value, properties: props(name, live.get(name)!) };
    }),
    getSecret: sinon.stub().callsFake(async (name: string) => {
      const held = live.get(name);
      if (!held) throw keyVaultError(404);
      return { name, value: held.value, properties: props(name, held) };
    }),
    beginDeleteSecret: sinon.stub().callsFake(async (name: string) => {
      const held = live.get(name);
      if (!held) throw keyVaultError(404);
      live.delete(name);
      deleted.set(name, { ...held, deletedOn: now() });
      return { pollUntilDone: async () => deletedOf(name, deleted.get(name)!) };
    }),
    purgeDeletedSecret: sinon.stub().callsFake(async (name: string) => {
      if (!deleted.delete(name)) throw keyVaultError(404);
    }),
    listPropertiesOfSecrets: sinon.stub().callsFake(() => paged([...live].map(([name, held]) => props(name, held)))),
    listDeletedSecrets: sinon.stub().callsFake(() => paged([...deleted].map(([name, held]) => deletedOf(name, held)))),
  };
  return { client: stubs as unknown as SecretCalls, stubs, live, deleted };
}
