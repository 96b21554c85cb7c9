import { freshAccount, type Account } from './shared-azurite';

/**
 * Registers mocha before/after hooks that give the enclosing describe block (or file) an empty
 * storage account of its own on a real, in-memory Azurite, never a mock, so service quirks show
 * up here. The Azurite is shared by the test run; see shared-azurite.ts.
 */
export function useAzurite(): { connectionString(): string } {
  let account: Account | undefined;

  before(async function () {
    this.timeout(30_000); // cold start of Azurite can be slow on a busy CI machine
    account = await freshAccount();
  });

  after(async function () {
    this.timeout(15_000);
    await account?.release();
  });

  const running = (): Account => {
    if (!account) throw new Error('useAzurite(): no storage account yet; use it inside tests/hooks only.');
    return account;
  };
  return { connectionString: () => running().connectionString };
}
