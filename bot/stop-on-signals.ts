const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * A graceful stop on SIGTERM (App Service, containers) or SIGINT (Ctrl-C): `stop` runs once, then
 * the process exits, 0 if the stop went well and 1 if it failed. The listeners go at the first
 * signal, so a second one ends the process at once, Node's default, for someone who will not wait.
 *
 * @example stopOnSignals(() => bot.stop()); // a SIGTERM drains the turns under way, then exits
 */
export function stopOnSignals(stop: () => Promise<void>, report: (problem: string, err: unknown) => void = console.error): void {
  const onSignal = () => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        report('The stop did not finish cleanly:', err);
        process.exit(1);
      },
    );
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
}
