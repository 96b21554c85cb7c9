/**
 * Packs a JSON string into string properties of one table entity, and back.
 *
 * A string property holds at most 64 KiB of UTF-16, i.e. 32,768 chars (Azurite checks `.length`
 * against exactly that), so long JSON is split across `json0..jsonN`. Short JSON uses a single
 * `json` property so the common case stays easy to read in Storage Explorer.
 */

export const MAX_PROPERTY_CHARS = 32 * 1024;

/** Azure's per-entity limit (1 MiB), which Azurite enforces against the UTF-8 request body. */
export const MAX_ENTITY_BYTES = 1024 * 1024;

export type JsonProperties = Record<string, string>;

/**
 * JSON.stringify, with every non-ASCII char written as a `\uXXXX` escape (still valid JSON; JSON.parse
 * restores it). Why: Azurite 3.35 decodes request bodies chunk by chunk, so a multi-byte UTF-8 char
 * that straddles a 64 KiB chunk boundary is stored as U+FFFD (Azure/Azurite#2670). Azure itself is
 * fine, but we keep one format everywhere; an ASCII body has no multi-byte chars to split.
 */
export function toAsciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Splits `json` into `{ json }` or `{ json0, json1, … }`, never cutting a surrogate pair in half. */
export function toJsonProperties(json: string): JsonProperties {
  if (json.length <= MAX_PROPERTY_CHARS) return { json };
  const props: JsonProperties = {};
  let start = 0;
  for (let i = 0; start < json.length; i++) {
    let end = Math.min(start + MAX_PROPERTY_CHARS, json.length);
    // A half surrogate pair per chunk would be ill-formed UTF-16 on the wire; move the cut left by one.
    if (end < json.length && isHighSurrogate(json.charCodeAt(end - 1))) end--;
    props[`json${i}`] = json.slice(start, end);
    start = end;
  }
  return props;
}

/** Reassembles the JSON written by toJsonProperties. Throws if the entity holds no JSON at all. */
export function fromJsonProperties(entity: Record<string, unknown>): string {
  if (typeof entity.json === 'string') return entity.json;
  const parts: string[] = [];
  for (let i = 0; typeof entity[`json${i}`] === 'string'; i++) parts.push(entity[`json${i}`] as string);
  if (parts.length === 0) throw new Error('Table entity has neither a `json` nor a `json0` property.');
  return parts.join('');
}

/**
 * Size of the entity by the stricter of two rulers: Azure's documented formula (strings count as
 * UTF-16, 2 bytes/char, plus per-property overhead) and Azurite's (UTF-8 bytes of the JSON request
 * body, where non-ASCII and escaped chars can cost more). Checking both means an item that is
 * accepted locally is also accepted in Azure, and vice versa.
 */
export function entitySizeBytes(partitionKey: string, rowKey: string, props: JsonProperties): number {
  let azure = 4 + (partitionKey.length + rowKey.length) * 2;
  for (const [name, value] of Object.entries(props)) azure += 8 + name.length * 2 + 4 + value.length * 2;
  const body = Buffer.byteLength(JSON.stringify({ PartitionKey: partitionKey, RowKey: rowKey, ...props }), 'utf8');
  return Math.max(azure, body);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
