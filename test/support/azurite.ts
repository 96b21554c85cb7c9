import { startAzurite, type RunningAzurite } from "../../storage/azurite-process";

/**
 * Registers mocha before/after hooks that run one in-memory Azurite for the enclosing describe
 * block (or file). Tests talk to a real Azurite, never a mock, so service quirks show up here.
 */
export function useAzurite(): { connectionString(): string; port(): number } {
  let azurite: RunningAzurite | undefined;

  before(async function () {
    this.timeout(30_000); // cold start of Azurite can be slow on a busy CI machine
    azurite = await startAzurite({ inMemory: true });
  });

  after(async function () {
    this.timeout(15_000);
    await azurite?.stop();
  });

  const running = (): RunningAzurite => {
    if (!azurite) throw new Error("useAzurite(): Azurite is not running; use it inside tests/hooks only.");
    return azurite;
  };
  return {
    connectionString: () => running().connectionString,
    port: () => running().port,
  };
}
