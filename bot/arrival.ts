/**
 * When each activity's HTTP request arrived. The invoke deadline counts from there: under load a
 * request can wait for CPU before its turn starts, and Teams' 5 s run from when it was sent.
 * Keyed by the activity object itself, which CloudAdapter hands to the turn unchanged.
 */
const arrivals = new WeakMap<object, number>();

export function noteArrival(activity: unknown, at: number): void {
  if (typeof activity === 'object' && activity !== null) arrivals.set(activity, at);
}

/** The arrival time noted for this activity, or now if none was (a turn not started by our server). */
export function arrivalOf(activity: object): number {
  return arrivals.get(activity) ?? Date.now();
}
