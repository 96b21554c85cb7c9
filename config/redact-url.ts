/**
 * URLs and paths as route templates for telemetry. Storage and connector URLs carry keys and
 * conversation ids: `/sessions(PartitionKey='…',RowKey='…')`, `/v3/conversations/a:1…/activities`,
 * `/secrets/kd-…`. Only the scheme, the host and the words of a route are kept; every other path
 * segment becomes `{id}`, and a query keeps its parameter names only (docs/security.md, "Telemetry").
 */

/** Path segments that name a route, never a person, a conversation or a row. */
const ROUTE_WORDS = new Set(
  [
    // The bot's own endpoints.
    'api',
    'messages',
    'healthz',
    'readyz',
    // The Bot Framework connector (v3/conversations/{id}/activities/{id}, pagedmembers …).
    'v3',
    'conversations',
    'activities',
    'members',
    'pagedmembers',
    'attachments',
    'teams',
    'channels',
    // Table Storage: the service's words and our tables (storage/table-client.ts callers).
    'Tables',
    '$batch',
    'sessions',
    'schedules',
    'sendbudget',
    'sessionindex',
    'sessionlive',
    // Key Vault, Microsoft sign-in and the OpenID metadata.
    'secrets',
    'deletedsecrets',
    'oauth2',
    'v2.0',
    'token',
    '.well-known',
    'openidconfiguration',
    'openid-configuration',
    'keys',
    'v1',
  ].map((w) => w.toLowerCase()),
);

/** `name(...)`: a table, an entity (`PartitionKey='…',RowKey='…'`) or a query (`()`). */
const TABLE_SEGMENT = /^([A-Za-z][A-Za-z0-9]{0,62})\((.*)\)$/s;
/** A query parameter's name: a word, never a value. */
const NAME = /^[\w$.-]{1,40}$/;

/**
 * A path (with or without its query) as a route template.
 *
 * @example redactPath("/devstoreaccount1/sessions(PartitionKey='s-1',RowKey='p-2')") // '/{id}/sessions(PartitionKey,RowKey)'
 * @example redactPath('/v3/conversations/a%3A1xyz/activities?x=1') // '/v3/conversations/{id}/activities?x'
 */
export function redactPath(pathAndQuery: string): string {
  const cut = pathAndQuery.search(/[?#]/);
  const path = cut < 0 ? pathAndQuery : pathAndQuery.slice(0, cut);
  const query = cut >= 0 && pathAndQuery[cut] === '?' ? pathAndQuery.slice(cut + 1).split('#')[0] : '';
  const names = query
    .split('&')
    .map((pair) => decodeOrKeep(pair.split('=')[0]))
    .filter((name) => NAME.test(name));
  return path.split('/').map(segment).join('/') + (names.length ? `?${names.join('&')}` : '');
}

/**
 * A URL as scheme, host and route template; something that is not a URL becomes `{url}`.
 *
 * @example redactUrl('https://smba.trafficmanager.net/emea/v3/conversations/a%3A1abc/activities/17') // 'https://smba.trafficmanager.net/{id}/v3/conversations/{id}/activities/{id}'
 */
export function redactUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return '{url}';
  }
  // `host` keeps the port; user and password, query values and fragment go.
  return `${url.protocol}//${url.host}${redactPath(url.pathname + url.search)}`;
}

/**
 * Every URL inside a longer text (an error message, a stack trace) as its template.
 *
 * @example redactUrlsIn("GET https://a.table.core.windows.net/sessions(PartitionKey='x',RowKey='y') failed") // "GET https://a.table.core.windows.net/sessions(PartitionKey,RowKey) failed"
 */
export function redactUrlsIn(text: string): string {
  // Quotes and parentheses belong to table URLs, so only white space and <>" end one.
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"]+/gi, (url) => redactUrl(url));
}

function segment(raw: string): string {
  if (raw === '' || ROUTE_WORDS.has(raw.toLowerCase())) return raw;
  const table = TABLE_SEGMENT.exec(decodeOrKeep(raw));
  if (table) return `${ROUTE_WORDS.has(table[1].toLowerCase()) ? table[1] : '{table}'}(${keyNames(table[2])})`;
  return '{id}';
}

/**
 * `PartitionKey='a',RowKey='b'` → `PartitionKey,RowKey` (and so again on its own output);
 * `'sessions'` (in `Tables('…')`) → `{table}`. Only the two key names ever stay.
 */
function keyNames(inside: string): string {
  if (inside === '') return '';
  // Values out first (quoted, '' escaping a quote), so that a value cannot pass for a key name.
  const names = inside
    .replace(/'(?:[^']|'')*'/g, '')
    .split(',')
    .map((part) => part.split('=')[0].trim());
  const keys = ['PartitionKey', 'RowKey'].filter((key) => names.includes(key));
  return keys.length ? keys.join(',') : '{table}';
}

function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
