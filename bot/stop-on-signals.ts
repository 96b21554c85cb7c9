const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * A signal that comes again this soon after the first is the same request: Ctrl-C reaches the
 * whole process group, and tsx or npm relay it to the bot once more. Only a later one means "now".
 */
export const RELAYED_WITHIN_MS = 2_000;

/**
 * A graceful stop on SIGTERM (App Service, containers) or SIGINT (Ctrl-C): `stop` runs once, then
 * the process exits, 0 if the stop went well and 1 if it failed. A signal more than
 * RELAYED_WITHIN_MS after the first ends the process at once, for someone who will not wait.
 *
 * @example stopOnSignals(() => bot.stop()); // a SIGTERM drains the turns under way, then exits
 */
export function stopOnSignals(stop: () => Promise<void>, report: (problem: string, err: unknown) => void = console.error, now: () => number = Date.now): void {
  let first: number | undefined;
  const onSignal = () => {
    if (first !== undefined) {
      if (now() - first > RELAYED_WITHIN_MS) process.exit(130);
      return;
    }
    first = now();
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
