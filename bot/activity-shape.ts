/**
 * What an activity must look like before botbuilder sees it. The adapter dereferences these
 * fields without checking (a serviceUrl that is an object makes it throw, and the caller gets a
 * 500), so a body that gets them wrong is refused with a 400 that says which field.
 *
 * @example shapeProblem({ type: 'message', serviceUrl: {} }) // 'serviceUrl must be a string'
 * @example shapeProblem({ type: 'message', serviceUrl: 'https://smba.trafficmanager.net/emea/' }) // undefined
 */
export function shapeProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body is not a JSON object';
  const a = body as Record<string, unknown>;
  if (typeof a.type !== 'string') return 'it needs a string "type"';
  for (const field of ['serviceUrl', 'channelId', 'id', 'name', 'text', 'locale', 'replyToId']) {
    if (a[field] !== undefined && a[field] !== null && typeof a[field] !== 'string') return `${field} must be a string`;
  }
  for (const field of ['from', 'recipient', 'conversation', 'channelData']) {
    const v = a[field];
    if (v !== undefined && v !== null && (typeof v !== 'object' || Array.isArray(v))) return `${field} must be an object`;
  }
  for (const field of ['from', 'recipient', 'conversation']) {
    const id = (a[field] as Record<string, unknown> | undefined)?.id;
    if (id !== undefined && id !== null && typeof id !== 'string') return `${field}.id must be a string`;
  }
  for (const field of ['entities', 'attachments', 'membersAdded', 'membersRemoved']) {
    if (a[field] !== undefined && a[field] !== null && !Array.isArray(a[field])) return `${field} must be an array`;
  }
  return undefined;
}
