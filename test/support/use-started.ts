/**
 * Something the enclosing describe block starts in before() and stops in after(), such as a
 * stand-in for an outside service. The returned getter throws outside tests and hooks.
 *
 * @example
 * const standIn = useStarted('useConnectorStandIn()', () => new ConnectorStandIn().start());
 */
export function useStarted<T extends { stop(): Promise<void> }>(name: string, start: () => Promise<T>): () => T {
  let started: T | undefined;
  before(async () => {
    started = await start();
  });
  after(async () => {
    await started?.stop();
  });
  return () => {
    if (!started) throw new Error(`${name}: not running; use it inside tests and hooks.`);
    return started;
  };
}
