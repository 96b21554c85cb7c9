/**
 * When each activity's HTTP request arrived. The invoke deadline counts from there: under load a
 * request can wait for CPU before its turn starts, and Teams' 5 s run from when it was sent.
 * Times are `performance.now()`, which a step of the wall clock (NTP) does not move.
 * Keyed by the request, then by the activity object, which CloudAdapter hands to the turn unchanged.
 */
const requests = new WeakMap<object, number>();
const activities = new WeakMap<object, number>();

/** Notes that a request has arrived; call it before anything else reads the request. */
export function stampRequest(req: object): void {
  requests.set(req, performance.now());
}

/** Carries the request's arrival over to the activity parsed from its body. */
export function noteArrival(activity: unknown, req: object): void {
  if (typeof activity === 'object' && activity !== null) activities.set(activity, requests.get(req) ?? performance.now());
}

/** When the activity's request arrived (`performance.now()` time); now for a turn our server did not start. */
export function arrivedAt(activity: object): number {
  return activities.get(activity) ?? performance.now();
}
